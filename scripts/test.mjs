#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, e2e in a real browser.
// `npm test -- --skip-e2e` stops after the build (for quick local runs).
import fs from "node:fs";
import { build, chromiumPath, CHROMIUM_HEADLESS_SHELL, ensureDependencies, hasCommand, log, run } from "./lib.mjs";

const skipE2e = process.argv.includes("--skip-e2e");

/** Debian's Chromium (its old headless shell runs the suite in less than half the time, decision 086). */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH ? fs.existsSync(process.env.CHROMIUM_PATH) : fs.existsSync(CHROMIUM_HEADLESS_SHELL)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && hasCommand("apt-get")) {
    log("Installing Chromium (and its headless shell) and CJK fonts with apt-get…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium", "chromium-headless-shell", "fonts-noto-cjk"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  if (fs.existsSync(chromiumPath())) return;
  console.error(`Chromium not found at ${chromiumPath()}: run \`sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk\` (or set CHROMIUM_PATH) and re-run npm test.`);
  process.exit(1);
}

ensureDependencies();
if (!skipE2e) ensureChromium();
log("Typecheck…");
run("npx", ["next", "typegen"]);
run("npx", ["tsc", "--noEmit", "-p", "."]);
log("Lint…");
run("npx", ["eslint", ".", "--max-warnings", "0"]);
log("Unit tests…");
run("npx", ["vitest", "run"]);
build({ typechecked: true });
if (skipE2e) process.exit(0);
log("End-to-end tests (Playwright, Chromium)…");
run("npx", ["playwright", "test"]);
log("All tests passed.");
