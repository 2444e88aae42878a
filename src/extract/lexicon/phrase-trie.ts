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
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at token `from`, or null. Punctuation tokens never match inside a phrase. */
  longestAt(tokens: readonly Token[], from: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    const walk = (node: TrieNode<T>, i: number) => {
      if (node.values.length > 0 && i > from && (best === null || i > best.to)) best = { from, to: i, values: node.values };
      const token = tokens[i];
      if (!token) return;
      const next = node.exact.get(token.key);
      if (next) walk(next, i + 1);
      for (const p of node.prefixes) if (token.key.startsWith(p.prefix)) walk(p.node, i + 1);
    };
    walk(this.root, from);
    return best;
  }
}
