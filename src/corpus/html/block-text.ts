/**
 * The text of a DOM subtree as an article text: one paragraph per block element, a blank line between paragraphs,
 * a line break for `<br>`, and HTML's whitespace collapsed inside a paragraph as a browser would show it. The body
 * rules and the sentence splitter read paragraphs from these blank lines. Works on any DOM (linkedom in Node, the
 * browser's own); iterative, so a page nested thousands of levels deep cannot overflow the stack.
 */

/** Elements that start a new paragraph (the HTML standard's block-level elements, and table rows). */
const BLOCK_ELEMENTS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIALOG",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HGROUP",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "UL",
]);
/** Elements whose content is never text a reader sees. */
const SKIPPED_ELEMENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT"]);
/** Cells are separated by a space, not a paragraph. */
const CELL_ELEMENTS = new Set(["TD", "TH"]);
/** HTML's whitespace (not U+00A0, which is text). */
const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The paragraphs of `root`'s text, separated by blank lines; lines within a paragraph come from `<br>`. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = "";
  const endLine = () => {
    const cleaned = line.replace(HTML_WHITESPACE, " ").trim();
    if (cleaned !== "") lines.push(cleaned);
    line = "";
  };
  const endParagraph = () => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    lines = [];
  };

  // Depth-first with an explicit stack; a null entry marks the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? "";
    if (SKIPPED_ELEMENTS.has(tag)) continue;
    if (tag === "BR") {
      endLine();
      continue;
    }
    if (CELL_ELEMENTS.has(tag)) line += " ";
    if (BLOCK_ELEMENTS.has(tag)) {
      endParagraph();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  endParagraph();
  return paragraphs.join("\n\n");
}
