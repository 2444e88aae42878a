/**
 * `entente serve [DIR]`: the explorer on a project folder of one's own. Rebuilds `DIR/graph.json` when stale, serves
 * the explorer's static build (`dist/`, built with Vite first when missing) and the folder's data on 127.0.0.1,
 * prints the URL with the run's token, and saves review decisions and added articles into the folder.
 * Why the static build and not Vite's dev server: it is what users run (`npm run build`), it starts in milliseconds
 * once built, and the server stays ours alone, so every route and check is in `src/server/`.
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError, type Command } from "commander";
import { projectFolder } from "../../curation/project.ts";
import { buildInChildProcess, isGraphStale } from "../../server/rebuild.ts";
import { startServer } from "../../server/server.ts";

const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));
export const DEFAULT_SITE = `${REPOSITORY}dist`;
export const DEFAULT_PORT = 5174;

interface ServeFlags {
  port: number;
  host: string;
  site: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve [dir]")
    .description(
      "Serve the explorer on a project folder (articles, metadata.json, curation.json, graph.json), rebuilding the graph when stale; saves review decisions and added articles into the folder.",
    )
    .option("-p, --port <n>", "port (0 = any free port)", parsePort, DEFAULT_PORT)
    .option("-H, --host <address>", "address to listen on; keep the loopback unless you mean to share it", "127.0.0.1")
    .option("--site <dir>", "the explorer's static build (made with `vite build` when missing)", DEFAULT_SITE)
    .addHelpText(
      "after",
      "\nDIR defaults to graph-data (the bundled corpus). Its articles are in DIR/articles/ when that folder exists, else in DIR.",
    )
    .action(async (dir: string | undefined, flags: ServeFlags) => {
      process.exitCode = await runServe(dir ?? "graph-data", flags);
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError("must be a port number from 0 to 65535.");
  return port;
}

async function runServe(dir: string, flags: ServeFlags): Promise<number> {
  const folder = projectFolder(dir);
  if (!existsSync(folder.dir) || !statSync(folder.dir).isDirectory()) {
    process.stderr.write(`entente serve: the folder "${dir}" does not exist. Give a folder of .txt articles.\n`);
    return 2;
  }
  if (!existsSync(`${flags.site}/index.html`)) {
    process.stderr.write(`entente serve: building the explorer into ${flags.site} (vite build)…\n`);
    const { build } = await import("vite");
    await build({
      root: REPOSITORY,
      configFile: `${REPOSITORY}vite.config.ts`,
      logLevel: "warn",
      build: { outDir: flags.site, emptyOutDir: true },
    });
  }
  if (isGraphStale(folder)) {
    process.stderr.write(`entente serve: building ${folder.graph}…\n`);
    const result = await buildInChildProcess(folder);
    process.stderr.write(result.report);
    if (!existsSync(folder.graph)) {
      process.stderr.write("entente serve: no graph could be built; fix what is reported above.\n");
      return 2;
    }
  }
  let server;
  try {
    server = await startServer({ folder, site: flags.site, host: flags.host, port: flags.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EADDRINUSE"
        ? `port ${flags.port} is in use; pass --port N (or --port 0 for any free port)`
        : (error as Error).message;
    process.stderr.write(`entente serve: cannot listen on ${flags.host}:${flags.port}: ${reason}\n`);
    return 2;
  }
  if (!["127.0.0.1", "::1", "localhost"].includes(flags.host))
    process.stderr.write(
      `entente serve: listening on ${flags.host}, not only this machine: anyone who can reach it can read the graph (writes still need the token).\n`,
    );
  process.stdout.write(
    `entente serve: the explorer on ${folder.dir}\n  ${server.pageUrl}\n(open this URL, token included, to save decisions and articles; Ctrl-C stops)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}
