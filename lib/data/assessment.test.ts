// The assessment on the seeded demo city: the expected ranking, scope, and every number agreeing
// with the complaints list it drills down to.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cityDate } from "@/lib/domain/dates";
import { measureHolds } from "@/lib/data/assessment-measures";
import { COMPLAINT_MEASURES, INDICATORS, isComplaintMeasure, MEETING_MEASURES, RANKED_KINDS, type Measure, type OtherMeasure } from "@/lib/domain/assessment";
import { actorFor, idOf } from "@/lib/testing/actors";
import { countComplaints } from "@/lib/data/complaints";
import { createPeriod, listPeriods, ranking, unitDetail, unitRecords, weeklyReport } from "@/lib/data/assessment";
import type { Actor } from "@/lib/scope";

async function demoPeriod(actor: Actor) {
  const periods = await listPeriods(actor);
  const p = periods.find((x) => x.name.endsWith("居住区管理联动工作考核"));
  if (!p) throw new Error("demo period missing");
  return p;
}

describe("ranking on the demo city", () => {
  it("ranks 南岗区 > 道里区 > 道外区, with 道外区 below the satisfaction threshold", async () => {
    const bureau = await actorFor("bureau.leader");
    const p = await demoPeriod(bureau);
    const r = await ranking(bureau, p.id, "DISTRICT");
    const ranked = r.rows.filter((x) => x.ranked).map((x) => x.name);
    expect(ranked.slice(0, 3)).toEqual(["南岗区人民政府", "道里区人民政府", "道外区人民政府"]);
    expect(r.rows.find((x) => x.name === "道外区人民政府")!.belowThreshold).toBe(true);
    expect(r.rows.find((x) => x.name === "南岗区人民政府")!.belowThreshold).toBe(false);
    expect(r.comparisons.map((c) => c.key)).toEqual(["CITY"]);
  });

  /** Every ranked row the city, a district and a street see, with each number it shows by measure. */
  async function eachShownRow(visit: (actor: Actor, period: { id: number; fromDate: string; toDate: string }, label: string, orgId: number, shown: Map<Measure, number>) => Promise<void>) {
    for (const username of ["bureau.leader", "district.leader", "street.clerk"]) {
      const actor = await actorFor(username);
      const p = await demoPeriod(actor);
      for (const kind of RANKED_KINDS) {
        const r = await ranking(actor, p.id, kind);
        for (const row of r.rows) {
          const shown = new Map<Measure, number>([["volume", row.volume]]);
          for (const v of row.indicators) {
            shown.set(INDICATORS[v.code].numerator, v.numerator);
            shown.set(INDICATORS[v.code].denominator, v.denominator);
          }
          await visit(actor, p, `${username} ${kind} ${row.name}`, row.orgId, shown);
        }
      }
    }
  }

  it("every number equals the count of the complaints list it drills down to, for the city, a district and a street", async () => {
    await eachShownRow(async (actor, p, label, orgId, shown) => {
      for (const measure of COMPLAINT_MEASURES) {
        if (!shown.has(measure)) continue;
        const listed = await countComplaints(actor, { measure, unitOrgId: orgId, from: p.fromDate, to: p.toDate, sort: "recent" });
        expect(listed, `${label} ${measure}`).toBe(shown.get(measure));
      }
    });
  });

  it("the comparison rows equal the complaints list of the city (for the bureau) and of the district (for the district)", async () => {
    for (const [username, kind, key] of [["bureau.leader", "DISTRICT", "CITY"], ["district.leader", "STREET", "DISTRICT"]] as const) {
      const actor = await actorFor(username);
      const p = await demoPeriod(actor);
      const row = (await ranking(actor, p.id, kind)).comparisons.find((c) => c.key === key)!;
      const shown = new Map<Measure, number>([["volume", row.volume]]);
      for (const v of row.indicators) {
        shown.set(INDICATORS[v.code].numerator, v.numerator);
        shown.set(INDICATORS[v.code].denominator, v.denominator);
      }
      for (const measure of COMPLAINT_MEASURES) {
        if (!shown.has(measure)) continue;
        const listed = await countComplaints(actor, { measure, from: p.fromDate, to: p.toDate, sort: "recent" });
        expect(listed, `${username} ${key} ${measure}`).toBe(shown.get(measure));
      }
      expect(row.volume).toBeGreaterThan(0);
    }
  });

  it("the bureau's ranking narrowed to a district keeps that district's units with their city-wide ranks; its district row equals the district government's view", async () => {
    const bureau = await actorFor("bureau.leader");
    const p = await demoPeriod(bureau);
    const daoli = await idOf("organisation", "道里区人民政府");
    const inDaoli = new Set((await db.organisation.findMany({ where: { districtId: daoli }, select: { id: true } })).map((o) => o.id));
    for (const kind of ["STREET", "COMMUNITY"] as const) {
      const [all, narrowed] = await Promise.all([ranking(bureau, p.id, kind), ranking(bureau, p.id, kind, daoli)]);
      expect(narrowed.district?.name).toBe("道里区人民政府");
      expect(narrowed.rows.map((r) => [r.orgId, r.rank])).toEqual(all.rows.filter((r) => inDaoli.has(r.orgId)).map((r) => [r.orgId, r.rank]));
    }
    const narrowed = await ranking(bureau, p.id, "STREET", daoli);
    expect(narrowed.rows.length).toBeGreaterThan(0);
    const districtRow = narrowed.comparisons.find((c) => c.key === "DISTRICT")!;
    const ownRow = (await ranking(bureau, p.id, "DISTRICT")).rows.find((r) => r.orgId === daoli)!;
    expect(districtRow.name).toBe("道里区人民政府");
    expect(districtRow.volume).toBe(ownRow.volume);
    // Complaint numbers agree; meeting numbers are the streets' own (as for a district's view).
    const complaintNumbers = (indicators: typeof ownRow.indicators) => indicators.filter((i) => isComplaintMeasure(INDICATORS[i.code].numerator)).map((i) => [i.code, i.numerator, i.denominator]);
    expect(complaintNumbers(districtRow.indicators).length).toBeGreaterThan(2);
    expect(complaintNumbers(districtRow.indicators)).toEqual(complaintNumbers(ownRow.indicators));
    expect(narrowed.comparisons.map((c) => c.key)).toEqual(["DISTRICT", "CITY"]);
    // The district ranking has no filter; a district outside the actor's is not found.
    expect((await ranking(bureau, p.id, "DISTRICT", daoli)).rows.length).toBeGreaterThan(1);
    const district = await actorFor("district.leader");
    await expect(ranking(district, p.id, "STREET", daoli)).rejects.toMatchObject({ code: "notFound" });
  });

  it("every joint-meeting number equals the length of the records list it drills down to", async () => {
    const seen = new Map<OtherMeasure, number>();
    await eachShownRow(async (actor, p, label, orgId, shown) => {
      for (const measure of MEETING_MEASURES) {
        const listed = (await unitRecords(actor, p.id, orgId, measure)).records.length;
        expect(listed, `${label} ${measure}`).toBe(shown.get(measure));
        seen.set(measure, (seen.get(measure) ?? 0) + listed);
      }
    });
    // Not vacuous: the demo city has records behind every meeting measure.
    for (const measure of MEETING_MEASURES) expect(seen.get(measure), measure).toBeGreaterThan(0);
  });

  it("the records behind another district's numbers are not found", async () => {
    const nangang = await actorFor("district.leader");
    const p = await demoPeriod(nangang);
    await expect(unitRecords(nangang, p.id, await idOf("organisation", "道里区人民政府"), "invited")).rejects.toMatchObject({ code: "notFound" });
    await expect(unitRecords(await actorFor("street.clerk"), p.id, await idOf("organisation", "大成街道办事处"), "escalated")).rejects.toMatchObject({ code: "notFound" });
  });

  it("a unit with matters has them counted (the agreement above is not vacuous)", async () => {
    const bureau = await actorFor("bureau.leader");
    const p = await demoPeriod(bureau);
    const r = await ranking(bureau, p.id, "STREET");
    expect(r.rows.filter((x) => x.volume >= 18).length).toBeGreaterThanOrEqual(6);
  });
});

describe("scope", () => {
  it("a district sees its own row and the city, not other districts' detail", async () => {
    const nangang = await actorFor("district.leader");
    const p = await demoPeriod(nangang);
    const r = await ranking(nangang, p.id, "DISTRICT");
    expect(r.rows.map((x) => x.name)).toEqual(["南岗区人民政府"]);
    expect(r.comparisons.map((c) => c.key)).toEqual(["CITY"]);
    const streets = await ranking(nangang, p.id, "STREET");
    expect(streets.comparisons.map((c) => c.key)).toEqual(["DISTRICT", "CITY"]);
    expect(streets.rows.every((x) => ["花园街道办事处", "大成街道办事处"].includes(x.name))).toBe(true);
    await expect(unitDetail(nangang, p.id, await idOf("organisation", "道里区人民政府"))).rejects.toMatchObject({ code: "notFound" });
    await expect(unitDetail(nangang, p.id, await idOf("organisation", "兆麟街道办事处"))).rejects.toMatchObject({ code: "notFound" });
    const own = await unitDetail(nangang, p.id, await idOf("organisation", "花园街道办事处"));
    expect(own.trend.length).toBeGreaterThanOrEqual(5);
    // The month in progress is not plotted as 0 %: its matters are not due yet.
    expect(own.trend.at(-1)!.resolution).toBeNull();
    expect(own.card.volume).toBeGreaterThan(0);
  });

  it("only the housing bureau defines periods", async () => {
    const before = await db.assessmentPeriod.count();
    const data = { name: "测试", fromDate: "2026-01-01", toDate: "2026-06-30", minVolume: 5, threshold: 85, weights: { ON_TIME_RATE: 25, RESOLUTION_RATE: 20, SATISFACTION_RATE: 30, MEETING_ATTENDANCE_RATE: 5, OVERDUE_RESOLUTIONS: 5, ESCALATIONS_RETURNED: 5, HANDOVERS_3: 10 } };
    for (const username of ["district.leader", "street.clerk", "company.clerk"]) {
      await expect(createPeriod(await actorFor(username), data)).rejects.toMatchObject({ code: "notFound" });
    }
    expect(await db.assessmentPeriod.count()).toBe(before);
  });

  it("the weekly report compares a street with its district and the city", async () => {
    const report = await weeklyReport(await actorFor("street.clerk"));
    expect(report?.rows.map((r) => r.key)).toEqual(["OWN", "DISTRICT", "CITY"]);
    // None of this week's matters is due yet (60-day handling rule): no resolution rate, not 0 %.
    expect(report?.resolutionRateKnown).toBe(false);
    for (const row of report!.rows) expect(row.indicators.find((i) => i.code === "RESOLUTION_RATE")?.value, row.key).toBeNull();
    expect(await weeklyReport(await actorFor("owners.clerk"))).toBeNull();
  });
});

describe("the daily summary of the assessment measures (ComplaintDayMeasure)", () => {
  type Tx = Pick<typeof db, "complaint" | "complaintDayMeasure">;

  /** Differences between the summary and the complaints counted one by one with measureHolds,
   * per (day in city time, street, measure). Empty when the triggers kept the summary right. */
  async function drift(tx: Tx): Promise<string[]> {
    const live = new Map<string, number>();
    const complaints = await tx.complaint.findMany({ select: { receivedAt: true, streetId: true, status: true, handledAt: true, handledOnTime: true, satisfaction: true, handOverCount: true } });
    for (const c of complaints) {
      for (const m of COMPLAINT_MEASURES) {
        if (!measureHolds(m, { ...c, handled: c.handledAt !== null })) continue;
        const k = `${cityDate(c.receivedAt)} ${c.streetId} ${m}`;
        live.set(k, (live.get(k) ?? 0) + 1);
      }
    }
    const summary = new Map<string, number>();
    for (const row of await tx.complaintDayMeasure.findMany()) {
      for (const m of COMPLAINT_MEASURES) if (row[m] !== 0) summary.set(`${row.day} ${row.streetId} ${m}`, row[m]);
    }
    const keys = new Set([...live.keys(), ...summary.keys()]);
    return [...keys].filter((k) => live.get(k) !== summary.get(k)).map((k) => `${k}: live ${live.get(k) ?? 0}, summary ${summary.get(k) ?? 0}`);
  }

  it("equals the complaints counted one by one on the demo city", async () => {
    expect(await db.complaintDayMeasure.count()).toBeGreaterThan(10);
    expect(await drift(db)).toEqual([]);
  });

  it("follows every change of a column the measures read, in the writing transaction", async () => {
    const rollback = new Error("rollback");
    const checked = await db
      .$transaction(async (tx) => {
        const [a, b, c, d] = await tx.complaint.findMany({ where: { status: { notIn: ["NOT_ACCEPTED", "DUPLICATE", "CLOSED"] } }, orderBy: { id: "asc" }, take: 4 });
        if (!a || !b || !c || !d) throw new Error("demo city has too few open complaints");
        await tx.complaint.update({ where: { id: a.id }, data: { status: "CLOSED", handledAt: new Date(), handledOnTime: true, satisfaction: "SATISFIED" } });
        await tx.complaint.update({ where: { id: b.id }, data: { status: "NOT_ACCEPTED" } });
        await tx.complaint.update({ where: { id: c.id }, data: { handOverCount: 4, receivedAt: new Date(c.receivedAt.getTime() - 86_400_000) } });
        await tx.complaint.update({ where: { id: d.id }, data: { satisfaction: "DISSATISFIED", handledAt: new Date(), handledOnTime: false } });
        const afterUpdates = await drift(tx);
        expect(afterUpdates).toEqual([]);
        throw rollback;
      })
      .catch((e: unknown) => (e === rollback ? "rolled back" : Promise.reject(e)));
    expect(checked).toBe("rolled back");
    expect(await drift(db)).toEqual([]);
  });
});

describe("a period saved with impossible dates (before dates were checked)", () => {
  it("is shown as such, and its numbers are refused with a message rather than failing", async () => {
    const bureau = await actorFor("bureau.leader");
    const bad = await db.assessmentPeriod.create({
      data: { name: "日期有误的考核期", fromDate: "2026-02-30", toDate: "2027-13-45", minVolume: 1, threshold: 80, createdById: bureau.userId, createdByName: bureau.name, createdByOrgId: bureau.orgId },
    });
    const p = (await listPeriods(bureau)).find((x) => x.id === bad.id)!;
    expect(p.datesValid).toBe(false);
    await expect(ranking(bureau, bad.id, "DISTRICT")).rejects.toMatchObject({ code: "assessment.invalidPeriod" });
    await expect(unitDetail(bureau, bad.id, await idOf("organisation", "南岗区人民政府"))).rejects.toMatchObject({ code: "assessment.invalidPeriod" });
    expect((await listPeriods(bureau)).find((x) => x.name.endsWith("居住区管理联动工作考核"))!.datesValid).toBe(true);
  });

  it("cannot be saved any more", async () => {
    const { periodSchema } = await import("@/lib/validation/assessment");
    const weights = { ON_TIME_RATE: 40, RESOLUTION_RATE: 20, SATISFACTION_RATE: 40, MEETING_ATTENDANCE_RATE: 0, OVERDUE_RESOLUTIONS: 0, ESCALATIONS_RETURNED: 0, HANDOVERS_3: 0 };
    expect(periodSchema.safeParse({ name: "x", fromDate: "2026-01-01", toDate: "2026-03-31", minVolume: 1, threshold: 80, weights }).success).toBe(true);
    for (const [fromDate, toDate] of [["2026-02-30", "2026-03-31"], ["2026-01-01", "2027-13-45"], ["9999-99-99", "9999-99-99"], ["0000-00-00", "2026-01-01"]]) {
      const parsed = periodSchema.safeParse({ name: "x", fromDate, toDate, minVolume: 1, threshold: 80, weights });
      expect(parsed.success, `${fromDate}–${toDate}`).toBe(false);
    }
  });
});
