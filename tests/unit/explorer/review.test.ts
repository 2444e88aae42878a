import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyCuration, serializeCuration } from "../../../src/curation/index.ts";
import {
  browserStorageBackend,
  detectServe,
  serverBackend,
  TOKEN_HEADER,
} from "../../../src/explorer/curation-storage.ts";
import { createDisplayGraph, syncDisplayGraph } from "../../../src/explorer/display-graph.ts";
import { edgeMidpoint } from "../../../src/explorer/review-marks.ts";
import { reviewKeyAction } from "../../../src/explorer/review-panel.ts";
import { compareConfidence, currentReviewItem, reviewQueue, verdictCount } from "../../../src/explorer/review.ts";
import { initialState, reduceState } from "../../../src/explorer/state.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { RelationAttributes } from "../../../src/model/types.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";

// The assertions read the English catalogue (whose refusals are worded as the CLI words them).
setLocale("en");

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const AT = "2026-11-25T16:00:00.000Z";

const relation = (weight: number, confidence: number): RelationAttributes => ({
  ...(graph.getEdgeAttributes("cooperation:state:JPN|state:RUS") as RelationAttributes),
  weight,
  confidence,
});

describe("the review queue's order", () => {
  it.each<[string, RelationAttributes, RelationAttributes, "a" | "b"]>([
    ["lower confidence first", relation(5, 0.2), relation(1, 0.8), "a"],
    ["lower confidence first, whatever the order given", relation(1, 0.9), relation(7, 0.1), "b"],
    ["equal confidence: fewer sentences first", relation(2, 0.5), relation(4, 0.5), "a"],
  ])("%s", (_name, a, b, first) => {
    const order = [
      { key: "a", attributes: a },
      { key: "b", attributes: b },
    ]
      .sort(compareConfidence)
      .map((x) => x.key);
    expect(order[0]).toBe(first);
  });

  it("holds every unreviewed relation once, and no membership link", () => {
    const queue = reviewQueue(graph);
    expect(queue).toHaveLength(7);
    expect(new Set(queue).size).toBe(7);
    expect(queue.some((e) => e.startsWith("serves:"))).toBe(false);
    const confidences = queue.map((e) => (graph.getEdgeAttributes(e) as RelationAttributes).confidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => x - y));
  });

  it("skips relations passed over, and starts over when all were", () => {
    expect(currentReviewItem(["a", "b", "c"], ["a"])).toBe("b");
    expect(currentReviewItem(["a", "b"], ["a", "b"])).toBe("a");
    expect(currentReviewItem([], [])).toBeNull();
  });

  it("counts verdicts, not other corrections", () => {
    const curation = {
      ...emptyCuration(),
      decisions: [
        { kind: "accept" as const, edge: "x", at: AT },
        { kind: "rename" as const, node: "state:JPN", label: "Nippon", at: AT },
        { kind: "reject" as const, edge: "y", at: AT },
      ],
    };
    expect(verdictCount(curation)).toBe(2);
  });
});

describe("review keys", () => {
  const open = reduceState(initialState(graph), { type: "openReview" });
  it.each<[string, string, unknown]>([
    ["A accepts", "a", { do: "accept" }],
    ["R rejects", "R", { do: "reject" }],
    ["T starts a retype", "t", { do: "dispatch", action: { type: "startRetype" } }],
    ["N passes over", "n", { do: "dispatch", action: { type: "reviewNext" } }],
    ["→ passes over", "ArrowRight", { do: "dispatch", action: { type: "reviewNext" } }],
    ["U undoes", "u", { do: "undo" }],
    ["Escape closes", "Escape", { do: "dispatch", action: { type: "closeReview" } }],
    ["other keys do nothing", "k", null],
  ])("%s", (_name, key, expected) => {
    expect(reviewKeyAction(open, key)).toEqual(expected);
  });

  it("while retyping, 1–3 choose the type and Escape cancels", () => {
    const retyping = reduceState(open, { type: "startRetype" });
    expect(reviewKeyAction(retyping, "2")).toEqual({ do: "retype", to: "dispute" });
    expect(reviewKeyAction(retyping, "Escape")).toEqual({ do: "dispatch", action: { type: "cancelRetype" } });
  });

  it("mean nothing while the queue is closed", () => {
    expect(reviewKeyAction(initialState(graph), "a")).toBeNull();
  });
});

describe("curation storage", () => {
  /** An in-memory `Storage`. */
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (i) => [...items.keys()][i] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, value),
    };
  }

  it("keeps decisions in the browser's storage, one entry per graph", async () => {
    const storage = memoryStorage();
    const backend = browserStorageBackend(storage, "/graph.json#Demo");
    expect(await backend.load()).toEqual(emptyCuration());
    const curation = {
      ...emptyCuration(),
      decisions: [{ kind: "reject" as const, edge: "cooperation:state:JPN|state:RUS", at: AT }],
    };
    await backend.save(curation);
    expect(await backend.load()).toEqual(curation);
    expect(await browserStorageBackend(storage, "/other.json#Other").load()).toEqual(emptyCuration());
  });

  it("sets an unreadable entry aside instead of losing it, and says why", async () => {
    const storage = memoryStorage();
    storage.setItem("entente:curation:g", '{"version": 1, "decisions": [{"kind": "explode"}]}');
    await expect(browserStorageBackend(storage, "g").load()).rejects.toThrow(/curation saved in this browser/);
    expect(storage.getItem("entente:curation:g:unreadable")).toContain("explode");
    expect(await browserStorageBackend(storage, "g").load()).toEqual(emptyCuration());
  });

  it("talks to the serve endpoint with the token, and reports a refused write", async () => {
    const calls: { url: string; method: string; token: string | null; body: string | null }[] = [];
    let stored: string | null = null;
    const fetcher = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      calls.push({
        url: String(input),
        method: init?.method ?? "GET",
        token: headers.get(TOKEN_HEADER),
        body: (init?.body as string | undefined) ?? null,
      });
      if (init?.method === "PUT") {
        if (headers.get(TOKEN_HEADER) !== "secret") return new Response("bad token", { status: 403 });
        stored = init.body as string;
        return new Response(null, { status: 204 });
      }
      return stored === null ? new Response("", { status: 404 }) : new Response(stored, { status: 200 });
    }) as typeof fetch;
    const backend = serverBackend("http://127.0.0.1:4321/", "secret", fetcher);
    expect(await backend.load()).toEqual(emptyCuration());
    const curation = { ...emptyCuration(), decisions: [{ kind: "drop" as const, node: "leader:kim-jong-un", at: AT }] };
    await backend.save(curation);
    expect(stored).toBe(serializeCuration(curation));
    expect(await backend.load()).toEqual(curation);
    expect(calls.every((c) => c.url === "http://127.0.0.1:4321/curation.json" && c.token === "secret")).toBe(true);
    await expect(serverBackend("http://127.0.0.1:4321/", "wrong", fetcher).save(curation)).rejects.toThrow(
      /HTTP 403 — bad token/,
    );
  });
});

describe("the display graph", () => {
  it("keeps positions through a change, drops what went, and places a new actor near its neighbours", () => {
    const display = createDisplayGraph(graph);
    // The fixture has no positions: give every actor one on a line, Russia far out.
    display.forEachNode((node, _a) =>
      display.mergeNodeAttributes(node, { x: display.nodes().indexOf(node) * 10, y: 0 }),
    );
    display.mergeNodeAttributes("state:RUS", { x: 1234, y: -55 });
    const next = graph.copy();
    next.dropNode("leader:kim-jong-un");
    next.addNode("state:UKR", {
      ...graph.getNodeAttributes("state:RUS"),
      label: "Ukraine",
      x: undefined,
      y: undefined,
    });
    next.addEdgeWithKey("dispute:state:RUS|state:UKR", "state:RUS", "state:UKR", {
      ...graph.getEdgeAttributes("dispute:state:JPN|state:RUS"),
    });
    const { placed } = syncDisplayGraph(display, next);
    expect(placed).toEqual(["state:UKR"]);
    expect(display.hasNode("leader:kim-jong-un")).toBe(false);
    expect(display.getNodeAttributes("state:RUS")).toMatchObject({ x: 1234, y: -55 });
    const { x, y } = display.getNodeAttributes("state:UKR");
    const xs = display.filterNodes((n) => n !== "state:UKR").map((n) => display.getNodeAttribute(n, "x")!);
    const span = Math.max(...xs) - Math.min(...xs);
    expect(span).toBeGreaterThan(0);
    expect(Math.hypot(x! - 1234, y! + 55)).toBeLessThan(span * 0.2);
    expect(display.getNodeAttribute("state:UKR", "label")).toBe("Ukraine");
    // The source graph is never written.
    expect(next.getNodeAttribute("state:UKR", "x")).toBeUndefined();
  });

  it("places a curved edge's mark on the curve, a straight one's at the middle", () => {
    expect(edgeMidpoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0)).toEqual({ x: 50, y: 0 });
    const bent = edgeMidpoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.4);
    expect(bent.x).toBe(50);
    expect(Math.abs(bent.y)).toBeCloseTo(20);
  });
});

describe("detectServe", () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage;
  };
  const answering = (body: unknown, status = 200) =>
    (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

  it("takes the token from the fragment, removes it from the address, and keeps it for the tab", async () => {
    const storage = memory();
    const replaced: string[] = [];
    const session = await detectServe({
      location: new URL("http://127.0.0.1:5174/?node=state:JPN#token=abc&x=1"),
      baseURI: "http://127.0.0.1:5174/",
      storage,
      replaceUrl: (url) => replaced.push(url),
      fetcher: answering({ writable: true }),
    });
    expect(session).toEqual({ serve: true, token: "abc" });
    expect(replaced).toEqual(["/?node=state:JPN#x=1"]);
    const again = await detectServe({
      location: new URL("http://127.0.0.1:5174/"),
      baseURI: "http://127.0.0.1:5174/",
      storage,
      replaceUrl: () => {},
      fetcher: answering({ writable: true }),
    });
    expect(again.token).toBe("abc");
  });

  it("does not ask when there is no token: a static page", async () => {
    let asked = false;
    const fetcher = (async () => {
      asked = true;
      return new Response("{}");
    }) as unknown as typeof fetch;
    const session = await detectServe({
      location: new URL("http://h/"),
      baseURI: "http://h/",
      storage: memory(),
      replaceUrl: () => {},
      fetcher,
    });
    expect(session).toEqual({ serve: false, token: null });
    expect(asked).toBe(false);
  });

  it("is a static page when the session file is missing or is not serve's", async () => {
    const base = {
      location: new URL("http://h/#token=abc"),
      baseURI: "http://h/",
      storage: memory(),
      replaceUrl: () => {},
    };
    expect(await detectServe({ ...base, fetcher: answering({ error: "no" }, 404) })).toEqual({
      serve: false,
      token: null,
    });
    expect(
      await detectServe({
        ...base,
        fetcher: (async () => new Response("<!doctype html>", { status: 200 })) as unknown as typeof fetch,
      }),
    ).toEqual({ serve: false, token: null });
    expect(
      await detectServe({
        ...base,
        fetcher: (async () => Promise.reject(new TypeError("offline"))) as unknown as typeof fetch,
      }),
    ).toEqual({ serve: false, token: null });
  });
});
