import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, idOf } from "@/lib/testing/actors";
import { importComplaintLedger } from "@/lib/data/complaint-import";
import { listComplaints } from "@/lib/data/complaints";

const header = ["编号", "渠道", "渠道编号", "收到时间", "区", "街道", "居住区", "类别", "投诉人", "联系电话", "投诉内容", "状态", "办理结果", "答复时间"];
let serial = 0;
/** A ledger row; every row gets its own channel reference unless given one. */
function row(over: Partial<Record<string, string>> = {}): string[] {
  serial += 1;
  const base: Record<string, string> = {
    编号: `旧-${serial}`, 渠道: "市长热线", 渠道编号: `IMP-${Date.now()}-${serial}`, 收到时间: "2026-03-05 14:30", 区: "", 街道: "", 居住区: "海城花园小区",
    类别: "电梯、锅炉安全", 投诉人: "钱导入", 联系电话: "13800001111", 投诉内容: `台账导入测试：电梯困人 ${serial}`, 状态: "", 办理结果: "", 答复时间: "",
  };
  return header.map((h) => over[h] ?? base[h]!);
}
const source = { fileName: "台账.csv", bytes: 1000 };
const complaints = () => db.complaint.count();

describe("complaint ledger import", () => {
  it("creates full complaints: numbers, routing, deadlines, timeline, one audit row, counts and search", async () => {
    const street = await actorFor("street.clerk");
    const yearBefore = await db.complaintYearCount.aggregate({ _sum: { count: true }, where: { year: 2026, streetId: street.orgId } });
    const auditBefore = await db.auditLog.count({ where: { action: "complaint.import" } });
    const unique = `独有词${Date.now()}`;
    const result = await importComplaintLedger(street, [
      header,
      row({ 投诉内容: `楼道电梯困人 ${unique}` }),
      row({ 状态: "已结案", 办理结果: "已更换电梯控制板", 答复时间: "2026-03-10 09:00" }),
      row({ 状态: "办理中", 居住区: "红军街小区" }),
    ], source);
    expect(result).toMatchObject({ ok: true, created: 3 });
    if (!result.ok) return;
    expect(result.firstRef).toMatch(/^TS-\d{4}-\d{6}$/);

    const rows = await db.complaint.findMany({ where: { ref: { gte: result.firstRef, lte: result.lastRef } }, orderBy: { ref: "asc" }, include: { events: true } });
    expect(rows).toHaveLength(3);
    const [open, closed, accepted] = rows;
    expect(open!.status).toBe("REGISTERED");
    expect(open!.registeredOrgId).toBe(street.orgId);
    expect(open!.handlerOrgId).toBe(street.orgId);
    expect(open!.receivedAt.toISOString()).toBe("2026-03-05T06:30:00.000Z");
    expect(open!.currentDueDate).toBe(open!.acceptDueDate);
    expect(open!.acceptDueDate > "2026-03-05").toBe(true);
    expect(open!.matchedDutyCode).toBe("ELEVATOR_BOILER");
    expect(open!.proposedOrgId).toBe(await idOf("organisation", "哈尔滨市质量技术监督局"));
    expect(open!.events.map((e) => e.kind)).toEqual(["IMPORTED"]);
    expect(open!.events[0]!.note).toContain("台账.csv｜#2");
    expect(closed!.status).toBe("CLOSED");
    expect(closed!.result).toBe("已更换电梯控制板");
    expect(closed!.currentDueDate).toBeNull();
    expect(closed!.closedAt?.toISOString()).toBe("2026-03-10T01:00:00.000Z");
    expect(accepted!.status).toBe("ACCEPTED");
    expect(accepted!.handleDueDate).not.toBeNull();
    expect(accepted!.currentDueDate).toBe(accepted!.handleDueDate);

    expect(await db.auditLog.count({ where: { action: "complaint.import" } })).toBe(auditBefore + 1);
    const yearAfter = await db.complaintYearCount.aggregate({ _sum: { count: true }, where: { year: 2026, streetId: street.orgId } });
    expect((yearAfter._sum.count ?? 0) - (yearBefore._sum.count ?? 0)).toBe(3);
    const found = await listComplaints(street, { sort: "recent", q: unique }, { size: 5 });
    expect(found.rows.map((r) => r.ref)).toEqual([open!.ref]);
  });

  it("writes nothing when any row is wrong, and reports each problem by row and column", async () => {
    const street = await actorFor("street.clerk");
    const before = await complaints();
    const result = await importComplaintLedger(street, [header, row(), row({ 收到时间: "2026-02-30" }), row({ 居住区: "兆麟公园小区" })], source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 3, column: "receivedAt", code: "impossibleDate", value: "2026-02-30" },
      { row: 4, column: "area", code: "areaOutOfScope", value: "兆麟公园小区" },
    ]);
    expect(await complaints()).toBe(before);
  });

  it("refuses a channel reference already registered", async () => {
    const street = await actorFor("street.clerk");
    const first = row();
    expect((await importComplaintLedger(street, [header, first], source)).ok).toBe(true);
    const before = await complaints();
    const again = await importComplaintLedger(street, [header, row(), [...first]], source);
    expect(again).toMatchObject({ ok: false, errors: [{ row: 3, column: "channelRef", code: "duplicateInDatabase" }] });
    expect(await complaints()).toBe(before);
  });

  it("lets the housing bureau import for the whole city, registered by each area's street office", async () => {
    const bureau = await actorFor("bureau.clerk");
    const result = await importComplaintLedger(bureau, [header, row({ 居住区: "兆麟公园小区", 区: "道里区" })], source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = await db.complaint.findUniqueOrThrow({ where: { ref: result.firstRef } });
    expect(c.registeredOrgId).toBe(await idOf("organisation", "兆麟街道办事处"));
    expect(c.handlerOrgId).toBe(c.registeredOrgId);
  });

  it("refuses organisations without the permission before reading anything, as not found", async () => {
    const before = await complaints();
    for (const username of ["community.clerk", "company.clerk", "dept.clerk", "district.leader", "admin"]) {
      const actor = await actorFor(username);
      await expect(importComplaintLedger(actor, [header, row()], source)).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === "notFound");
    }
    expect(await complaints()).toBe(before);
  });
});
