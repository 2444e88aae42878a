/**
 * The `entente` command line: one sub-command per job, each in its own module under `commands/`. Exit codes are
 * the same for every command (`output.ts`): 0 ok, 1 input refused, 2 usage or output error, 70 internal error.
 */
import { Command, CommanderError } from "commander";
import { registerBuildCommand } from "./commands/build.ts";
import { registerCalibrateCommand } from "./commands/calibrate.ts";
import { registerCurateCommand } from "./commands/curate.ts";
import { registerEvalCommand } from "./commands/eval.ts";
import { registerExportCommand } from "./commands/export.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { EXIT, guardStdout } from "./output.ts";

guardStdout();

const program = new Command()
  .name("entente")
  .description("Turn French news articles into a typed, sourced graph of states and leaders; evaluate and export it.")
  .version("0.1.0")
  .showHelpAfterError()
  // Commander exits 1 on a usage error, which would read as "input refused": throw instead, and exit 2 below.
  // Set before the sub-commands are added, which inherit it.
  .exitOverride();

registerBuildCommand(program);
registerCurateCommand(program);
registerEvalCommand(program);
registerCalibrateCommand(program);
registerExportCommand(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the message (or the help, or the version, which exit 0).
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usageOrOutput;
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`entente: internal error (a bug; please report it with this message):\n${detail}\n`);
    process.exitCode = EXIT.internal;
  }
}
