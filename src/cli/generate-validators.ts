/**
 * `npm run schema:compile`: writes `src/model/graph-validators.generated.js`, the graph schemas compiled ahead of
 * time (see `model/compile-validators.ts`). Run it after editing `model/schema-definitions.ts`; a test says when.
 */
import { writeFileSync } from "node:fs";
import { compileValidatorsSource } from "../model/compile-validators.ts";

const target = new URL("../model/graph-validators.generated.js", import.meta.url);
writeFileSync(target, compileValidatorsSource());
console.log(`wrote ${target.pathname}`);
