/** Clause boundaries inside a sentence: relations are paired within one clause, never across them. */
import type { Token } from "../text/tokenise.ts";

export interface Clause {
  from: number;
  to: number;
}

// Adverbs like "pourtant" or "cependant" do not open a clause: "La Turquie et la Grèce, pourtant alliées, s'opposent".
const BOUNDARY_WORDS = new Set(["mais", "car", "tandis"]);
const BOUNDARY_PUNCT = new Set([";", ":", "(", ")"]);

/** A parenthesis this short is an acronym or a gloss ("(OCDE)", "(AFP)"), not a clause of its own. */
const SHORT_PARENTHESIS = 4;

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const inShortParenthesis = shortParentheses(tokens);
  tokens.forEach((token, i) => {
    const isBoundary =
      (token.punct && BOUNDARY_PUNCT.has(token.key) && !inShortParenthesis[i]) ||
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

/** Marks the brackets of every parenthesis holding at most `SHORT_PARENTHESIS` tokens. */
function shortParentheses(tokens: readonly Token[]): boolean[] {
  const marks = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== "(") continue;
    for (let j = i + 1; j < tokens.length && j - i - 1 <= SHORT_PARENTHESIS; j++) {
      if (tokens[j]!.key === "(") break;
      // Followed by a comma, the parenthesis closes a phrase: "… au Mali (MINUSMA), a annoncé …".
      if (tokens[j]!.key === ")") {
        if (tokens[j + 1]?.key !== ",") marks[i] = marks[j] = true;
        break;
      }
    }
  }
  return marks;
}
