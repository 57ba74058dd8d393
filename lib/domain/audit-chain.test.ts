import { describe, expect, it } from "vitest";
import { auditHash, checkChain, type ChainedAuditRow } from "@/lib/domain/audit-chain";

function chain(n: number): ChainedAuditRow[] {
  const rows: ChainedAuditRow[] = [];
  let prev = "";
  for (let i = 1; i <= n; i++) {
    const row = { id: i, at: new Date(Date.UTC(2026, 11, 6, 8, 0, i)), actorUserId: 7, actorOrgId: 3, actorName: "张三", action: "complaint.register", entity: "Complaint", entityId: String(100 + i), summary: "", details: JSON.stringify({ n: i }), ip: "10.0.0.1" };
    const hash = auditHash(prev, row);
    rows.push({ ...row, hash });
    prev = hash;
  }
  return rows;
}

describe("the audit log's hash chain", () => {
  it("an untouched chain checks out and ends at the last row's hash", () => {
    const rows = chain(5);
    expect(checkChain("", rows)).toEqual({ ok: true, lastHash: rows[4]!.hash, checked: 5, unchained: 0 });
  });

  it("each row's hash depends on every field and on the row before", () => {
    const [row] = chain(1);
    const base = auditHash("", row!);
    expect(auditHash("x", row!)).not.toBe(base);
    for (const field of ["actorName", "action", "entityId", "summary", "details", "ip"] as const) {
      expect(auditHash("", { ...row!, [field]: `${row![field]}!` }), field).not.toBe(base);
    }
    expect(auditHash("", { ...row!, actorUserId: null })).not.toBe(base);
    expect(auditHash("", { ...row!, at: new Date(row!.at.getTime() + 1) })).not.toBe(base);
    expect(auditHash("", { ...row!, id: 2 })).not.toBe(base);
  });

  it("an edited row is found", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, summary: "改过" };
    expect(checkChain("", rows)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("a deleted row is found at the row after it", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(checkChain("", rows)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("a row whose hash was blanked is found", () => {
    const rows = chain(5);
    rows[3] = { ...rows[3]!, hash: "" };
    expect(checkChain("", rows)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it("rows written before the chain began (no hash) are allowed only before the first chained row, and counted", () => {
    const legacy = [1, 2].map((id) => ({ ...chain(1)[0]!, id, hash: "" }));
    const rows = chain(3).map((r) => ({ ...r, id: r.id + 2 }));
    const rechained: ChainedAuditRow[] = [];
    let prev = "";
    for (const r of rows) { const hash = auditHash(prev, r); rechained.push({ ...r, hash }); prev = hash; }
    expect(checkChain("", [...legacy, ...rechained])).toEqual({ ok: true, lastHash: prev, checked: 5, unchained: 2 });
  });

  it("checks in batches: the last hash of one batch starts the next", () => {
    const rows = chain(6);
    const first = checkChain("", rows.slice(0, 3));
    expect(first.ok).toBe(true);
    expect(checkChain(first.ok ? first.lastHash : "", rows.slice(3))).toMatchObject({ ok: true, checked: 3 });
  });
});
