/** Edge curvatures live with the export (the SVG writer draws the same curves without a browser); re-exported here. */
export { computeEdgeCurvatures, CURVATURE_STEP } from "../export/curvature.ts";
