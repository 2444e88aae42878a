// The cache's entry files: what is read back is checked (key, fingerprint, checksum), never trusted.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CacheFolderError, EntryStore } from "../../../src/cache/store.ts";

const FINGERPRINT = "f".repeat(64);

function fresh(): { dir: string; store: EntryStore } {
  const dir = join(mkdtempSync(join(tmpdir(), "entente-store-")), "cache");
  return { dir, store: EntryStore.open(dir, FINGERPRINT) };
}

/** The one entry file of a store that holds one entry. */
function entryFile(dir: string): string {
  const folder = readdirSync(dir).find((name) => /^[0-9a-f]{2}$/.test(name))!;
  return join(dir, folder, readdirSync(join(dir, folder))[0]!);
}

describe("EntryStore", () => {
  it("gives back what was written, under its key only", async () => {
    const { store } = fresh();
    await store.write("key-a", '{"ok":true,"é":"ü"}');
    expect(store.read("key-a")).toEqual({ status: "hit", payload: '{"ok":true,"é":"ü"}' });
    expect(store.read("key-b")).toEqual({ status: "miss" });
  });

  it("calls an entry of another extractor stale", async () => {
    const { dir, store } = fresh();
    await store.write("key", "payload");
    expect(EntryStore.open(dir, "0".repeat(64)).read("key")).toEqual({ status: "stale" });
  });

  it.each([
    ["a byte of the payload changed", (b: Buffer) => Buffer.concat([b.subarray(0, -1), Buffer.from("X")]), /checksum/],
    ["the payload cut short", (b: Buffer) => b.subarray(0, b.length - 3), /checksum/],
    ["the header cut short", (b: Buffer) => b.subarray(0, 20), /header/],
    ["an empty file", () => Buffer.alloc(0), /header/],
    ["a header that is not JSON", (b: Buffer) => Buffer.concat([Buffer.from("{oops\n"), b]), /header/],
    ["another article's key", (b: Buffer) => Buffer.from(b.toString().replace('"key":"key"', '"key":"other"')), /key/],
  ])("detects an entry with %s as corrupt", async (_, damage, reason) => {
    const { dir, store } = fresh();
    await store.write("key", '{"some":"payload"}');
    const file = entryFile(dir);
    writeFileSync(file, damage(readFileSync(file)));
    const lookup = store.read("key");
    expect(lookup.status).toBe("corrupt");
    expect(lookup.status === "corrupt" && lookup.reason).toMatch(reason);
  });

  it("refuses an entry file that is a symbolic link, and a cache folder that is one", async () => {
    const { dir, store } = fresh();
    await store.write("key", "payload");
    const file = entryFile(dir);
    const elsewhere = join(dir, "..", "elsewhere");
    writeFileSync(elsewhere, readFileSync(file));
    rmSync(file);
    symlinkSync(elsewhere, file);
    expect(store.read("key")).toMatchObject({ status: "corrupt", reason: /symbolic link/ });
    const link = join(dir, "..", "link");
    symlinkSync(dir, link);
    expect(() => EntryStore.open(link, FINGERPRINT)).toThrow(CacheFolderError);
    expect(() => EntryStore.open(elsewhere, FINGERPRINT)).toThrow(
      /cache: .*elsewhere.* (not a folder|cannot be created)/,
    );
  });

  it("prunes the entries not kept and old temporary files, and leaves young temporary files alone", async () => {
    const { dir, store } = fresh();
    await store.write("kept", "1");
    await store.write("dropped", "2");
    const folder = join(dir, EntryStore.address("kept").slice(0, 2));
    mkdirSync(folder, { recursive: true });
    const old = join(folder, ".x.entry.0123.tmp");
    const young = join(folder, ".y.entry.4567.tmp");
    writeFileSync(old, "half");
    writeFileSync(young, "half");
    utimesSync(old, new Date(0), new Date(0));
    expect(store.prune(new Set([EntryStore.address("kept")]))).toBe(1);
    expect(store.read("kept").status).toBe("hit");
    expect(store.read("dropped").status).toBe("miss");
    expect(readdirSync(folder)).toContain(".y.entry.4567.tmp");
    expect(readdirSync(folder)).not.toContain(".x.entry.0123.tmp");
  });

  it("removes the folders it left empty, the cache folder too (a build whose every write failed leaves nothing)", async () => {
    const { dir, store } = fresh();
    await store.write("gone", "1");
    mkdirSync(join(dir, "ab"));
    mkdirSync(join(dir, "not-ours"));
    expect(store.prune(new Set())).toBe(1);
    expect(readdirSync(dir)).toEqual(["not-ours"]);
    rmSync(join(dir, "not-ours"), { recursive: true });
    store.prune(new Set());
    expect(existsSync(dir)).toBe(false);
  });
});
