#!/usr/bin/env node
// The server Playwright tests against: the production build on a throwaway database,
// migrated and seeded fresh on every run (data/e2e/).
import fs from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR, e2eServerEnv, ensureDataDir, log, migrateAndSeed, root, run } from "./lib.mjs";
import { freshDatabase } from "./postgres.mjs";

const port = process.argv[2] ?? "3100";
const env = e2eServerEnv(port);
fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
// PostgreSQL (TEST_POSTGRES_URL): the database liandong_e2e, created empty on that server.
if (process.env.TEST_POSTGRES_URL) await freshDatabase(process.env.TEST_POSTGRES_URL, "liandong_e2e");
// Migrations and the seed run in this process's environment, on the same database.
for (const name of ["DATA_DIR", "DATABASE_URL", "NEXTAUTH_URL", "NEXTAUTH_SECRET"]) process.env[name] = env[name];
ensureDataDir(E2E_DATA_DIR);
migrateAndSeed({ demo: true });
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first (npm test does).");
  process.exit(1);
}
log(`e2e server on port ${port}, data in ${path.relative(root, E2E_DATA_DIR)}${process.env.TEST_POSTGRES_URL ? ", database liandong_e2e on PostgreSQL" : ""}`);
run(process.execPath, ["scripts/server.mjs", "-p", port, "-H", "127.0.0.1"], { env });
