#!/usr/bin/env node
// `npm start`: install what is missing, migrate and seed, build if needed, serve.
import fs from "node:fs";
import path from "node:path";
import { build, buildIsStale, configureEnv, ensureDataDir, ensureDependencies, log, migrateAndSeed, root, run, serverNodeOptions } from "./lib.mjs";

const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");

ensureDependencies();
configureEnv(dataDir, port);
ensureDataDir(dataDir);
migrateAndSeed({ demo: process.env.SEED_DEMO !== "0" });
// Orphaned uploads and expired throttle/session rows (no request is in flight yet).
run("npx", ["tsx", "--conditions=react-server", "scripts/maintenance.ts"]);
if (buildIsStale()) build();

const demo = JSON.parse(fs.readFileSync(path.join(root, "prisma", "demo-users.json"), "utf8"));
log(`Liandong is starting on http://localhost:${port}`);
console.log(`
  Demo sign-ins (DEMO ONLY — the demo city is seeded into an empty database):
  password for every demo user: ${demo.password}
${demo.users.map((u) => `    ${u.username.padEnd(18)} ${u.org}（${u.position}）`).join("\n")}
`);
run(process.execPath, ["scripts/server.mjs", "-p", port], { env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions() } });
