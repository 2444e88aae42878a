/**
 * Where the user's decisions are kept. Under `npx entente serve` (the page carries a per-run token), the server's
 * `curation.json` endpoint, which writes the folder's file atomically; in the static build and the dev server, the
 * browser's storage (with download and upload of the file in the page). Both read and write the one file format
 * of `src/curation/` through `parseCuration` / `serializeCuration`.
 */
import { CURATION_FILE, emptyCuration, parseCuration, serializeCuration, type Curation } from "../curation/index.ts";
import { t } from "./i18n/index.ts";

export interface CurationBackend {
  /** Where decisions go, for the page ("Saved in this browser"). */
  readonly label: string;
  /** The saved curation, or an empty one; throws a `CurationFileError` naming the source when it is invalid. */
  load(): Promise<Curation>;
  save(curation: Curation): Promise<void>;
}

/** The header carrying the per-run token of `npx entente serve` on every write. */
export const TOKEN_HEADER = "X-Entente-Token";
/** What `serve` answers about itself; a static site has no such file. */
export const SESSION_FILE = "entente-session.json";

/** Decisions in `localStorage` (or any `Storage`), one entry per graph. An unreadable entry is set aside, not lost. */
export function browserStorageBackend(storage: Storage, graphId: string): CurationBackend {
  const key = `entente:curation:${graphId}`;
  return {
    get label() {
      return t("storage.decisionsInBrowser");
    },
    load() {
      const text = storage.getItem(key);
      if (text === null) return Promise.resolve(emptyCuration());
      try {
        return Promise.resolve(parseCuration(text, t("storage.curationInBrowser")));
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
        return Promise.reject(new Error(t("storage.decisionsNotSaved", { error: (error as Error).message })));
      }
    },
  };
}

/** Decisions through the `serve` endpoint: `GET` and `PUT` of `curation.json` beside the page, with the token. */
export function serverBackend(baseURI: string, token: string, fetcher: typeof fetch = fetch): CurationBackend {
  const url = new URL(CURATION_FILE, baseURI);
  return {
    get label() {
      return t("storage.decisionsInFolder");
    },
    async load() {
      const response = await fetcher(url, { headers: { [TOKEN_HEADER]: token }, cache: "no-store" });
      if (response.status === 404) return emptyCuration();
      if (!response.ok)
        throw new Error(
          t("storage.curationUnreadable", {
            file: CURATION_FILE,
            status: `${response.status} ${response.statusText}`.trim(),
          }),
        );
      return parseCuration(await response.text(), CURATION_FILE);
    },
    async save(curation) {
      const response = await fetcher(url, {
        method: "PUT",
        headers: { [TOKEN_HEADER]: token, "Content-Type": "application/json" },
        body: serializeCuration(curation),
      });
      if (!response.ok)
        throw new Error(
          t("storage.serverRefusedCuration", { file: CURATION_FILE, error: await serverError(response) }),
        );
    },
  };
}

/** The reason a server gave for a refusal: its JSON `error`, else its text, with the status. */
export async function serverError(response: Response): Promise<string> {
  const text = (await response.text()).trim();
  let reason = text.slice(0, 400);
  try {
    const data = JSON.parse(text) as { error?: unknown };
    if (typeof data.error === "string") reason = data.error;
  } catch {
    // Not JSON: the text itself is the reason.
  }
  return `HTTP ${response.status}${reason === "" ? "" : ` — ${reason}`}`;
}

/** How the page was opened: by `npx entente serve` with its token, or otherwise (a static site, or serve without the token). */
export interface ServeSession {
  serve: boolean;
  /** The run's token, from the URL's `#token=…` (then kept for this tab), or null. */
  token: string | null;
}

/**
 * Takes the token from the URL's fragment, which `serve` printed, and checks that `serve` runs behind the page (its
 * session file answers). A page without a token is a static page, even under `serve`: it keeps decisions in the
 * browser and writes nothing to the folder. The fragment is removed from the address bar (`replaceUrl`) and the token
 * kept in the tab's session storage, so a reload still saves and a copied address does not carry it.
 */
export async function detectServe(options: {
  location: Location | URL;
  baseURI: string;
  storage: Storage | null;
  replaceUrl: (url: string) => void;
  fetcher?: typeof fetch;
}): Promise<ServeSession> {
  const fetcher = options.fetcher ?? fetch;
  const url = new URL(options.location.href);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ""));
  let token = fragment.get("token");
  if (token !== null && token !== "") {
    fragment.delete("token");
    const rest = fragment.toString();
    options.replaceUrl(`${url.pathname}${url.search}${rest === "" ? "" : `#${rest}`}`);
    options.storage?.setItem(`entente:token:${url.origin}`, token);
  } else token = options.storage?.getItem(`entente:token:${url.origin}`) ?? null;
  // Only a page that has a token asks: elsewhere the request would 404 and every static page would log an error.
  if (token === null || token === "") return { serve: false, token: null };
  let serve = false;
  try {
    const response = await fetcher(new URL(SESSION_FILE, options.baseURI), { cache: "no-store" });
    if (response.ok) {
      const data = (await response.json()) as { writable?: unknown };
      serve = data.writable === true;
    }
  } catch {
    // No session file (a static server, offline): a static page.
  }
  return { serve, token: serve ? token : null };
}
