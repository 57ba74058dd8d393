#!/usr/bin/env node
// `npm run dev`: the development server on the same data folder as `npm start`.
import path from "node:path";
import { configureEnv, ensureDataDir, ensureDependencies, migrateAndSeed, root, run } from "./lib.mjs";

const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
ensureDependencies();
configureEnv(dataDir);
ensureDataDir(dataDir);
migrateAndSeed({ demo: true });
run("npx", ["next", "dev", "-p", process.env.PORT ?? "3000"]);
