/**
 * The explorer speaks through its message catalogues (`src/explorer/i18n/`): a probe reads every explorer module with
 * the TypeScript parser and fails on a string literal that looks like interface text — several words, or a
 * capitalised word — outside the catalogues. Identifiers of the code (CSS classes, ids, attribute and event names,
 * keys, compared values, message keys, imports, types) are not text and are skipped by where they stand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../..", import.meta.url).pathname;
const EXPLORER = join(ROOT, "src/explorer");
/** The catalogues themselves: the only place interface text lives. */
const CATALOGUES = new Set(["i18n/fr.ts", "i18n/en.ts"]);

/** Text that is not a message: key names, fixed names and symbols the explorer writes in every language. */
const NOT_TEXT = new Set([
  "ArrowDown",
  "ArrowUp",
  "ArrowRight",
  "Enter",
  "Escape",
  "Esc",
  "Files",
  "Control+Z",
  "Content-Type",
  "X-Entente-Token",
  "Entente",
  "PageRank",
]);

/** Calls whose arguments are code, not text: message lookups, DOM and storage names, events, URLs, workers. */
const CODE_CALLS = new Set([
  "t",
  "messages",
  "querySelector",
  "querySelectorAll",
  "getElementById",
  "addEventListener",
  "removeEventListener",
  "setAttribute",
  "getAttribute",
  "removeAttribute",
  "toggleAttribute",
  "hasAttribute",
  "getItem",
  "setItem",
  "removeItem",
  "get",
  "has",
  "set",
  "delete",
  "getNodeAttribute",
  "getEdgeAttribute",
  "getAttribute",
  "createElement",
  "createElementNS",
  "toggle",
  "add",
  "remove",
  "contains",
  "includes",
  "localeCompare",
  "getSetting",
  "setSetting",
  "dispatch",
  "warn",
  "error",
  "log",
]);
/** Properties whose values are code: classes, ids, roles, input types, element kinds, keys. */
const CODE_PROPERTIES = new Set([
  "className",
  "id",
  "type",
  "role",
  "name",
  "kind",
  "key",
  "do",
  "inputmode",
  "autocomplete",
  "spellcheck",
  "accept",
  "method",
  "rel",
  "target",
  "for",
  "family",
  "level",
  "format",
  "labelFont",
]);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Whether a literal's characters read as words for people: two words in a row, or a capitalised word. */
function looksLikeText(text: string): boolean {
  if (NOT_TEXT.has(text.trim())) return false;
  return /\p{L}{2,}[\s'’]+\p{L}{2,}/u.test(text) || /(^|[\s(·—])\p{Lu}\p{Ll}{2,}/u.test(text);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return "";
}

/** Whether the literal stands where code, not text, goes. */
function inCodePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
  if (ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  // An object key, a compared value, a switch case, an index.
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return true;
  if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=|in)$/.test(parent.operatorToken.getText())) return true;
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent)) return true;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) {
    const name = calleeName(parent);
    // `h(tag, props, ...children)`: the tag is code, the children are text.
    if (name === "h") return parent.arguments?.[0] === node;
    if (CODE_CALLS.has(name) || name === "URL" || name === "Worker" || name === "RegExp") return true;
  }
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && CODE_PROPERTIES.has(parent.name.text))
    return true;
  if (
    ts.isPropertyAssignment(parent) &&
    ts.isStringLiteral(parent.name) &&
    /^(data-|aria-(?!label|valuetext))/.test(parent.name.text)
  )
    return true;
  // Arrays of code values (`["graph", "table"] as const`), and a template's pieces are judged with their template.
  if (ts.isAsExpression(parent) || ts.isArrayLiteralExpression(parent)) return inCodePosition(parent);
  if (ts.isParenthesizedExpression(parent) || ts.isConditionalExpression(parent)) return inCodePosition(parent);
  return false;
}

/** Where anything with letters is text, even one lowercase word: an element's children, a label or a title. */
function inTextPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  if (ts.isCallExpression(parent) && calleeName(parent) === "h")
    return parent.arguments.indexOf(node as ts.Expression) >= 2;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : "";
    return /^(title|placeholder|alt|aria-label|aria-valuetext|textContent)$/.test(name);
  }
  if (ts.isBinaryExpression(parent) && parent.right === node && ts.isPropertyAccessExpression(parent.left))
    return /^(textContent|title|placeholder)$/.test(parent.left.name.text);
  if (ts.isConditionalExpression(parent) && parent.condition !== node) return inTextPosition(parent);
  return false;
}

/** A template's pieces stand where their template stands. */
function templateOf(node: ts.Node): ts.Node {
  if (ts.isTemplateHead(node)) return node.parent;
  if (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.parent.parent;
  return node;
}

/** A literal on the line after a `// not interface text: <why>` comment is a deliberate exception (e.g. a can't-happen error). */
function excused(sourceFile: ts.SourceFile, node: ts.Node): boolean {
  const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line;
  const lines = sourceFile.text.split("\n");
  return [lines[line], lines[line - 1]].some((text) => text !== undefined && /\/\/ not interface text:/.test(text));
}

/** Interface-looking literals of one module, with their line. */
export function interfaceText(source: string, file: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    if (text === null || excused(sourceFile, node) || NOT_TEXT.has(text.trim())) {
      ts.forEachChild(node, visit);
      return;
    }
    const where = templateOf(node);
    if ((looksLikeText(text) && !inCodePosition(where)) || (/\p{L}{2,}/u.test(text) && inTextPosition(where)))
      findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

function explorerModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return explorerModules(path);
    return entry.name.endsWith(".ts") && !CATALOGUES.has(relative(EXPLORER, path)) ? [path] : [];
  });
}

describe("the explorer's interface text lives in the catalogues", () => {
  it("no explorer module writes interface text outside src/explorer/i18n/fr.ts and en.ts", () => {
    const findings = explorerModules(EXPLORER).flatMap((path) =>
      interfaceText(readFileSync(path, "utf8"), relative(ROOT, path)),
    );
    expect(findings.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it("catches a hard-coded label, title, notice or template, and passes code values and message keys", () => {
    const found = interfaceText(
      [
        'h("button", { attrs: { title: "Close the panel" } }, "Export");',
        'notices.notify(`Added "${title}" to the graph`);',
        'const LABELS = { reset: "Reset filters" };',
        'h("div", { className: "review-bar retype-choices", attrs: { "data-edge": "a b", role: "group" } });',
        'h("p", {}, t("filters.reset", { count: 2 }));',
        'if (event.key === "Escape" || view === "graph view") return;',
        'import { x } from "./some module.ts";',
        'document.addEventListener("keydown", onKey);',
        'h("button", { className: "link" }, "details");',
        'status.textContent = ready ? "done" : t("x.y");',
      ].join("\n"),
      "probe.ts",
    ).map((f) => f.text);
    expect(found).toEqual([
      "Close the panel",
      "Export",
      'Added "',
      '" to the graph',
      "Reset filters",
      "details",
      "done",
    ]);
  });
});
