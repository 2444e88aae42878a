/**
 * The corpus module's public door for code that runs in Node and in the browser alike: intake (`intake.ts`) and the
 * manifest (`manifest.ts`). The Node driver that reads a folder from disk is `read-folder.ts`, imported on its own so
 * browser code never pulls `node:fs`; importing it (or `html/linkedom-reader.ts`) also sets up linkedom as the page
 * reader.
 */
export * from "./intake.ts";
// The page reader itself (Readability): in the door, not in `intake.ts`, so the explorer's bundle takes it only where
// it reads a dropped page.
export { MAX_NESTING_DEPTH, MIN_MAIN_TEXT_CHARS, proseChars, readPage, readParsedPage } from "./html/read-page.ts";
export { pageAsText, type PageAsText } from "./html/page-as-text.ts";
export {
  EMPTY_MANIFEST,
  MANIFEST_FILE,
  MANIFEST_LIMITS,
  parseManifest,
  type Manifest,
  type ManifestEntry,
  type ManifestIssue,
} from "./manifest.ts";
