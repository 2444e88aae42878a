/**
 * The label control over the stage: two selects, label size and label density. Tells its owner of each change;
 * the owner applies it to the stage and the URL.
 */
import { h } from "./dom.ts";
import { messages, t } from "./i18n/index.ts";
import { LABEL_DENSITIES, LABEL_SIZES, type LabelChoice, type LabelDensity, type LabelSize } from "./label-settings.ts";

/** Interface strings of this module, in one place for the message catalogues. */
const LABELS = {
  get group() {
    return t("labels.group");
  },
  get size() {
    return t("labels.size");
  },
  get density() {
    return t("labels.density");
  },
  sizes: messages<LabelSize>({ small: "labels.size.small", medium: "labels.size.medium", large: "labels.size.large" }),
  densities: messages<LabelDensity>({
    few: "labels.density.few",
    normal: "labels.density.normal",
    many: "labels.density.many",
    all: "labels.density.all",
  }),
};

export interface LabelControls {
  element: HTMLElement;
  /** Shows a choice made elsewhere (e.g. the URL) without telling the owner. */
  set(choice: LabelChoice): void;
}

export function createLabelControls(initial: LabelChoice, onChange: (choice: LabelChoice) => void): LabelControls {
  let choice = initial;
  const select = <T extends string>(
    name: string,
    label: string,
    values: readonly T[],
    names: Record<T, string>,
    current: T,
    apply: (value: T) => LabelChoice,
  ) => {
    const element = h(
      "select",
      {
        attrs: { "aria-label": label, title: label, "data-control": name },
        on: {
          change: () => {
            choice = apply(element.value as T);
            onChange(choice);
          },
        },
      },
      ...values.map((value) => h("option", { attrs: { value } }, names[value])),
    );
    element.value = current;
    return element;
  };
  const size = select("label-size", LABELS.size, LABEL_SIZES, LABELS.sizes, choice.size, (value) => ({
    ...choice,
    size: value,
  }));
  const density = select(
    "label-density",
    LABELS.density,
    LABEL_DENSITIES,
    LABELS.densities,
    choice.density,
    (value) => ({
      ...choice,
      density: value,
    }),
  );
  const element = h(
    "div",
    { className: "label-controls", attrs: { role: "group", "aria-label": LABELS.group } },
    h("span", { className: "label-controls-title", attrs: { "aria-hidden": "true" } }, LABELS.group),
    size,
    density,
  );
  return {
    element,
    set(next) {
      choice = next;
      size.value = next.size;
      density.value = next.density;
    },
  };
}
