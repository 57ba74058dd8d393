// Vitest global set-up: one throwaway database, migrated and seeded with the demo city, for
// the data-layer tests. Unit tests of pure rules do not touch it. SQLite by default (data/test/);
// with TEST_POSTGRES_URL set, a fresh PostgreSQL database liandong_unit on that server
// (docs/decisions/091).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyDatabase, freshDatabase } from "../../scripts/postgres.mjs";

export default async function setup(): Promise<void> {
  const dir = path.resolve("data", "test");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const postgres = process.env.TEST_POSTGRES_URL;
  const url = postgres ? await freshDatabase(postgres, "liandong_unit") : `file:${path.join(dir, "liandong.db")}`;
  const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
  // The permission matrix's probes really write: on a copy of their own (SQLite copies the file itself).
  if (postgres) process.env.TEST_MATRIX_DATABASE_URL = await copyDatabase(postgres, "liandong_unit", "liandong_matrix");
  process.env.DATA_DIR = env.DATA_DIR;
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
}
