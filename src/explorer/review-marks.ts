/**
 * The mark of a reviewed relation on the canvas: a small ticked disc at the middle of the edge, drawn on a 2D
 * layer just above sigma's edges after every render. Sigma's WebGL edge programs have no dashed or marked style;
 * a mark keeps the edge's own colour and width (type and weight) readable and adds "reviewed" on top.
 */
import type { EdgeAttributes } from "../model/types.ts";
import type { EntenteSigma } from "./renderer.ts";
import type { ExplorerState } from "./state.ts";
import { isReviewed } from "./visibility.ts";

const LAYER = "reviewMarks";
const RADIUS = 6.5;

/** The middle of a drawn edge in viewport pixels: the straight midpoint, or the curve's, which bulges by curvature/2. */
export function edgeMidpoint(
  source: { x: number; y: number },
  target: { x: number; y: number },
  curvature: number,
): { x: number; y: number } {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  // The curve program's control point sits at midpoint + curvature × (dy, −dx) in screen space; t = ½ is halfway there.
  return { x: (source.x + target.x) / 2 + (dy * curvature) / 2, y: (source.y + target.y) / 2 - (dx * curvature) / 2 };
}

export function createReviewMarks(
  renderer: EntenteSigma,
  state: () => ExplorerState,
  curvatureOf: (edge: string) => number,
  colorOf: (edge: string) => string,
): () => void {
  // The options type of createCanvasContext omits the layer placement that createCanvas (which it calls) accepts.
  renderer.createCanvasContext(LAYER, { style: { pointerEvents: "none" }, afterLayer: "edges" } as {
    style: Partial<CSSStyleDeclaration>;
  });
  const draw = () => {
    const canvas = renderer.getCanvases()[LAYER];
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const { width, height } = renderer.getDimensions();
    context.clearRect(0, 0, width, height);
    const { graph, visibility, focus } = state();
    graph.forEachEdge((edge, attributes: EdgeAttributes, source, target) => {
      if (!isReviewed(attributes) || !visibility.edges.has(edge)) return;
      const a = renderer.getNodeDisplayData(source);
      const b = renderer.getNodeDisplayData(target);
      if (a === undefined || b === undefined || a.hidden || b.hidden) return;
      const p = edgeMidpoint(renderer.framedGraphToViewport(a), renderer.framedGraphToViewport(b), curvatureOf(edge));
      if (p.x < -RADIUS || p.y < -RADIUS || p.x > width + RADIUS || p.y > height + RADIUS) return;
      context.globalAlpha = focus !== null && !focus.edges.has(edge) ? 0.3 : 1;
      context.beginPath();
      context.arc(p.x, p.y, RADIUS, 0, 2 * Math.PI);
      context.fillStyle = "#ffffff";
      context.fill();
      context.lineWidth = 2;
      context.strokeStyle = colorOf(edge);
      context.stroke();
      context.beginPath();
      context.moveTo(p.x - 3, p.y + 0.2);
      context.lineTo(p.x - 0.8, p.y + 2.4);
      context.lineTo(p.x + 3.2, p.y - 2.4);
      context.lineWidth = 1.8;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.stroke();
    });
    context.globalAlpha = 1;
  };
  renderer.on("afterRender", draw);
  return () => {
    renderer.off("afterRender", draw);
    renderer.killLayer(LAYER);
  };
}
