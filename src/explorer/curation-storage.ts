/**
 * Where the user's decisions are kept. Under `npx entente serve` (the page carries a per-run token), the server's
 * `curation.json` endpoint, which writes the folder's file atomically; in the static build and the dev server, the
 * browser's storage (with download and upload of the file in the page). Both read and write the one file format
 * of `src/curation/` through `parseCuration` / `serializeCuration`.
 */
import { CURATION_FILE, emptyCuration, parseCuration, serializeCuration, type Curation } from "../curation/index.ts";

export interface CurationBackend {
  /** Where decisions go, for the page ("Saved in this browser"). */
  readonly label: string;
  /** The saved curation, or an empty one; throws a `CurationFileError` naming the source when it is invalid. */
  load(): Promise<Curation>;
  save(curation: Curation): Promise<void>;
}

/** The header carrying the per-run token of `npx entente serve` on every write. */
export const TOKEN_HEADER = "X-Entente-Token";
/** The `<meta name>` under which `serve` puts the token in the page it serves. */
export const TOKEN_META = "entente-token";

/** Decisions in `localStorage` (or any `Storage`), one entry per graph. An unreadable entry is set aside, not lost. */
export function browserStorageBackend(storage: Storage, graphId: string): CurationBackend {
  const key = `entente:curation:${graphId}`;
  return {
    label: "Saved in this browser",
    load() {
      const text = storage.getItem(key);
      if (text === null) return Promise.resolve(emptyCuration());
      try {
        return Promise.resolve(parseCuration(text, "the curation saved in this browser"));
      } catch (error) {
        // Keep the unreadable text beside, so a later save does not destroy what the user may want to recover.
        storage.setItem(`${key}:unreadable`, text);
        storage.removeItem(key);
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    save(curation) {
      try {
        storage.setItem(key, serializeCuration(curation));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(new Error(`Could not save the decisions in this browser (${(error as Error).message}). Download the curation file to keep them.`));
      }
    },
  };
}

/** Decisions through the `serve` endpoint: `GET` and `PUT` of `curation.json` beside the page, with the token. */
export function serverBackend(baseURI: string, token: string, fetcher: typeof fetch = fetch): CurationBackend {
  const url = new URL(CURATION_FILE, baseURI);
  return {
    label: "Saved in the project folder",
    async load() {
      const response = await fetcher(url, { headers: { [TOKEN_HEADER]: token }, cache: "no-store" });
      if (response.status === 404) return emptyCuration();
      if (!response.ok) throw new Error(`Could not read ${CURATION_FILE} from the server: HTTP ${response.status} ${response.statusText}.`);
      return parseCuration(await response.text(), CURATION_FILE);
    },
    async save(curation) {
      const response = await fetcher(url, {
        method: "PUT",
        headers: { [TOKEN_HEADER]: token, "Content-Type": "application/json" },
        body: serializeCuration(curation),
      });
      if (!response.ok) {
        const detail = (await response.text()).trim().slice(0, 300);
        throw new Error(`The server did not save ${CURATION_FILE}: HTTP ${response.status}${detail === "" ? "" : ` — ${detail}`}`);
      }
    },
  };
}

/** The token `serve` put in the page, or null for a static page. */
export function serveToken(doc: Document): string | null {
  const content = doc.querySelector(`meta[name="${TOKEN_META}"]`)?.getAttribute("content") ?? "";
  return content === "" ? null : content;
}
