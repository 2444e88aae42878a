#!/usr/bin/env node
// Entry shim: runs the TypeScript CLI through tsx's loader so `npx entente` works right after `npm ci`, no build step.
//
// tsx's compile cache is switched off: it lives in a shared temporary folder (os.tmpdir()/tsx-<uid>) that another
// local user can create first and fill with compiled code, which would then run as you. tsx reads
// TSX_DISABLE_CACHE when its modules load (in this thread and in the loader-hooks thread), so it is set before tsx is
// imported; worker threads (`entente build --jobs N`) get a copy of this environment. Costs a few hundred
// milliseconds of compiling per run.
globalThis.process.env.TSX_DISABLE_CACHE = "1";
const { register } = await import("tsx/esm/api");
register();
await import("../src/cli/main.ts");
