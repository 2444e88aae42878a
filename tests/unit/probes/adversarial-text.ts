/**
 * Probe inputs: adversarial article texts described by small recipes, so a failing probe names its input in a line
 * ("run of '.' ×131072 then 'x'") instead of printing a megabyte. Shared by the pipeline probe and the regex lint.
 */

/** Every character a scraped page can repeat: ASCII punctuation, French typography, spaces, line breaks, marks. */
export const RUN_CHARS: readonly string[] = [
  ..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  " ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u000b",
  "\u000c",
  "\u00a0",
  "\u202f",
  "\u2009",
  "«",
  "»",
  "\u201c",
  "\u201d",
  "\u2019",
  "…",
  "\u2014",
  "\u2013",
  "©",
  "°",
  "•",
  "·",
  "§",
  "\u200b",
  "\u00ad",
  "\ufeff",
  "\u0301",
  "😀",
  "A",
  "a",
  "é",
  "É",
  "1",
  "M. ",
  "A. ",
  "« ",
  '" ',
  ". A",
  "Mme ",
];

/** One piece of an adversarial text. */
export type Piece =
  | { kind: "run"; unit: string; count: number; then: string }
  | { kind: "nested"; open: string; close: string; depth: number }
  | { kind: "capitals"; words: number }
  | { kind: "quoted-sentences"; quote: "«»" | '""'; count: number }
  | { kind: "prose-line"; words: number };

export function describePiece(piece: Piece): string {
  switch (piece.kind) {
    case "run":
      return `run of ${JSON.stringify(piece.unit)} ×${piece.count} then ${JSON.stringify(piece.then)}`;
    case "nested":
      return `${piece.depth} nested ${JSON.stringify(piece.open)}…${JSON.stringify(piece.close)}`;
    case "capitals":
      return `${piece.words} capitalised words`;
    case "quoted-sentences":
      return `${piece.count} short sentences in ${piece.quote} quotes`;
    case "prose-line":
      return `one line of ${piece.words} prose words`;
  }
}

const PROSE_WORDS = [
  "le",
  "président",
  "russe",
  "a",
  "rencontré",
  "son",
  "homologue",
  "japonais",
  "à",
  "Moscou",
  "pour",
  "un",
  "accord",
  "de",
  "coopération",
  "contre",
  "la",
  "Chine",
  ".",
];

export function renderPiece(piece: Piece): string {
  switch (piece.kind) {
    case "run":
      return piece.unit.repeat(piece.count) + piece.then;
    case "nested":
      return `${piece.open} `.repeat(piece.depth) + "Fin. Début" + ` ${piece.close}`.repeat(piece.depth);
    case "capitals":
      return Array.from({ length: piece.words }, (_, i) => `Ab${String.fromCharCode(97 + (i % 26))}`).join(" ") + ".";
    case "quoted-sentences": {
      const [open, close] = [...piece.quote] as [string, string];
      return Array.from({ length: piece.count }, (_, i) =>
        i % 2 === 0 ? `${open}Oui. Non.${close} ` : "Il dit. ",
      ).join("");
    }
    case "prose-line":
      return Array.from({ length: piece.words }, (_, i) => PROSE_WORDS[i % PROSE_WORDS.length]).join(" ");
  }
}

/** A text: a French sentence first (so the body filter has prose to keep), then the pieces. */
export function renderText(pieces: readonly Piece[]): string {
  return `Le président russe a rencontré son homologue japonais à Moscou.\n${pieces.map(renderPiece).join("")}`;
}

export function describeText(pieces: readonly Piece[]): string {
  return pieces.map(describePiece).join(" + ");
}
