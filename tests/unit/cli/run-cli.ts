/** Test helper: run the real `entente` command line in a child process. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export function runCli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/entente.js`, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
