import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { edgePath, SVG_NAMESPACE, writeSvg, type SvgScene } from "../../../src/export/svg.ts";
import { placeLabels, sceneFromLayout } from "../../../src/export/svg-scene.ts";
import { filterGraph, resolveViewFilter } from "../../../src/model/filter.ts";
import { FIXTURE_PATH, loadFixture, ROOT } from "./helpers.ts";

/** Parses an SVG document, failing on any XML error or warning (a file Inkscape or a browser would refuse). */
function parseSvg(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, "image/svg+xml") as unknown as Document;
  expect(problems).toEqual([]);
  expect(doc.documentElement.namespaceURI).toBe(SVG_NAMESPACE);
  return doc;
}

const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));

describe("SVG of the layout (no browser)", () => {
  const graph = loadFixture();
  const text = writeSvg(sceneFromLayout(graph));
  const doc = parseSvg(text);

  it("holds every node as a circle and every edge as a path", () => {
    expect(
      all(doc, "circle")
        .filter((c) => c.getAttribute("id")?.startsWith("node-"))
        .map((c) => c.getAttribute("id"))
        .sort(),
    ).toEqual(
      graph
        .nodes()
        .map((k) => `node-${k}`)
        .sort(),
    );
    expect(
      all(doc, "path")
        .map((p) => p.getAttribute("id"))
        .sort(),
    ).toEqual(
      graph
        .edges()
        .map((k) => `edge-${k}`)
        .sort(),
    );
  });

  it("draws parallel relations as quadratic curves and single ones as lines, in the palette's colours", () => {
    const path = (key: string) => all(doc, "path").find((p) => p.getAttribute("id") === `edge-${key}`)!;
    expect(path("cooperation:state:JPN|state:RUS").getAttribute("d")).toMatch(/Q/);
    expect(path("dispute:state:JPN|state:RUS").getAttribute("d")).toMatch(/Q/);
    expect(path("alliance:state:JPN|state:USA").getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(path("dispute:state:JPN|state:RUS").getAttribute("stroke")).toBe("#D55E00");
  });

  it("writes labels as text, every state's among them, and the legend", () => {
    const labels = all(doc, "text").filter((t) => t.getAttribute("data-node") !== null);
    for (const key of graph.filterNodes((_, a) => a.type === "state"))
      expect(labels.map((t) => t.getAttribute("data-node"))).toContain(key);
    expect(labels.find((t) => t.getAttribute("data-node") === "state:JPN")?.textContent).toBe(
      graph.getNodeAttribute("state:JPN", "label"),
    );
    const legend = all(doc, "g").find((g) => g.getAttribute("class") === "legend")!;
    expect(legend.textContent).toContain("Cooperation");
    expect(legend.textContent).toContain("Leader");
  });

  it("is the same bytes on every run", () => {
    expect(writeSvg(sceneFromLayout(loadFixture()))).toBe(text);
  });

  it("keeps only what a filter shows", () => {
    const view = filterGraph(graph, resolveViewFilter({ edgeTypes: ["dispute"] }));
    const filtered = parseSvg(writeSvg(sceneFromLayout(view)));
    expect(all(filtered, "path").length).toBe(view.size);
  });
});

describe("SVG writer", () => {
  const scene: SvgScene = {
    width: 200,
    height: 100,
    background: "#fff",
    edges: [
      { key: "e<1>", source: { x: 10, y: 50 }, target: { x: 110, y: 50 }, color: "#000", width: 2, curvature: 0.25 },
    ],
    nodes: [
      { key: "a&b", x: 10, y: 50, radius: 5, color: "#0072B2", label: `<script>alert("x")</script> & "Corée"\u0000` },
      { key: "c", x: 110, y: 50, radius: 5, color: "#0072B2", label: null },
    ],
    legend: [],
    title: "t",
    font: { family: "sans-serif", size: 12, weight: "600", color: "#000" },
  };

  it("escapes untrusted text and drops characters XML cannot hold", () => {
    const text = writeSvg(scene);
    expect(text).not.toContain("<script>");
    const doc = parseSvg(text);
    expect(all(doc, "script")).toEqual([]);
    expect(all(doc, "text")[0]!.textContent).toBe(`<script>alert("x")</script> & "Corée"\uFFFD`);
    expect(all(doc, "circle")[0]!.getAttribute("id")).toBe("node-a&b");
    // A node without a label gets no text.
    expect(all(doc, "text").length).toBe(1);
  });

  it("bends curves the way sigma's curve program does: control point at middle + (dy, −dx) × curvature", () => {
    expect(edgePath(scene.edges[0]!)).toBe("M10 50Q60 25 110 50");
    expect(edgePath({ ...scene.edges[0]!, curvature: -0.25 })).toBe("M10 50Q60 75 110 50");
  });

  it("refuses a position that is not a number rather than write a broken file", () => {
    expect(() => writeSvg({ ...scene, nodes: [{ ...scene.nodes[1]!, x: Number.NaN }] })).toThrow(/finite/);
  });
});

describe("label placement", () => {
  it("keeps labels that do not cover one another, and forced ones always", () => {
    const kept = placeLabels(
      [
        { key: "a", x: 0, y: 0, radius: 5, label: "Japon" },
        { key: "b", x: 10, y: 2, radius: 5, label: "Russie" },
        { key: "c", x: 0, y: 40, radius: 5, label: "Chine" },
        { key: "d", x: 12, y: 1, radius: 5, label: "Corée", force: true },
      ],
      13,
    );
    expect(kept).toEqual(new Set(["a", "c", "d"]));
  });
});

describe("entente export --format svg", { timeout: 30_000 }, () => {
  it("writes the image to stdout", () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin/entente.js"), "export", "--format", "svg", "--graph", FIXTURE_PATH, "--relations", "dispute"],
      { encoding: "utf8", cwd: ROOT },
    );
    expect(result.status, result.stderr).toBe(0);
    const doc = parseSvg(result.stdout);
    expect(all(doc, "path").length).toBe(2);
  });
});
