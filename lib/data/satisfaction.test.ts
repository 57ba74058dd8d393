// Return visits (with reopen) and the resident's own rating on the seeded demo city.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import { lookUpForResident, rateAsResident, recordReturnVisit } from "@/lib/data/satisfaction";

async function closedUnrated(streetName: string) {
  const street = await db.organisation.findFirstOrThrow({ where: { name: streetName } });
  return db.complaint.findFirstOrThrow({ where: { streetId: street.id, status: "CLOSED", satisfaction: null, residentRatedAt: null }, orderBy: { id: "desc" } });
}

describe("return visit", () => {
  it("a dissatisfied return visit reopens the complaint in one step, with its rating and timeline rows", async () => {
    const clerk = await actorFor("street.clerk");
    const c = await closedUnrated("花园街道办事处");
    const r = await recordReturnVisit(clerk, c.id, { method: "PHONE", rating: "DISSATISFIED", comment: "仍然漏水", reopen: true, version: c.version });
    expect(r.reopened).toBe(true);
    const after = await db.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { ratings: true, events: { orderBy: { id: "desc" }, take: 2 } } });
    expect(after).toMatchObject({ status: "ACCEPTED", reopenCount: 1, satisfaction: "DISSATISFIED", satisfactionSource: "RETURN_VISIT", closedAt: null });
    expect(after.currentDueDate).not.toBeNull();
    expect(after.ratings).toHaveLength(1);
    expect(after.events.map((e) => e.kind).sort()).toEqual(["REOPENED", "RETURN_VISIT"]);
  });

  it("another street, or a complaint not closed, is refused and nothing is written", async () => {
    const other = await actorFor("zhaolin.clerk");
    const c = await closedUnrated("花园街道办事处");
    await expect(recordReturnVisit(other, c.id, { method: "PHONE", rating: "SATISFIED", comment: "", reopen: false, version: c.version })).rejects.toMatchObject({ code: "notFound" });
    const open = await db.complaint.findFirstOrThrow({ where: { status: "IN_PROGRESS", registeredOrg: { name: "花园街道办事处" } } });
    await expect(recordReturnVisit(await actorFor("street.clerk"), open.id, { method: "PHONE", rating: "SATISFIED", comment: "", reopen: false, version: open.version })).rejects.toMatchObject({ code: "invalidTransition" });
    expect(await db.complaintRating.count({ where: { complaintId: { in: [c.id, open.id] } } })).toBe(0);
  });
});

describe("the resident's own rating", () => {
  it("a wrong pair reveals nothing; the right pair shows the result; rating is once and wins over a later return visit", async () => {
    const c = await closedUnrated("兆麟街道办事处");
    const suffix = c.residentPhone.slice(-4);
    const wrong = String((Number(suffix) + 1) % 10000).padStart(4, "0");
    expect(await lookUpForResident({ ref: c.ref, phoneSuffix: wrong }, "10.0.0.1")).toEqual({ ok: false, reason: "notFound" });
    expect(await lookUpForResident({ ref: "TS-2000-999999", phoneSuffix: suffix }, "10.0.0.1")).toEqual({ ok: false, reason: "notFound" });
    const found = await lookUpForResident({ ref: c.ref.toLowerCase(), phoneSuffix: suffix }, "10.0.0.1");
    expect(found).toMatchObject({ ok: true, view: { ref: c.ref, stage: "CLOSED", canRate: true, rated: false } });
    expect(JSON.stringify(found)).not.toContain(c.residentName);

    expect(await rateAsResident({ ref: c.ref, phoneSuffix: suffix, rating: "BASICALLY_SATISFIED", comment: "" }, "10.0.0.1")).toMatchObject({ ok: true, view: { rated: true, canRate: false } });
    expect(await rateAsResident({ ref: c.ref, phoneSuffix: suffix, rating: "DISSATISFIED", comment: "" }, "10.0.0.1")).toEqual({ ok: false, reason: "alreadyRated" });

    const clerk = await actorFor("zhaolin.clerk");
    const now = await db.complaint.findUniqueOrThrow({ where: { id: c.id } });
    await recordReturnVisit(clerk, c.id, { method: "PHONE", rating: "DISSATISFIED", comment: "", reopen: false, version: now.version });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ satisfaction: "BASICALLY_SATISFIED", satisfactionSource: "RESIDENT" });
  });

  it("five failures from one address refuse even the right pair for a while", async () => {
    const c = await closedUnrated("新阳路街道办事处");
    const suffix = c.residentPhone.slice(-4);
    const wrong = String((Number(suffix) + 1) % 10000).padStart(4, "0");
    for (let i = 0; i < 5; i++) expect((await lookUpForResident({ ref: c.ref, phoneSuffix: wrong }, "10.9.9.9")).ok).toBe(false);
    expect(await lookUpForResident({ ref: c.ref, phoneSuffix: suffix }, "10.9.9.9")).toEqual({ ok: false, reason: "rateLimited" });
    // The same reference from another address is refused too: five failures for that reference.
    expect(await lookUpForResident({ ref: c.ref, phoneSuffix: suffix }, "10.9.9.10")).toEqual({ ok: false, reason: "rateLimited" });
  });
});

describe("public look-up attempts", () => {
  it("are pruned after a day", async () => {
    await db.publicRatingAttempt.create({ data: { ip: "10.7.7.7", ref: "TS-2000-000001", success: false, createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000) } });
    await lookUpForResident({ ref: "TS-2000-000002", phoneSuffix: "0000" }, "10.7.7.8");
    expect(await db.publicRatingAttempt.count({ where: { ip: "10.7.7.7" } })).toBe(0);
  });
});
