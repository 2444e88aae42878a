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

/**
 * `glosses`: spans of parentheses that only list actors ("les six puissances (États-Unis, Chine, …)"): they gloss the
 * noun before them, so they stay inside its clause (`glossParentheses`).
 */
export function splitClauses(tokens: readonly Token[], glosses: readonly Clause[] = []): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const inShortParenthesis = shortParentheses(tokens);
  for (const gloss of glosses) inShortParenthesis[gloss.from] = inShortParenthesis[gloss.to - 1] = true;
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

/**
 * Parentheses holding nothing but a coordinated list of actors, after a word: "les grandes puissances (États-Unis,
 * Russie et Chine)". `spans` are the actor mentions' token spans; each gloss returned runs from "(" to ")" included.
 */
export function glossParentheses(
  tokens: readonly Token[],
  spans: readonly Clause[],
  isFiller: (key: string) => boolean,
): Clause[] {
  const glosses: Clause[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.key !== "(" || tokens[i - 1]!.punct) continue;
    let j = i + 1;
    let actors = 0;
    while (j < tokens.length && tokens[j]!.key !== ")") {
      const span = spans.find((s) => s.from === j);
      if (span) {
        actors++;
        j = span.to;
      } else if (isFiller(tokens[j]!.key)) j++;
      else break;
    }
    if (tokens[j]?.key === ")" && actors >= 2) glosses.push({ from: i, to: j + 1 });
  }
  return glosses;
}
