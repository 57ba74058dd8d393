import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, idOf } from "@/lib/testing/actors";
import { amendAccountability, decideAccountability, explainAccountability, getAccountability, listAccountability, openAccountability } from "@/lib/data/accountability";
import { buckPassingSignals } from "@/lib/data/buck-passing";
import { petitionsForReview } from "@/lib/data/petitions";
import { supervisionOfOrg, supervisionOverview, supervisionSummary } from "@/lib/data/supervision";
import type { Actor } from "@/lib/scope";

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

async function bouncedRef(): Promise<string> {
  return (await db.complaint.findFirstOrThrow({ where: { description: { startsWith: "5号楼楼顶加建彩钢房" } }, select: { ref: true } })).ref;
}

describe("supervision data", () => {
  /** Every matter of the actor's supervision: each organisation's list, opened from the overview. */
  async function allItems(actor: Actor) {
    const view = await supervisionOverview(actor);
    return Promise.all(view.orgs.map(async (o) => ({ totals: o, of: await supervisionOfOrg(actor, o.org.id) })));
  }

  it("the street, its district and the city see the overdue bounced complaint; another district does not", async () => {
    const ref = await bouncedRef();
    const refsOf = async (username: string) => (await allItems(await actorFor(username))).flatMap((o) => o.of.group.items.map((i) => i.ref));
    for (const user of ["street.clerk", "district.leader", "bureau.leader"]) expect(await refsOf(user), user).toContain(ref);
    expect(await refsOf("daoli.leader")).not.toContain(ref);
    // Asked for by organisation, another district's matters stay out of its view.
    const enforcement = await db.organisation.findFirstOrThrow({ where: { name: "哈尔滨市城市管理行政执法局" } });
    expect((await supervisionOfOrg(await actorFor("daoli.leader"), enforcement.id)).group.items.map((i) => i.ref)).not.toContain(ref);
    await expectCode(supervisionOverview(await actorFor("company.clerk")), "notFound");
    await expectCode(supervisionOfOrg(await actorFor("company.clerk"), enforcement.id), "notFound");
    await expectCode(supervisionOfOrg(await actorFor("street.clerk"), 999_999), "notFound");
  });

  it("each organisation's numbers equal its list, and the overview's totals are their sums", async () => {
    for (const user of ["street.clerk", "district.leader", "bureau.leader"]) {
      const actor = await actorFor(user);
      const [view, orgs] = await Promise.all([supervisionOverview(actor), allItems(actor)]);
      expect(orgs.length, user).toBeGreaterThan(1);
      for (const { totals, of } of orgs) {
        expect(of.truncated).toBe(false);
        expect(of.group.overdue, `${user} ${totals.org.name}`).toBe(totals.overdue);
        expect(of.dueSoon, `${user} ${totals.org.name}`).toBe(totals.dueSoon);
      }
      expect(view.overdue).toBe(orgs.reduce((n, o) => n + o.totals.overdue, 0));
      expect(view.dueSoon).toBe(orgs.reduce((n, o) => n + o.totals.dueSoon, 0));
      // The most overdue first, by organisation.
      expect(view.orgs.map((o) => o.overdue)).toEqual([...view.orgs.map((o) => o.overdue)].sort((a, b) => b - a));
    }
  });

  it("groups by the organisation that must act and counts overdue working days", async () => {
    const actor = await actorFor("street.clerk");
    const enforcement = (await supervisionOverview(actor)).orgs.find((o) => o.org.name === "哈尔滨市城市管理行政执法局")!;
    const item = (await supervisionOfOrg(actor, enforcement.org.id)).group.items.find((i) => i.title.startsWith("5号楼楼顶"))!;
    expect(item.urgency.state).toBe("OVERDUE");
    expect(item.heldBy).toEqual(["花园街道办事处", "哈尔滨市城市管理行政执法局", "哈尔滨市城乡建设委员会", "哈尔滨市城市管理行政执法局"]);
  });

  it("the overview and the home summary count the same, and both show the most overdue first", async () => {
    for (const user of ["street.clerk", "district.leader", "bureau.leader"]) {
      const actor = await actorFor(user);
      const [view, summary, orgs] = await Promise.all([supervisionOverview(actor), supervisionSummary(actor), allItems(actor)]);
      expect(summary!.overdue, user).toBe(view.overdue);
      expect(summary!.dueSoon, user).toBe(view.dueSoon);
      expect(summary!.overdue, user).toBeGreaterThan(0);
      const every = orgs.flatMap((o) => o.of.group.items);
      const mostOverdue = every.filter((i) => i.urgency.state === "OVERDUE").map((i) => i.due).sort().slice(0, 5);
      expect(summary!.top.map((i) => i.due), user).toEqual(mostOverdue);
      expect(summary!.top.every((i) => i.urgency.state === "OVERDUE")).toBe(true);
      expect(view.top.map((i) => i.due), user).toEqual(every.map((i) => i.due).sort().slice(0, 20));
    }
    expect(await supervisionSummary(await actorFor("company.clerk"))).toBeNull();
  });

  it("signals name the units, in scope only", async () => {
    const ref = await bouncedRef();
    const matter = (await buckPassingSignals(await actorFor("district.leader"))).find((m) => m.ref === ref)!;
    expect(matter.signals.map((s) => s.kind).sort()).toEqual(["HANDED_OVER_3X", "PING_PONG", "RETURNED_BY_2"]);
    expect(matter.signals.find((s) => s.kind === "PING_PONG")!.orgs.map((o) => o.name)).toEqual(["哈尔滨市城市管理行政执法局", "哈尔滨市城乡建设委员会"]);
    expect((await buckPassingSignals(await actorFor("daoli.leader"))).some((m) => m.ref === ref)).toBe(false);
  });

  it("a dispute whose escalation is returned a second time raises ESCALATION_BOUNCED naming both tiers", async () => {
    const returned = await db.escalation.findFirstOrThrow({ where: { status: "RETURNED" } });
    const district = await actorFor("district.leader");
    const before = (await buckPassingSignals(district)).find((m) => m.matterType === "DISPUTE" && m.id === returned.disputeId);
    expect(before?.signals.some((s) => s.kind === "ESCALATION_BOUNCED") ?? false).toBe(false);
    await db.escalation.create({
      data: {
        disputeId: returned.disputeId, fromLevel: returned.fromLevel, toLevel: returned.toLevel, fromOrgId: returned.fromOrgId, toOrgId: returned.toOrgId,
        reason: "数据层测试：再次上报", status: "RETURNED", dueDate: returned.dueDate, createdById: returned.createdById, createdByName: returned.createdByName, returnReason: "仍不属区级",
      },
    });
    const after = (await buckPassingSignals(district)).find((m) => m.matterType === "DISPUTE" && m.id === returned.disputeId)!;
    const bounced = after.signals.find((s) => s.kind === "ESCALATION_BOUNCED")!;
    expect(bounced.count).toBe(2);
    expect(bounced.orgs.map((o) => o.id)).toEqual([returned.fromOrgId, returned.toOrgId]);
  });

  it("the seeded petition follows the bounced, overdue complaint and is flagged for review", async () => {
    const ref = await bouncedRef();
    const flagged = await petitionsForReview(await actorFor("street.clerk"));
    const petition = flagged.find((p) => p.headcount === 23)!;
    expect(petition.review.map((r) => r.ref)).toContain(ref);
  });
});

describe("accountability data", () => {
  it("the bureau opens a record; the unit sees it without the persons and explains; a district cannot see it", async () => {
    const bureau = await actorFor("bureau.leader");
    const ref = await bouncedRef();
    const id = await openAccountability(bureau, {
      subjectOrgId: await idOf("organisation", "哈尔滨市质量技术监督局"), failure: "DELAY", matterRefs: ref, findings: "数据层测试：拖延", persons: [{ name: "测试人", position: "科长" }],
    });
    const unit = await actorFor("dept.clerk");
    const seen = await getAccountability(unit, id);
    expect(seen.persons).toBeNull();
    expect(seen.allowed).toEqual(["explain"]);
    expect((await getAccountability(bureau, id)).persons).toEqual([{ name: "测试人", position: "科长" }]);
    await explainAccountability(unit, id, { text: "已整改" });
    await expectCode(getAccountability(await actorFor("district.leader"), id), "notFound");
    await expectCode(decideAccountability(unit, id, { decision: "自己决定", seq: 1 }), "notFound");
    await decideAccountability(bureau, id, { decision: "约谈", seq: 1 });
    // A stale view of the history is a conflict, not a second decision.
    await expectCode(amendAccountability(bureau, id, { field: "DECISION", text: "约谈并通报", seq: 1 }), "conflict");
    await amendAccountability(bureau, id, { field: "DECISION", text: "约谈并通报", seq: 2 });
    const after = await getAccountability(bureau, id);
    expect(after).toMatchObject({ status: "DECIDED", decision: "约谈并通报", explanationCount: 1 });
    expect((await listAccountability(unit, { direction: "about" }, { size: 50 })).rows.map((r) => r.id)).toContain(id);
  });

  it("a district opens records only on its own units, and only for matters it sees", async () => {
    const district = await actorFor("district.leader");
    const ref = await bouncedRef();
    const base = { failure: "DELAY" as const, matterRefs: ref, findings: "数据层测试", persons: [] };
    await expectCode(openAccountability(district, { ...base, subjectOrgId: await idOf("organisation", "兆麟街道办事处") }), "validation");
    await expectCode(openAccountability(district, { ...base, subjectOrgId: await idOf("organisation", "花园街道办事处"), matterRefs: "TS-1999-000001" }), "validation");
    const id = await openAccountability(district, { ...base, subjectOrgId: await idOf("organisation", "花园街道办事处") });
    await expectCode(getAccountability(await actorFor("daoli.leader"), id), "notFound");
    expect((await getAccountability(await actorFor("street.clerk"), id)).persons).toBeNull();
  });

  it("records, their history and explanations are append-only", async () => {
    const row = await db.accountabilityRecord.findFirstOrThrow();
    await expect(db.accountabilityRecord.update({ where: { id: row.id }, data: { findings: "改写" } })).rejects.toThrow();
    await expect(db.accountabilityEvent.deleteMany({ where: { recordId: row.id } })).rejects.toThrow();
    await expect(db.accountabilityExplanation.updateMany({ data: { text: "改写" } })).rejects.toThrow();
  });
});
