/**
 * A trie over folded word sequences: one compiled matcher for every name of every state, title or cue, instead of
 * one regular expression per name. A word pattern ending in "*" matches any word that starts with it.
 */
import { tokenise, type Token } from "../text/tokenise.ts";

interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  /** Prefix patterns ("coopér*"), checked by `startsWith`. */
  prefixes: { prefix: string; node: TrieNode<T> }[];
  values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  values: T[];
}

function emptyNode<T>(): TrieNode<T> {
  return { exact: new Map(), prefixes: [], values: [] };
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = emptyNode();

  /** Adds a phrase given as text ("Corée du Nord", "chef de l'État", "coopér*"). */
  add(phrase: string, value: T): void {
    const isPrefix = phrase.endsWith("*");
    const keys = tokenise(isPrefix ? phrase.slice(0, -1) : phrase)
      .filter((t) => !t.punct)
      .map((t) => t.key);
    let node = this.root;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (isPrefix && i === keys.length - 1) {
        let next = node.prefixes.find((p) => p.prefix === key)?.node;
        if (!next) {
          next = emptyNode();
          node.prefixes.push({ prefix: key, node: next });
        }
        node = next;
      } else {
        let next = node.exact.get(key);
        if (!next) {
          next = emptyNode();
          node.exact.set(key, next);
        }
        node = next;
      }
    }
    // Spelling variants that fold alike ("kényan", "kenyan") add the same value once.
    const key = JSON.stringify(value);
    if (!node.values.some((v) => v === value || JSON.stringify(v) === key)) node.values.push(value);
  }

  /** Whether some phrase starts with this token: a cheap test before `longestAt` on every token of a text. */
  mayStartAt(tokens: readonly Token[], from: number): boolean {
    const token = tokens[from];
    if (!token) return false;
    if (this.root.exact.has(token.key)) return true;
    for (const p of this.root.prefixes) if (token.key.startsWith(p.prefix)) return true;
    return false;
  }

  /** The longest phrase starting at token `from`, or null. Punctuation tokens never match inside a phrase. */
  longestAt(tokens: readonly Token[], from: number): PhraseMatch<T> | null {
    return longestFrom(this.root, tokens, from, from, null);
  }
}

/**
 * The depth-first walk of `longestAt`, threading the best match so far. A module function rather than a closure
 * made on every call: tsx compiles with esbuild's `keepNames`, which renames each closure as it is created, and
 * that per-call closure was the hottest spot of `entente build` (about 40 % of extraction time, `npm run bench`).
 */
function longestFrom<T>(
  node: TrieNode<T>,
  tokens: readonly Token[],
  from: number,
  i: number,
  best: PhraseMatch<T> | null,
): PhraseMatch<T> | null {
  if (node.values.length > 0 && i > from && (best === null || i > best.to)) best = { from, to: i, values: node.values };
  const token = tokens[i];
  if (!token) return best;
  const next = node.exact.get(token.key);
  if (next) best = longestFrom(next, tokens, from, i + 1, best);
  for (const p of node.prefixes)
    if (token.key.startsWith(p.prefix)) best = longestFrom(p.node, tokens, from, i + 1, best);
  return best;
}
