// Every open matter of the seeded demo city has one owner and a running deadline, and supervision
// lists every one that is overdue or due soon (issue 12, docs/decisions/060).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/domain/complaint";
import { OPEN_DISPUTE_STATUSES } from "@/lib/domain/dispute";
import { supervisionHorizon } from "@/lib/domain/supervision";
import { actorFor, idOf } from "@/lib/testing/actors";
import { holidayCalendar, today } from "@/lib/data/calendar";
import { supervisionOfOrg, supervisionOverview } from "@/lib/data/supervision";
import { acceptComplaint, assignComplaint, closeComplaint, handleComplaint, reassignComplaint, registerComplaint, replyComplaint, returnComplaint, startComplaint } from "@/lib/data/complaints";
import { toCityDateTimeInput } from "@/lib/domain/dates";

/** Matters still open, each with the deadline that runs now (null: none — the defect this guards). */
async function openMatters() {
  const [complaints, referrals, disputes] = await Promise.all([
    db.complaint.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, select: { ref: true, status: true, currentDueDate: true, handlerOrgId: true } }),
    db.enforcementReferral.findMany({ where: { status: { not: "CLOSED" } }, select: { ref: true, status: true, currentDueDate: true } }),
    db.dispute.findMany({
      where: { status: { in: [...OPEN_DISPUTE_STATUSES] } },
      select: {
        ref: true, status: true, currentDueDate: true,
        escalations: { where: { status: "PENDING" }, select: { dueDate: true } },
        resolutions: { where: { status: { not: "CONFIRMED" } }, select: { dueDate: true } },
      },
    }),
  ]);
  return [
    ...complaints.map((c) => ({ ref: c.ref, status: `complaint ${c.status}`, due: c.currentDueDate })),
    ...referrals.map((r) => ({ ref: r.ref, status: `referral ${r.status}`, due: r.currentDueDate })),
    ...disputes.map((d) => ({
      ref: d.ref, status: `dispute ${d.status}`,
      // While escalated the escalation's deadline runs; while implementing, its resolutions'.
      due: d.status === "ESCALATED" ? d.escalations[0]?.dueDate ?? null : d.status === "IMPLEMENTING" ? d.resolutions.map((r) => r.dueDate).sort()[0] ?? null : d.currentDueDate,
    })),
  ];
}

describe("running deadlines", () => {
  it("every open matter of the demo city has a running deadline, in every waiting state", async () => {
    const matters = await openMatters();
    const statuses = new Set(matters.map((m) => m.status));
    // The demo city has matters in each state the issue found without a deadline.
    for (const s of ["complaint HANDLED", "complaint REPLIED", "referral OUTCOME_REPORTED", "referral RETURNED", "dispute PENDING_MEETING", "dispute UNRESOLVED", "dispute RETURNED"]) {
      expect(statuses, s).toContain(s);
    }
    expect(matters.filter((m) => m.due === null)).toEqual([]);
  });

  it("supervision lists every matter of the city that is overdue or due soon, new waiting states included", async () => {
    const bureau = await actorFor("bureau.leader");
    const horizon = supervisionHorizon(today(), await holidayCalendar());
    const view = await supervisionOverview(bureau);
    const listed = new Set((await Promise.all(view.orgs.map((o) => supervisionOfOrg(bureau, o.org.id)))).flatMap((o) => o.group.items.map((i) => `${i.type} ${i.ref}`)));
    const due = await Promise.all([
      db.complaint.findMany({ where: { status: { in: [...OPEN_STATUSES] }, currentDueDate: { lte: horizon } }, select: { ref: true } }),
      db.enforcementReferral.findMany({ where: { status: { not: "CLOSED" }, currentDueDate: { lte: horizon } }, select: { ref: true } }),
      db.dispute.findMany({ where: { currentDueDate: { lte: horizon } }, select: { ref: true, status: true } }),
    ]);
    const expected = [...due[0].map((c) => `COMPLAINT ${c.ref}`), ...due[1].map((r) => `REFERRAL ${r.ref}`), ...due[2].map((d) => `DISPUTE ${d.ref}`)];
    expect(expected.length).toBeGreaterThan(0);
    for (const item of expected) expect(listed, item).toContain(item);
    // The demo's overdue acknowledgement-free states show up: a dispute waiting on its holder.
    expect([...listed].some((i) => i.startsWith("DISPUTE "))).toBe(true);
  });

  it("a complaint's steps each set the next deadline: returned → reassign, handled → reply, replied → close", async () => {
    const street = await actorFor("street.clerk");
    const dept = await actorFor("dept.clerk");
    const id = await registerComplaint(street, {
      channel: "HOTLINE_12319", channelRef: "", receivedAt: toCityDateTimeInput(new Date()), residentName: "钱期限", residentPhone: "13812340000",
      areaId: await idOf("residentialArea", "海城花园小区"), categoryId: (await db.dutyCategory.findUniqueOrThrow({ where: { code: "ELEVATOR_BOILER" } })).id, aboutOrgId: null,
      description: `期限测试：电梯按钮失灵 ${Math.random()}`, duplicateOfId: null,
    }, []);
    const row = () => db.complaint.findUniqueOrThrow({ where: { id } });
    await acceptComplaint(street, id, (await row()).version);
    await assignComplaint(street, id, { orgId: dept.orgId, overrideReason: "", version: (await row()).version });
    await returnComplaint(dept, id, { reason: "不属本单位职责", version: (await row()).version });
    const returned = await row();
    expect(returned.stepDueDate).not.toBeNull();
    expect(returned.currentDueDate).toBe(returned.stepDueDate! < returned.handleDueDate! ? returned.stepDueDate : returned.handleDueDate);
    await reassignComplaint(street, id, { orgId: dept.orgId, reason: "经核实属电梯安全", version: returned.version });
    await startComplaint(dept, id, (await row()).version);
    await handleComplaint(dept, id, { result: "已修复", version: (await row()).version });
    const handled = await row();
    expect([handled.status, handled.handlerOrgId]).toEqual(["HANDLED", street.orgId]);
    expect(handled.currentDueDate).toBe(handled.stepDueDate);
    expect(handled.currentDueDate! >= today()).toBe(true);
    await replyComplaint(street, id, { method: "PHONE", repliedAt: toCityDateTimeInput(new Date()), note: "电话告知。", version: handled.version });
    const replied = await row();
    expect(replied.status).toBe("REPLIED");
    expect(replied.currentDueDate).toBe(replied.stepDueDate);
    await closeComplaint(street, id, replied.version);
    expect((await row()).currentDueDate).toBeNull();
  });
});
