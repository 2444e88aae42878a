/** Clause boundaries inside a sentence: relations are paired within one clause, never across them. */
import type { Token } from "../text/tokenise.ts";

export interface Clause {
  from: number;
  to: number;
}

// Adverbs like "pourtant" or "cependant" do not open a clause: "La Turquie et la Grèce, pourtant alliées, s'opposent".
const BOUNDARY_WORDS = new Set(["mais", "car", "tandis"]);
const BOUNDARY_PUNCT = new Set([";", ":", "(", ")"]);

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  tokens.forEach((token, i) => {
    const isBoundary =
      (token.punct && BOUNDARY_PUNCT.has(token.key)) ||
      (!token.punct && BOUNDARY_WORDS.has(token.key)) ||
      (token.key === "alors" && tokens[i + 1]?.key === "que") ||
      (token.key === "qu'" && tokens[i - 1]?.key === "alors");
    if (!isBoundary) return;
    if (i > from) clauses.push({ from, to: i });
    from = i + 1;
  });
  if (tokens.length > from) clauses.push({ from, to: tokens.length });
  return clauses;
}
