/** Browser stages (first frame, hover) — see below. */
import type { Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

export async function browserStage(_context: BenchContext): Promise<Row[]> {
  return [];
}
