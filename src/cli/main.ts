/** The `entente` command line: one sub-command per job, each in its own module under `commands/`. */
import { Command } from "commander";
import { registerBuildCommand } from "./commands/build.ts";
import { registerCalibrateCommand } from "./commands/calibrate.ts";
import { registerCurateCommand } from "./commands/curate.ts";
import { registerEvalCommand } from "./commands/eval.ts";
import { registerExportCommand } from "./commands/export.ts";
import { registerServeCommand } from "./commands/serve.ts";

const program = new Command()
  .name("entente")
  .description("Turn French news articles into a typed, sourced graph of states and leaders; evaluate and export it.")
  .version("0.1.0")
  .showHelpAfterError();

registerBuildCommand(program);
registerCurateCommand(program);
registerEvalCommand(program);
registerCalibrateCommand(program);
registerExportCommand(program);
registerServeCommand(program);


await program.parseAsync(process.argv);
