#!/usr/bin/env node
// Deletes the local database and re-creates it from the migrations and the seed.
// (Stands in for `prisma migrate reset`, which fails with the JS schema engine: shared/stack.md.)
import fs from "node:fs";
import path from "node:path";
import { configureEnv, ensureDataDir, log, migrateAndSeed, root } from "./lib.mjs";

const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
configureEnv(dataDir);
const file = process.env.DATABASE_URL.replace(/^file:/, "");
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
log(`Deleted ${path.relative(root, file)}.`);
ensureDataDir(dataDir);
migrateAndSeed({ demo: process.env.SEED_DEMO !== "0" });
