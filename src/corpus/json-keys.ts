/**
 * Duplicate object keys in JSON text. `JSON.parse` silently keeps the last of two equal keys, so a manifest listing
 * one article twice (or one field twice) would lose an entry without a word; this scanner finds them so the manifest
 * can say so. One linear pass with an explicit stack (no recursion: a deeply nested value cannot overflow it).
 * Call it only on text `JSON.parse` accepted.
 */

/** A key given more than once in one object. */
export interface DuplicateKey {
  /** Keys leading to the object, then the duplicated key: `["a.txt"]` for a top-level key, `["a.txt", "title"]` inside it. */
  path: string[];
  /** The 1-based lines where it appears, in order. */
  lines: number[];
}

interface Frame {
  object: boolean;
  path: string[];
  /** Line numbers of each key, for the objects whose keys are tracked (down to `maxDepth`). */
  keys: Map<string, number[]> | null;
}

/**
 * The duplicated keys of the objects nested at most `maxDepth` deep (1: the top-level object only), in order of
 * first appearance.
 */
export function duplicateKeys(text: string, maxDepth = 2): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      if (top?.object && expectKey) {
        lastKey = JSON.parse(text.slice(i, j + 1)) as string;
        const lines = top.keys?.get(lastKey);
        if (lines) lines.push(line);
        else top.keys?.set(lastKey, [line]);
        expectKey = false;
      }
      i = j;
    } else if (ch === "{" || ch === "[") {
      const parent = stack.at(-1);
      // Paths are built only where keys are tracked, so a deep nest of objects stays linear.
      const path =
        parent === undefined
          ? []
          : parent.object && stack.length < maxDepth
            ? [...parent.path, lastKey ?? ""]
            : parent.path;
      const object = ch === "{";
      stack.push({ object, path, keys: object && stack.length < maxDepth ? new Map() : null });
      expectKey = object;
    } else if (ch === "}" || ch === "]") {
      const frame = stack.pop();
      for (const [key, lines] of frame?.keys ?? [])
        if (lines.length > 1) found.push({ path: [...frame!.path, key], lines });
      expectKey = false;
    } else if (ch === ",") {
      expectKey = stack.at(-1)?.object ?? false;
    }
  }
  return found.sort((a, b) => a.lines[0]! - b.lines[0]!);
}
