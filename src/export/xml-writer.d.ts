/**
 * Typings for `xml-writer` (the streaming XML writer graphology-gexf uses), which ships none.
 * Only the methods the GEXF writer calls are declared.
 */
declare module "xml-writer" {
  /** Builds an XML string; escapes `&`, `<`, `"` and line breaks in attribute values, `&`, `<`, `>` in text. */
  export default class XMLWriter {
    /** `indent`: true for four spaces, or the indentation string to use. */
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    /** Skips the attribute when `value` is an empty string: callers must not rely on writing `name=""`. */
    writeAttribute(name: string, value: string): this;
    writeElement(name: string, content: string): this;
    toString(): string;
  }
}
