#!/usr/bin/env node
// The server Playwright tests against: the production build on a throwaway database,
// migrated and seeded fresh on every run (data/e2e/).
import fs from "node:fs";
import path from "node:path";
import { configureEnv, ensureDataDir, log, migrateAndSeed, root, run, serverNodeOptions } from "./lib.mjs";

const port = process.argv[2] ?? "3100";
const dataDir = path.join(root, "data", "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
configureEnv(dataDir, port);
process.env.NEXTAUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
ensureDataDir(dataDir);
migrateAndSeed({ demo: true });
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first (npm test does).");
  process.exit(1);
}
log(`e2e server on port ${port}, data in ${path.relative(root, dataDir)}`);
// The browser's requests come from 127.0.0.1, which is also the "proxy" that security.spec.ts
// sends X-Forwarded-For through; 127.0.0.2 stands for a client that is not a proxy.
run(process.execPath, ["scripts/server.mjs", "-p", port, "-H", "127.0.0.1"], {
  env: { ...process.env, NODE_ENV: "production", E2E: "1", NODE_OPTIONS: serverNodeOptions(), TRUSTED_PROXIES: "127.0.0.1" },
});
