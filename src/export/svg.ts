/**
 * The SVG writer: a vector image of a drawn view — nodes as circles, edges as lines or the quadratic curves sigma's
 * curve program draws for parallel relations, visible labels as `<text>`, and the legend. Pure (no DOM, no clock):
 * it takes a scene whose positions, sizes and colours are already computed, by the explorer from what sigma draws or
 * by `svg-scene.ts` from the layout, so the same scene always gives the same bytes.
 */
import XMLWriter from "xml-writer";

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

export interface SvgNode {
  key: string;
  /** Centre in the image's pixels (y down). */
  x: number;
  y: number;
  /** Radius in pixels. */
  radius: number;
  color: string;
  /** The label drawn right of the node, or null when the view shows none. */
  label: string | null;
  /** Drawn in bold and a little larger (a highlighted node). */
  emphasis?: boolean;
}

export interface SvgEdge {
  key: string;
  source: { x: number; y: number };
  target: { x: number; y: number };
  color: string;
  /** Stroke width in pixels. */
  width: number;
  /**
   * Bend of the curve, as in `@sigma/edge-curve`: the control point sits at the middle plus the normal
   * `(dy, −dx)` times `curvature` (0 = a straight line).
   */
  curvature: number;
}

export interface SvgLegendItem {
  kind: "dot" | "line";
  color: string;
  label: string;
}

export interface SvgLegendGroup {
  title: string;
  items: readonly SvgLegendItem[];
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  /** Drawn in order: later ones on top. */
  edges: readonly SvgEdge[];
  nodes: readonly SvgNode[];
  legend: readonly SvgLegendGroup[];
  /** The image's `<title>` (shown by viewers, read by screen readers). */
  title: string;
  font: { family: string; size: number; weight: string; color: string };
}

/** XML 1.0 forbids most control characters and lone surrogates: they become U+FFFD, never an unreadable file. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML_CHAR, "\uFFFD");

/** Coordinates to 1/100 px: sharp at any zoom, and the same text on every machine. */
function n(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`svg: a coordinate is not a finite number (${value})`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The `d` of an edge: a line, or sigma's quadratic curve. */
export function edgePath(edge: Pick<SvgEdge, "source" | "target" | "curvature">): string {
  const { source: s, target: t } = edge;
  if (edge.curvature === 0) return `M${n(s.x)} ${n(s.y)}L${n(t.x)} ${n(t.y)}`;
  const cx = (s.x + t.x) / 2 + (t.y - s.y) * edge.curvature;
  const cy = (s.y + t.y) / 2 - (t.x - s.x) * edge.curvature;
  return `M${n(s.x)} ${n(s.y)}Q${n(cx)} ${n(cy)} ${n(t.x)} ${n(t.y)}`;
}

const LEGEND_LINE = 18;
const LEGEND_PAD = 10;

/** The SVG document of a scene. */
export function writeSvg(scene: SvgScene): string {
  // No indentation: xml-writer would indent inside <text> too, and that whitespace would be part of the label.
  const xml = new XMLWriter(false);
  xml.startDocument("1.0", "UTF-8");
  const attrs = (values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) xml.writeAttribute(name, clean(value));
  };
  xml.startElement("svg");
  attrs({
    xmlns: SVG_NAMESPACE,
    width: n(scene.width),
    height: n(scene.height),
    viewBox: `0 0 ${n(scene.width)} ${n(scene.height)}`,
    "font-family": scene.font.family,
  });
  xml.writeElement("title", clean(scene.title));
  xml.startElement("rect");
  attrs({ width: "100%", height: "100%", fill: scene.background });
  xml.endElement();

  xml.startElement("g");
  attrs({ class: "edges", fill: "none", "stroke-linecap": "round" });
  for (const edge of scene.edges) {
    xml.startElement("path");
    attrs({ id: `edge-${edge.key}`, d: edgePath(edge), stroke: edge.color, "stroke-width": n(edge.width) });
    xml.endElement();
  }
  xml.endElement();

  xml.startElement("g");
  attrs({ class: "nodes", stroke: "#ffffff", "stroke-width": "1" });
  for (const node of scene.nodes) {
    xml.startElement("circle");
    attrs({ id: `node-${node.key}`, cx: n(node.x), cy: n(node.y), r: n(node.radius), fill: node.color });
    xml.endElement();
  }
  xml.endElement();

  xml.startElement("g");
  attrs({
    class: "labels",
    "font-size": n(scene.font.size),
    "font-weight": scene.font.weight,
    fill: scene.font.color,
    "dominant-baseline": "central",
  });
  for (const node of scene.nodes) {
    if (node.label === null || node.label === "") continue;
    xml.startElement("text");
    attrs({ "data-node": node.key, x: n(node.x + node.radius + 3), y: n(node.y) });
    if (node.emphasis) attrs({ "font-weight": "700" });
    // Text as text, so Inkscape and screen readers read the names.
    xml.writeElement("tspan", clean(node.label));
    xml.endElement();
  }
  xml.endElement();

  if (scene.legend.length > 0) writeLegend(xml, scene, attrs);
  xml.endElement();
  xml.endDocument();
  return `${xml.toString()}\n`;
}

function writeLegend(xml: XMLWriter, scene: SvgScene, attrs: (values: Record<string, string>) => void): void {
  const rows = scene.legend.reduce((count, group) => count + 1 + group.items.length, 0);
  const longest = Math.max(
    ...scene.legend.flatMap((group) => [group.title.length, ...group.items.map((item) => item.label.length + 4)]),
  );
  const width = Math.min(scene.width - 2 * LEGEND_PAD, LEGEND_PAD * 2 + longest * 6.5);
  const height = LEGEND_PAD * 2 + rows * LEGEND_LINE;
  xml.startElement("g");
  attrs({ class: "legend", transform: `translate(${LEGEND_PAD} ${LEGEND_PAD})`, "font-size": "11" });
  xml.startElement("rect");
  attrs({
    width: n(width),
    height: n(height),
    rx: "6",
    fill: "#ffffff",
    "fill-opacity": "0.9",
    stroke: "#d9dde3",
  });
  xml.endElement();
  let y = LEGEND_PAD + LEGEND_LINE / 2;
  for (const group of scene.legend) {
    xml.startElement("text");
    attrs({ x: n(LEGEND_PAD), y: n(y), "font-weight": "700", fill: "#5b6474", "dominant-baseline": "central" });
    xml.writeElement("tspan", clean(group.title));
    xml.endElement();
    y += LEGEND_LINE;
    for (const item of group.items) {
      if (item.kind === "dot") {
        xml.startElement("circle");
        attrs({ cx: n(LEGEND_PAD + 6), cy: n(y), r: "5", fill: item.color });
      } else {
        xml.startElement("line");
        attrs({
          x1: n(LEGEND_PAD),
          y1: n(y),
          x2: n(LEGEND_PAD + 14),
          y2: n(y),
          stroke: item.color,
          "stroke-width": "3",
        });
      }
      xml.endElement();
      xml.startElement("text");
      attrs({ x: n(LEGEND_PAD + 22), y: n(y), fill: "#1d2433", "dominant-baseline": "central" });
      xml.writeElement("tspan", clean(item.label));
      xml.endElement();
      y += LEGEND_LINE;
    }
  }
  xml.endElement();
}
