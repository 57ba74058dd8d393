// The audit log's hash chain on the test database: rows written by the data layer link up, and
// a row changed behind the application's back (through the file, around the triggers) is found.
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseKind, databasePath, databaseUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { verifyAuditChain, writeAudit } from "@/lib/data/audit";
import { actorFor } from "@/lib/testing/actors";

describe("audit log hash chain", () => {
  it("rows written by the application check out; an edited row is found, and the chain is whole again once it is put back", async () => {
    const actor = await actorFor("street.clerk");
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) => writeAudit(tx, actor, { action: "test.chain", entity: "Test", entityId: i, summary: `第${i}条`, details: { i } }));
    }
    const before = await verifyAuditChain(2);
    expect(before).toMatchObject({ ok: true });
    expect(before.checked).toBe(await db.auditLog.count());

    const target = await db.auditLog.findFirstOrThrow({ where: { action: "test.chain", entityId: "1" } });
    // Around the append-only triggers, as someone with the database file (or PostgreSQL's owner role) could.
    const edit = databaseKind() === "postgresql" ? postgresEditor(target.id) : sqliteEditor(target.id);
    try {
      await edit.setSummary("改过的内容");
      expect(await verifyAuditChain(2)).toMatchObject({ ok: false, brokenAt: target.id });
    } finally {
      await edit.setSummary(target.summary);
      await edit.close();
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});

type Editor = { setSummary(summary: string): Promise<void>; close(): Promise<void> };

function sqliteEditor(id: number): Editor {
  const file = new Database(databasePath());
  return {
    setSummary: async (summary) => {
      const triggers = file.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditLog'`).all() as { name: string; sql: string }[];
      file.transaction(() => {
        for (const t of triggers) file.exec(`DROP TRIGGER "${t.name}"`);
        file.prepare(`UPDATE AuditLog SET summary = ? WHERE id = ?`).run(summary, id);
        for (const t of triggers) file.exec(t.sql);
      })();
    },
    close: async () => void file.close(),
  };
}

function postgresEditor(id: number): Editor {
  const client = new pg.Client({ connectionString: databaseUrl() });
  const connected = client.connect();
  return {
    setSummary: async (summary) => {
      await connected;
      await client.query("BEGIN");
      await client.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
      await client.query(`UPDATE "AuditLog" SET "summary" = $1 WHERE "id" = $2`, [summary, id]);
      await client.query(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
      await client.query("COMMIT");
    },
    close: () => client.end(),
  };
}
