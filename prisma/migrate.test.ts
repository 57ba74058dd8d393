// The offline migration workaround (prisma/migrate-adapter.ts): migrating an empty database
// from scratch with the real CLI, and the two engine defects it patches.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrationAdapter } from "./migrate-adapter";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liandong-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("offline migrations", () => {
  it("`prisma migrate deploy` builds an empty database from the committed migrations", () => {
    const file = path.join(dir, "fresh.db");
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => (r as { name: string }).name);
      for (const t of ["Organisation", "ResidentialArea", "User", "DutyCategory", "AuditLog", "_prisma_migrations"]) expect(tables).toContain(t);
      const applied = db.prepare(`SELECT migration_name, finished_at FROM _prisma_migrations`).all() as { finished_at: string | null }[];
      const folders = fs.readdirSync(path.join(__dirname, "migrations")).filter((f) => /^\d+_/.test(f));
      expect(applied).toHaveLength(folders.length);
      expect(applied.every((m) => m.finished_at)).toBe(true);
      expect((db.prepare("PRAGMA journal_mode").get() as { journal_mode: string }).journal_mode).toBe("wal");
    } finally {
      db.close();
    }
    // A second deploy on the same file finds nothing to do and keeps it.
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
  }, 120_000);

  it("the audit log refuses updates and deletes", () => {
    const file = path.join(dir, "fresh.db");
    const db = new Database(file);
    try {
      db.prepare(`INSERT INTO AuditLog (action, entity) VALUES ('test', 'Test')`).run();
      expect(() => db.prepare(`UPDATE AuditLog SET action = 'changed'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM AuditLog`).run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it("the adapter runs multi-statement scripts through executeRaw and creates the bookkeeping table", async () => {
    const file = path.join(dir, "adapter.db");
    const adapter = await migrationAdapter(`file:${file}`).connect();
    try {
      await adapter.executeRaw({ sql: "CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER);", args: [], argTypes: [] });
      const result = await adapter.queryRaw({ sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", args: [], argTypes: [] });
      expect(result.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["_prisma_migrations", "a", "b"]));
    } finally {
      await adapter.dispose();
    }
  });
});
