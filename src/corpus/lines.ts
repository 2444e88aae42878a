/** Line breaks of article text, shared by the intake modules that read a text line by line. */

/** Every line break a text file may use: LF, CR LF, CR alone, NEL, line and paragraph separators. */
export const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
