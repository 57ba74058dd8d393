// Vitest global set-up: one throwaway database, migrated and seeded with the demo city, for
// the data-layer tests (data/test/). Unit tests of pure rules do not touch it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export default function setup(): void {
  const dir = path.resolve("data", "test");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, "liandong.db")}` };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
  process.env.DATA_DIR = env.DATA_DIR;
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
}
