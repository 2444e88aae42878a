/**
 * The corpus module's public door for code that runs in Node and in the browser alike: intake (`intake.ts`) and the
 * manifest (`manifest.ts`). The Node driver that reads a folder from disk is `read-folder.ts`, imported on its own so
 * browser code never pulls `node:fs`.
 */
export * from "./intake.ts";
export {
  EMPTY_MANIFEST,
  MANIFEST_FILE,
  MANIFEST_LIMITS,
  parseManifest,
  type Manifest,
  type ManifestEntry,
  type ManifestIssue,
} from "./manifest.ts";
