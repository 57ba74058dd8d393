import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDays, toCityDateTimeInput } from "@/lib/domain/dates";
import { actorFor, idOf } from "@/lib/testing/actors";
import { today } from "@/lib/data/calendar";
import { acknowledgeReferral, acceptReferral, createReferral, getReferral, listReferrals, reportOutcome, rereferReferral, returnReferral } from "@/lib/data/referrals";
import { answerRestoration, cancelWorks, getWorks, registerWorks, reportRestoration, worksInbox } from "@/lib/data/works";
import { confirmAssistTask, getOutage, outageInbox, registerOutage, restoreOutage } from "@/lib/data/outages";
import { listNotifications } from "@/lib/data/notifications";

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}
const categoryId = async (code: string) => (await db.dutyCategory.findUniqueOrThrow({ where: { code } })).id;

describe("enforcement referrals", () => {
  it("are referred, investigated, fed back and closed only when the office acknowledges", async () => {
    const street = await actorFor("street.clerk");
    const enforcer = await actorFor("enforce.clerk");
    const enforcement = await idOf("organisation", "哈尔滨市城市管理行政执法局");
    const id = await createReferral(street, {
      areaId: await idOf("residentialArea", "海城花园小区"), location: "3号楼东侧", findings: "数据层测试：一楼住户私搭乱建彩钢房约20平方米",
      categoryId: await categoryId("ENFORCEMENT_CONSTRUCTION"), departmentOrgId: enforcement, overrideReason: "",
    }, []);
    let r = await getReferral(enforcer, id);
    expect(r.status).toBe("REFERRED");
    expect(r.allowed).toEqual(["accept", "return"]);
    expect(r.feedbackDueDate > today()).toBe(true);
    await acceptReferral(enforcer, id, r.version);
    r = await getReferral(enforcer, id);
    await reportOutcome(enforcer, id, { measures: "已责令当事人限期拆除，逾期未拆除已强制拆除", penaltyDecisionNo: "哈城执罚决字〔2026〕第0123号", version: r.version }, []);
    await expectCode(acknowledgeReferral(enforcer, id, { note: "", version: (await getReferral(enforcer, id)).version }), "notFound");
    r = await getReferral(street, id);
    expect(r.status).toBe("OUTCOME_REPORTED");
    expect(r.allowed).toEqual(["acknowledge"]);
    await acknowledgeReferral(street, id, { note: "已核实", version: r.version });
    r = await getReferral(enforcer, id);
    expect(r.status).toBe("CLOSED");
    expect(r.events.map((e) => e.kind)).toEqual(["REFERRED", "ACCEPTED", "OUTCOME_REPORTED", "ACKNOWLEDGED"]);
    const inbox = await listNotifications(street, {}, { size: 50 });
    expect(inbox.rows.some((n) => n.entityId === id && n.message === "referral.outcome")).toBe(true);
  });

  it("need a reason to override the competent department; a returned referral is referred again", async () => {
    const street = await actorFor("street.clerk");
    const areaId = await idOf("residentialArea", "海城花园小区");
    const environment = await idOf("organisation", "哈尔滨市环境保护局");
    const base = { areaId, location: "小区南门", findings: "数据层测试：露天烧烤", categoryId: await categoryId("ENFORCEMENT_STREET_ORDER") };
    await expectCode(createReferral(street, { ...base, departmentOrgId: environment, overrideReason: "" }, []), "validation");
    const id = await createReferral(street, { ...base, departmentOrgId: environment, overrideReason: "油烟污染为主" }, []);
    const envActor = { ...street, orgId: environment, orgKind: "CITY_DEPARTMENT" as const, scope: { level: "ORG" as const, orgId: environment, orgKind: "CITY_DEPARTMENT" as const } };
    await returnReferral(envActor, id, { reason: "属城管执法职责", version: (await getReferral(street, id)).version });
    const enforcement = await idOf("organisation", "哈尔滨市城市管理行政执法局");
    await rereferReferral(street, id, { departmentOrgId: enforcement, reason: "改送城管执法", version: (await getReferral(street, id)).version });
    // the department that returned it keeps the record
    expect((await getReferral(envActor, id)).departmentOrg.id).toBe(enforcement);
    expect((await listReferrals(await actorFor("enforce.clerk"), { sort: "recent", q: "数据层测试：露天烧烤" }, { size: 5 })).rows.map((x) => x.id)).toEqual([id]);
    // the street finds it by its text newest first (the matches read as the list's source) and by due date (their ids)
    expect((await listReferrals(street, { sort: "recent", q: "数据层测试：露天烧烤" }, { size: 5 })).rows.map((x) => x.id)).toContain(id);
    expect((await listReferrals(street, { sort: "due", q: "数据层测试：露天烧烤" }, { size: 5 })).rows.map((x) => x.id)).toContain(id);
    expect((await listReferrals(await actorFor("street2.clerk"), { sort: "recent", q: "数据层测试：露天烧烤" }, { size: 5 })).rows).toEqual([]);
    // another street sees nothing of it
    await expectCode(getReferral(await actorFor("street2.clerk"), id), "notFound");
    await expectCode(getReferral(await actorFor("dept.clerk"), id), "notFound");
  });

  it("list for a department every referral sent to it, returned ones too, newest first or by due date, page after page", async () => {
    const street = await actorFor("street.clerk");
    const enforcer = await actorFor("enforce.clerk");
    const areaId = await idOf("residentialArea", "海城花园小区");
    const enforcement = await idOf("organisation", "哈尔滨市城市管理行政执法局");
    const environment = await idOf("organisation", "哈尔滨市环境保护局");
    const construction = await categoryId("ENFORCEMENT_CONSTRUCTION");
    for (let i = 0; i < 3; i++) {
      await createReferral(street, { areaId, location: `${i}号楼`, findings: `数据层测试：分页${i}`, categoryId: construction, departmentOrgId: enforcement, overrideReason: "" }, []);
    }
    // one the department returned and the office sent elsewhere: the department keeps it
    const returned = await createReferral(street, { areaId, location: "南门", findings: "数据层测试：退回后改送", categoryId: construction, departmentOrgId: enforcement, overrideReason: "" }, []);
    await returnReferral(enforcer, returned, { reason: "不属本局", version: (await getReferral(enforcer, returned)).version });
    await rereferReferral(street, returned, { departmentOrgId: environment, reason: "改送", version: (await getReferral(street, returned)).version });
    const envActor = { ...street, orgId: environment, orgKind: "CITY_DEPARTMENT" as const, scope: { level: "ORG" as const, orgId: environment, orgKind: "CITY_DEPARTMENT" as const } };
    const pages = async (actor: typeof street, sort: "recent" | "due") => {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listReferrals(actor, { sort }, { cursor, size: 2 });
        ids.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    for (const [actor, orgId] of [[enforcer, enforcement], [envActor, environment]] as const) {
      const sentTo = await db.enforcementReferral.findMany({ where: { events: { some: { toOrgId: orgId } } }, select: { id: true, currentDueDate: true } });
      expect(sentTo.map((r) => r.id)).toContain(returned);
      expect(await pages(actor, "recent")).toEqual(sentTo.map((r) => r.id).sort((a, b) => b - a));
      const byDue = sentTo.filter((r) => r.currentDueDate !== null).sort((a, b) => a.currentDueDate!.localeCompare(b.currentDueDate!) || a.id - b.id);
      expect(byDue.length).toBeGreaterThan(0);
      expect(await pages(actor, "due")).toEqual(byDue.map((r) => r.id));
    }
    expect((await pages(enforcer, "recent")).length).toBeGreaterThan(4);
  });
});

describe("planned works", () => {
  it("refuse a start today or in the past", async () => {
    const utility = await actorFor("utility.clerk");
    const areaIds = [await idOf("residentialArea", "海城花园小区")];
    const base = { title: "测试施工", description: "更换管线", occupies: "小区主路", contactName: "董岩", contactPhone: "13900000000", areaIds };
    await expectCode(registerWorks(utility, { ...base, startDate: today(), endDate: addDays(today(), 2) }), "validation");
    await expectCode(registerWorks(utility, { ...base, startDate: addDays(today(), 3), endDate: addDays(today(), 2) }), "validation");
  });

  it("notify the areas' property companies and owners' committees on registration; each confirms its area's restoration", async () => {
    const utility = await actorFor("utility.clerk");
    const company = await actorFor("company.clerk");
    const owners = await actorFor("owners.clerk");
    const haicheng = await idOf("residentialArea", "海城花园小区");
    const hongjun = await idOf("residentialArea", "红军街小区");
    const id = await registerWorks(utility, {
      title: "数据层测试：供热管网改造", description: "更换二次管网", occupies: "小区主路、3号楼前绿地", startDate: addDays(today(), 1), endDate: addDays(today(), 5),
      contactName: "董岩", contactPhone: "13900000000", areaIds: [haicheng, hongjun],
    });
    for (const who of [company, owners]) {
      const n = await listNotifications(who, {}, { size: 50 });
      expect(n.rows.some((x) => x.entityType === "PlannedWorks" && x.entityId === id && x.message === "works.notified")).toBe(true);
    }
    expect((await worksInbox(owners)).upcoming.map((w) => w.id)).toContain(id);
    // the utility cannot report restoration before the works start; it can cancel
    let w = await getWorks(utility, id);
    expect(w.allowed).toEqual(["cancel"]);
    await expectCode(reportRestoration(utility, id, { restoredOn: today(), note: "x", version: w.version }, []), "invalidTransition");
    // start the works in the past for the rest of the test
    await db.plannedWorks.update({ where: { id }, data: { startDate: addDays(today(), -3), endDate: addDays(today(), -1) } });
    w = await getWorks(utility, id);
    await reportRestoration(utility, id, { restoredOn: today(), note: "路面已恢复", version: w.version }, []);
    w = await getWorks(company, id);
    const mine = w.areas.find((a) => a.areaId === haicheng)!;
    expect(mine.canAnswer).toBe(true);
    expect(w.areas.find((a) => a.areaId === hongjun)!.canAnswer).toBe(false);
    await answerRestoration(company, mine.id, { confirm: false, note: "绿地未恢复", version: mine.version });
    expect((await getWorks(utility, id)).status).toBe("DISPUTED");
    w = await getWorks(utility, id);
    await reportRestoration(utility, id, { restoredOn: today(), note: "绿地已补种", version: w.version }, []);
    w = await getWorks(company, id);
    await answerRestoration(company, w.areas.find((a) => a.areaId === haicheng)!.id, { confirm: true, note: "", version: w.areas.find((a) => a.areaId === haicheng)!.version });
    const bingcheng = { ...company, orgId: w.areas.find((a) => a.areaId === hongjun)!.confirmerOrgId, scope: { level: "ORG" as const, orgId: w.areas.find((a) => a.areaId === hongjun)!.confirmerOrgId, orgKind: "PROPERTY_COMPANY" as const } };
    const other = w.areas.find((a) => a.areaId === hongjun)!;
    await answerRestoration(bingcheng, other.id, { confirm: true, note: "", version: other.version });
    w = await getWorks(utility, id);
    expect(w.status).toBe("CLOSED");
    expect(w.events.map((e) => e.kind)).toEqual(["NOTIFIED", "RESTORATION_REPORTED", "RESTORATION_DISPUTED", "RESTORATION_REPORTED", "RESTORATION_CONFIRMED", "RESTORATION_CONFIRMED", "CLOSED"]);
    // a company answers only its own area
    await expectCode(answerRestoration(company, other.id, { confirm: true, note: "", version: other.version + 1 }), "notFound");
  });

  it("can be cancelled before the start, which tells the same organisations", async () => {
    const utility = await actorFor("utility.clerk");
    const id = await registerWorks(utility, { title: "数据层测试：取消", description: "x", occupies: "y", startDate: addDays(today(), 2), endDate: addDays(today(), 3), contactName: "董岩", contactPhone: "13900000000", areaIds: [await idOf("residentialArea", "邮政家园")] });
    await cancelWorks(utility, id, { reason: "计划调整", version: (await getWorks(utility, id)).version });
    expect((await getWorks(utility, id)).status).toBe("CANCELLED");
    const n = await listNotifications(await actorFor("company.clerk"), {}, { size: 50 });
    expect(n.rows.some((x) => x.entityId === id && x.message === "works.cancelled")).toBe(true);
  });
});

describe("outages", () => {
  it("create assist tasks for the areas' property companies, who confirm them; the utility restores", async () => {
    const utility = await actorFor("utility.clerk");
    const company = await actorFor("company.clerk");
    const areaIds = [await idOf("residentialArea", "海城花园小区"), await idOf("residentialArea", "兆麟公园小区")];
    const now = new Date();
    const id = await registerOutage(utility, { reason: "数据层测试：换热站故障抢修", startAt: toCityDateTimeInput(new Date(now.getTime() - 3_600_000)), expectedEndAt: toCityDateTimeInput(new Date(now.getTime() + 6 * 3_600_000)), areaIds });
    let o = await getOutage(company, id);
    expect(o.kind).toBe("HEATING");
    expect(o.tasks).toHaveLength(2);
    expect(o.tasks.every((t) => t.canConfirm)).toBe(true);
    const inbox = await outageInbox(company);
    expect(inbox.tasks.filter((t) => t.outageId === id)).toHaveLength(2);
    await confirmAssistTask(company, o.tasks[0]!.id, { note: "已安排维修人员配合", version: o.tasks[0]!.version });
    o = await getOutage(utility, id);
    expect(o.tasks[0]!.status).toBe("CONFIRMED");
    await expectCode(restoreOutage(company, id, { actualEndAt: toCityDateTimeInput(new Date()), note: "", version: o.version }), "notFound");
    await restoreOutage(utility, id, { actualEndAt: toCityDateTimeInput(new Date()), note: "已恢复供热", version: o.version });
    expect((await getOutage(utility, id)).status).toBe("RESTORED");
    // a company whose areas are not affected sees nothing
    const streetTwo = await actorFor("street2.clerk");
    await expectCode(getOutage(streetTwo, id), "notFound");
  });
});
