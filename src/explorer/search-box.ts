/**
 * The search combobox (WAI-ARIA 1.2 pattern): suggestions as you type, arrow keys to move, Enter to choose,
 * Escape to close. Matching itself is the pure `searchActors`.
 */
import { NODE_TYPE_COLORS } from "../appearance/index.ts";
import { h, replaceChildren } from "./dom.ts";
import { t } from "./i18n/index.ts";
import { searchActors, type SearchIndex, type SearchResult } from "./search.ts";

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Empties the input and closes the list. */
  clear(): void;
  kill(): void;
}

export interface SearchBoxOptions {
  index: () => SearchIndex;
  onChoose: (node: string) => void;
  /** The input's id; its list and options derive theirs from it (default "search", the page's main search). */
  id?: string;
  label?: string;
  placeholder?: string;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  let results: SearchResult[] = [];
  let active = -1;
  const id = options.id ?? "search";
  // The main search keeps its historical ids (`search-suggestions`, `suggestion-N`), which links and tests use.
  const optionPrefix = id === "search" ? "suggestion-" : `${id}-suggestion-`;

  const list = h("ul", {
    className: "suggestions",
    attrs: { id: `${id}-suggestions`, role: "listbox", "aria-label": t("search.matches") },
  });
  const input = h("input", {
    attrs: {
      type: "search",
      id,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-suggestions`,
      "aria-label": options.label ?? t("search.label"),
      placeholder: options.placeholder ?? t("search.placeholder"),
      autocomplete: "off",
      spellcheck: "false",
    },
  });

  const render = () => {
    const open = results.length > 0 || input.value.trim() !== "";
    input.setAttribute("aria-expanded", String(open));
    list.hidden = !open;
    if (active >= 0) input.setAttribute("aria-activedescendant", `${optionPrefix}${active}`);
    else input.removeAttribute("aria-activedescendant");
    if (results.length === 0) {
      replaceChildren(
        list,
        input.value.trim() === ""
          ? null
          : h("li", { className: "empty", attrs: { role: "option", "aria-disabled": "true" } }, t("search.none")),
      );
      return;
    }
    replaceChildren(
      list,
      ...results.map((result, i) => {
        const dot = h("span", { className: "dot", attrs: { "aria-hidden": "true" } });
        dot.style.background = NODE_TYPE_COLORS[result.type];
        return h(
          "li",
          {
            attrs: {
              id: `${optionPrefix}${i}`,
              role: "option",
              "aria-selected": String(i === active),
              "data-node": result.node,
            },
            className: i === active ? "active" : "",
            on: {
              // mousedown, not click: choosing must happen before the input's blur closes the list.
              mousedown: (event) => {
                event.preventDefault();
                choose(i);
              },
            },
          },
          dot,
          h("span", { className: "name" }, result.label),
          result.matched === null ? null : h("span", { className: "muted" }, ` (${result.matched})`),
          h("span", { className: "muted type" }, result.type === "state" ? t("search.state") : t("search.leader")),
        );
      }),
    );
  };

  const close = () => {
    results = [];
    active = -1;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const choose = (i: number) => {
    const result = results[i];
    if (result === undefined) return;
    input.value = result.label;
    close();
    options.onChoose(result.node);
  };

  const onInput = () => {
    results = searchActors(options.index(), input.value);
    active = results.length > 0 ? 0 : -1;
    render();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (results.length === 0) onInput();
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      render();
    } else if (event.key === "Enter") {
      if (results.length === 0) onInput();
      event.preventDefault();
      choose(Math.max(0, active));
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.stopPropagation();
        close();
      }
    }
  };
  const onBlur = () => close();
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", onBlur);
  list.hidden = true;

  const element = h("div", { className: "search" }, input, list);
  return {
    element,
    input,
    clear() {
      input.value = "";
      close();
    },
    kill() {
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKey);
      input.removeEventListener("blur", onBlur);
    },
  };
}
