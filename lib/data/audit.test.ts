// The audit log's hash chain on the test database: rows written by the data layer link up, and
// a row changed behind the application's back (through the file, around the triggers) is found.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databasePath } from "@/lib/config";
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
    const file = new Database(databasePath());
    const setSummary = (summary: string) => {
      // Around the append-only triggers, as someone with the database file could.
      const triggers = file.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditLog'`).all() as { name: string; sql: string }[];
      file.transaction(() => {
        for (const t of triggers) file.exec(`DROP TRIGGER "${t.name}"`);
        file.prepare(`UPDATE AuditLog SET summary = ? WHERE id = ?`).run(summary, target.id);
        for (const t of triggers) file.exec(t.sql);
      })();
    };
    try {
      setSummary("改过的内容");
      expect(await verifyAuditChain(2)).toMatchObject({ ok: false, brokenAt: target.id });
    } finally {
      setSummary(target.summary);
      file.close();
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
