import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileValidatorsSource } from "../../../src/model/compile-validators.ts";

describe("precompiled graph validators", () => {
  it("match the schemas: run `npm run schema:compile` after editing src/model/schema-definitions.ts", () => {
    const committed = readFileSync(
      new URL("../../../src/model/graph-validators.generated.js", import.meta.url),
      "utf8",
    );
    expect(committed === compileValidatorsSource()).toBe(true);
  });

  it("need no Ajv module at run time (no compiler, no runtime import)", () => {
    const committed = readFileSync(
      new URL("../../../src/model/graph-validators.generated.js", import.meta.url),
      "utf8",
    );
    expect(committed).not.toMatch(/\bimport\b|require\(/);
  });
});
