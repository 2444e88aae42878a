/**
 * Probe: a hostile corpus folder (links, pipes, sockets, devices, unreadable files, odd names, files that lie about
 * their size) never crashes the reader, never blocks it, never reads outside the folder or past the size limit, and
 * never costs the good articles. Each row names the entry it plants; where the system cannot make one (a device
 * without the right, permissions as root), the row says why it is skipped.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBounded, readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { ROOT } from "./timing.ts";

const GOOD = join(ROOT, "graph-data/articles/000_3de00a28da66687e.txt");
const ROOT_USER = process.getuid?.() === 0;
const made: string[] = [];
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A corpus holding one good article (`good.txt`), then whatever `plant` adds. */
function corpusWith(plant: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-hostile-"));
  made.push(dir);
  copyFileSync(GOOD, join(dir, "good.txt"));
  plant(dir);
  return dir;
}

function expectRefused(dir: string, file: string, code: string, mentions: RegExp): void {
  const result = readCorpusFolder(dir);
  expect(
    result.articles.map((a) => a.meta.file),
    `${file}: the good article is still read`,
  ).toEqual(["good.txt"]);
  const refusal = result.refusals.find((r) => r.file === file);
  expect(refusal?.code, `${JSON.stringify(file)} is refused as ${code}`).toBe(code);
  expect(refusal!.reason, `${JSON.stringify(file)}: the message says what and where`).toMatch(mentions);
}

describe("probe: hostile corpus folder", () => {
  it.each<[string, string]>([
    ["/etc/passwd", "passwd.txt"],
    ["/proc/self/pagemap", "pagemap.txt"],
    ["/dev/zero", "zero.txt"],
    ["a file inside the corpus", "inside.txt"],
    ["a missing target", "dangling.txt"],
  ])("a .txt symbolic link to %s is refused, never followed", (target, name) => {
    const dir = corpusWith((d) => {
      const to =
        target === "a file inside the corpus"
          ? join(d, "good.txt")
          : target === "a missing target"
            ? join(d, "nowhere")
            : target;
      symlinkSync(to, join(d, name));
    });
    expectRefused(dir, name, "link", /symbolic link/);
  });

  it("a symbolic link as metadata.json is refused once, and the articles are still read", () => {
    const dir = corpusWith((d) => symlinkSync("/etc/passwd", join(d, "metadata.json")));
    const result = readCorpusFolder(dir);
    expect(result.articles).toHaveLength(1);
    expect(result.refusals).toEqual([
      expect.objectContaining({
        file: "metadata.json",
        code: "metadata",
        reason: expect.stringMatching(/symbolic link/),
      }),
    ]);
  });

  it("a named pipe (FIFO) is refused without opening it, so the read never blocks", () => {
    const dir = corpusWith((d) => execFileSync("mkfifo", [join(d, "pipe.txt")]));
    expectRefused(dir, "pipe.txt", "not-a-file", /named pipe/);
  });

  it("a socket is refused", async () => {
    const dir = corpusWith(() => {});
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(dir, "socket.txt"), resolve));
    expectRefused(dir, "socket.txt", "not-a-file", /socket/);
  });

  it("a device is refused (where the system lets us make one)", (context) => {
    const dir = corpusWith(() => {});
    try {
      execFileSync("mknod", [join(dir, "null.txt"), "c", "1", "3"], { stdio: "ignore" });
    } catch {
      console.info("probe: skipped the device row: mknod is not allowed here");
      context.skip();
    }
    expectRefused(dir, "null.txt", "not-a-file", /device/);
  });

  it("an unreadable file is refused with its name, the others are read (as root: read by a child running as nobody)", (context) => {
    const dir = corpusWith((d) => {
      copyFileSync(join(ROOT, "graph-data/articles/001_a79dc9bca6619a96.txt"), join(d, "locked.txt"));
      chmodSync(join(d, "locked.txt"), 0);
      chmodSync(d, 0o755);
    });
    if (!ROOT_USER) return expectRefused(dir, "locked.txt", "unreadable", /locked\.txt.*permissions/);
    // Root reads everything: drop to nobody in a child process, which permissions do stop.
    const code =
      "process.setgid(65534); process.setuid(65534);\n" +
      `const { readCorpusFolder } = await import(${JSON.stringify(join(ROOT, "src/corpus/read-folder.ts"))});\n` +
      `const r = readCorpusFolder(${JSON.stringify(dir)});\n` +
      "process.stdout.write(JSON.stringify({ articles: r.articles.map((a) => a.meta.file), refusals: r.refusals }));";
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      encoding: "utf8",
      env: { ...process.env, TSX_DISABLE_CACHE: "1" },
    });
    if (child.status !== 0) {
      console.info(
        `probe: skipped the unreadable-file row: cannot read the folder as nobody here (${child.stderr.split("\n")[0]})`,
      );
      return context.skip();
    }
    const result = JSON.parse(child.stdout) as {
      articles: string[];
      refusals: { file: string; code: string; reason: string }[];
    };
    expect(result.articles).toEqual(["good.txt"]);
    expect(result.refusals).toEqual([
      expect.objectContaining({
        file: "locked.txt",
        code: "unreadable",
        reason: expect.stringMatching(/locked\.txt.*permission/),
      }),
    ]);
  });

  it("a sparse file over the limit is refused from its size, without reading it", () => {
    const dir = corpusWith((d) => {
      writeFileSync(join(d, "huge.txt"), "");
      truncateSync(join(d, "huge.txt"), 64 * 1024 * 1024 * 1024);
    });
    expectRefused(dir, "huge.txt", "too-large", /64\.0 GiB|65536\.0 MiB|over the/);
  });

  it("a file whose stat size is 0 but whose content streams is read only to one byte past the limit", () => {
    // /proc files report size 0 and produce content on read: the reader must count bytes, not trust stat.
    const read = readBounded("/proc/self/status", 100);
    expect(read).toEqual({ problem: "too-large", size: null });
    expect(readBounded("/dev/zero", 1024)).toMatchObject({ problem: "not-a-file" });
  });

  it.each<[string, string | Buffer, string | null]>([
    ["a newline", "a\nb.txt", "name"],
    ["an ANSI escape", "\u001b[31mred.txt", "name"],
    ["a right-to-left override", "\u202etxt.exe.txt", "name"],
    ["bytes that are not UTF-8", Buffer.from([0x62, 0xe9, 0x2e, 0x74, 0x78, 0x74]), "name"],
    ["spaces, quotes and accents", "L'accord « historique » été.txt", null],
    ["an emoji", "😀.txt", null],
  ])("a file named with %s gets refusal code %s (null: admitted)", (_what, name, code) => {
    const dir = corpusWith((d) => {
      const path = typeof name === "string" ? join(d, name) : Buffer.concat([Buffer.from(`${d}/`), name]);
      writeFileSync(
        path,
        "Le président russe a reçu son homologue japonais à Moscou pour parler de coopération.\n".repeat(3),
      );
    });
    const result = readCorpusFolder(dir);
    expect(result.articles.map((a) => a.meta.file)).toContain("good.txt");
    const others = [...result.articles.map((a) => ({ file: a.meta.file, code: null })), ...result.refusals].filter(
      (x) => x.file !== "good.txt",
    );
    expect(others, `${JSON.stringify(String(name))}`).toHaveLength(1);
    expect(others[0]!.code).toBe(code);
    // Every message prints on one line, with no control or override character.
    for (const line of [...result.refusals.map((r) => r.reason), ...result.notices]) {
      // eslint-disable-next-line no-control-regex -- what a message must never contain
      expect(line, line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it("a sub-folder named like an article is ignored with a notice, not read", () => {
    const dir = corpusWith((d) => mkdirSync(join(d, "folder.txt")));
    const result = readCorpusFolder(dir);
    expect(result.refusals).toEqual([]);
    expect(result.notices.join("\n")).toContain("folder.txt/");
  });
});
