/**
 * The corpus module's public door for code that runs in Node and in the browser alike: intake (`intake.ts`), the
 * manifest (`manifest.ts`) and article file kinds. Its other doors (`eslint.config.js`, `DOORS`): the Node driver that
 * reads a folder from disk, `read-folder.ts`, imported on its own so browser code never pulls `node:fs` (importing it,
 * or `html/linkedom-reader.ts`, also sets up linkedom as the page reader); and the page reader itself (Readability),
 * `html/page-as-text.ts`, which the explorer loads lazily, in its own chunk, when a page is dropped.
 */
export * from "./intake.ts";
export { articleKind } from "./file-names.ts";
export {
  EMPTY_MANIFEST,
  MANIFEST_FILE,
  MANIFEST_LIMITS,
  parseManifest,
  type Manifest,
  type ManifestEntry,
  type ManifestIssue,
} from "./manifest.ts";
