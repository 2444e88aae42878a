import { describe, expect, it } from "vitest";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import { boxesIntersect, placeLabels, type LabelCandidate } from "../../../src/explorer/label-placement.ts";
import { DEFAULT_LABEL_CHOICE, labelRenderSettings } from "../../../src/explorer/label-settings.ts";
import { decodeLabelChoice, encodeLabelChoice } from "../../../src/explorer/url-state.ts";

// The assertions on notices read the English catalogue.
setLocale("en");

const label = (key: string, x: number, y: number, rank = 0, size = 5, width = 60): LabelCandidate => ({
  key,
  box: { x1: x, y1: y - 6, x2: x + width, y2: y + 6 },
  rank,
  size,
});

describe("placeLabels", () => {
  it("keeps no two labels whose boxes intersect", () => {
    const candidates = Array.from({ length: 200 }, (_, i) => label(`n${i}`, (i * 37) % 300, (i * 53) % 200, i % 3));
    const kept = placeLabels(candidates);
    expect(kept.length).toBeGreaterThan(10);
    for (const [i, a] of kept.entries())
      for (const b of kept.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
  });

  it("gives the hovered or highlighted label precedence, then forced labels, then larger nodes", () => {
    const kept = placeLabels([
      label("ordinary-big", 0, 0, 0, 20),
      label("forced", 10, 2, 1, 5),
      label("hovered", 20, 4, 2, 3),
    ]);
    expect(kept.map((c) => c.key)).toEqual(["hovered"]);
    expect(placeLabels([label("small", 0, 0, 0, 4), label("big", 5, 0, 0, 9)]).map((c) => c.key)).toEqual(["big"]);
  });

  it("two forced labels drawn over each other: only one is drawn", () => {
    expect(placeLabels([label("a", 0, 0, 1), label("b", 0, 0, 1)]).map((c) => c.key)).toEqual(["a"]);
  });

  it("keeps labels that only touch", () => {
    expect(placeLabels([label("a", 0, 0, 0, 5, 50), label("b", 50, 0)]).length).toBe(2);
  });

  it("is deterministic whatever the input order", () => {
    const candidates = Array.from({ length: 50 }, (_, i) => label(`n${i}`, (i * 13) % 90, (i * 7) % 40));
    const keys = placeLabels(candidates).map((c) => c.key);
    expect(placeLabels([...candidates].reverse()).map((c) => c.key)).toEqual(keys);
  });
});

describe("label settings and the URL", () => {
  it("denser choices show more labels per cell and on smaller nodes; sizes scale the stage's base", () => {
    const few = labelRenderSettings({ size: "small", density: "few" }, 13);
    const all = labelRenderSettings({ size: "large", density: "all" }, 13);
    expect(few.labelDensity / few.labelGridCellSize ** 2).toBeLessThan(all.labelDensity / all.labelGridCellSize ** 2);
    expect(few.labelRenderedSizeThreshold).toBeGreaterThan(all.labelRenderedSizeThreshold);
    expect(few.labelSize).toBeLessThan(13);
    expect(all.labelSize).toBeGreaterThan(13);
    expect(labelRenderSettings(DEFAULT_LABEL_CHOICE, 11).labelSize).toBe(11);
  });

  it("round-trips through the URL, leaves the default out and other keys alone", () => {
    const params = encodeLabelChoice({ size: "large", density: "all" }, new URLSearchParams("node=state:RUS"));
    expect(params.toString()).toBe("node=state%3ARUS&labels=all&labelsize=large");
    expect(decodeLabelChoice(params)).toEqual({ choice: { size: "large", density: "all" }, notices: [] });
    expect(encodeLabelChoice(DEFAULT_LABEL_CHOICE, params).toString()).toBe("node=state%3ARUS");
  });

  it("ignores unknown values with a notice naming them", () => {
    const { choice, notices } = decodeLabelChoice(new URLSearchParams("labels=lots&labelsize=huge"));
    expect(choice).toEqual(DEFAULT_LABEL_CHOICE);
    expect(notices).toEqual([
      'Ignored "labels=lots" in the URL: use few, normal, many, all.',
      'Ignored "labelsize=huge" in the URL: use small, medium, large.',
    ]);
  });
});
