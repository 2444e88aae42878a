/**
 * Probe (lint-style): every regular expression literal in `src/` runs in linear time on adversarial strings. The
 * literals are collected by parsing the sources with the TypeScript compiler (so a new pattern is probed without
 * registering it) and each runs, as a global replace from every position, on long runs of every probe character and
 * of every character the pattern names, followed by a character that breaks the match. The cost is judged against
 * a linear baseline on the same string: a backtracking pattern costs thousands of times more at this length.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { RUN_CHARS } from "./adversarial-text.ts";
import { fastest, ROOT } from "./timing.ts";

/** Length of each adversarial run. A quadratic pattern does ~10⁸ steps here, a linear one ~10⁴. */
const RUN_LENGTH = 20_000;
/** A pattern may cost this many times the linear baseline on the same string. */
const BUDGET_RATIO = 20;
/** Below this the timer's resolution decides, not the pattern. */
const NOISE_MS = 2;

/**
 * Literals allowed to backtrack, each with the reason it is harmless. Only patterns that never see article text or
 * user input belong here; an entry that no longer matches a literal fails the test, so the list cannot go stale.
 */
const EXEMPT = new Map<string, string>([
  ["src/knowledge/states.ts /-+$/", "runs once at start-up on the prefixes of graph-data/knowledge/states.json"],
  [
    "src/knowledge/states.ts /^(.*?)\\s*\\((.*)\\)$/",
    "runs once at start-up on the country names i18n-iso-countries ships",
  ],
]);

interface Literal {
  /** File, line and literal, for messages. */
  where: string;
  /** File and literal, for the exemption list. */
  key: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function regexLiterals(): Literal[] {
  const found: Literal[] = [];
  for (const path of sourceFiles(join(ROOT, "src"))) {
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.getText(source);
        const slash = text.lastIndexOf("/");
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({
          where: `${relative(ROOT, path)}:${line} ${text}`,
          key: `${relative(ROOT, path)} ${text}`,
          regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Characters a pattern names literally (outside escapes such as \s or \p{…}), so its own alphabet is probed too. */
function namedChars(regex: RegExp): string[] {
  const chars = new Set<string>();
  const source = regex.source;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (/[pPu]/.test(next))
        i = source.indexOf(next === "u" && source[i + 2] !== "{" ? source[i + 5]! : "}", i) || i + 1;
      else if (!/[a-zA-Z0-9]/.test(next)) chars.add(next);
      i++;
      continue;
    }
    if (!/[\\^$.|?*+()[\]{}]/.test(ch)) chars.add(ch);
  }
  return [...chars];
}

/** Global replace from every position: how `replace`, `matchAll`, an unanchored `test` and a sticky scanner behave. */
function everyPosition(regex: RegExp): RegExp {
  const flags = regex.flags.replace("y", "");
  return new RegExp(regex.source, flags.includes("g") ? flags : `${flags}g`);
}

/** The baseline: a pattern that matches every code unit, the most work a linear pattern can make `replace` do. */
const LINEAR = /[^]/g;

describe("probe: regular expressions of src/", () => {
  const literals = regexLiterals();

  it("finds the literals to probe", () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it("exempts only literals that exist", () => {
    const keys = new Set(literals.map((l) => l.key));
    expect([...EXEMPT.keys()].filter((key) => !keys.has(key))).toEqual([]);
  });

  it("runs every literal in linear time on long runs of any character", { timeout: 120_000 }, () => {
    const slow: string[] = [];
    for (const { where, key, regex } of literals) {
      if (EXEMPT.has(key)) continue;
      const pattern = everyPosition(regex);
      const units = new Set([...RUN_CHARS, ...namedChars(regex)]);
      for (const unit of units) {
        for (const breaker of ["\u0001", "x", "\n"]) {
          const input = unit.repeat(Math.ceil(RUN_LENGTH / unit.length)) + breaker;
          const measure = () => fastest(() => input.replace(pattern, ""));
          let ms = measure();
          if (ms < NOISE_MS) continue;
          const baseline = Math.max(
            fastest(() => input.replace(LINEAR, ""), 3),
            0.05,
          );
          if (ms > BUDGET_RATIO * baseline) ms = Math.min(ms, measure(), measure());
          if (ms > BUDGET_RATIO * baseline && ms >= NOISE_MS) {
            slow.push(
              `${where} on ${JSON.stringify(unit)} ×${RUN_LENGTH} + ${JSON.stringify(breaker)}: ${ms.toFixed(1)} ms (linear baseline ${baseline.toFixed(2)} ms)`,
            );
          }
        }
      }
    }
    expect(slow, `patterns that backtrack:\n${slow.join("\n")}`).toEqual([]);
  });
});
