#!/usr/bin/env node
// Entry shim: runs the TypeScript CLI through tsx's loader so `npx entente` works right after `npm ci`, no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
