// Assessment and ranking (考核评比): periods defined by the housing bureau, the indicators of each
// unit counted from the records, rankings, commendations, the unit's monthly trend and the weekly
// report. Unit numbers are counted on the actor's own complaints (scope "complaint") with the
// conditions of lib/data/assessment-measures.ts, the same ones the complaints list drills down
// with. The city and district comparison rows are totals only (docs/decisions/037).
import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import {
  COMPLAINT_MEASURES,
  INDICATOR_CODES,
  INDICATORS,
  indicatorValue,
  monthsOf,
  monthWithin,
  rankUnits,
  unitsInDistrict,
  reportWeek,
  resolutionOverdue,
  resolutionRateDue,
  weightedScore,
  type IndicatorCode,
  type IndicatorValue,
  type Measure,
  type OtherMeasure,
  type RankedKind,
  type RankedUnit,
} from "@/lib/domain/assessment";
import { addDays, cityDate, isCalendarDate, startOfCityDate, type IsoDate } from "@/lib/domain/dates";
import { requirePermission, can } from "@/lib/permissions";
import { scoped, scopeKey, scopeWhere, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { dueDateAfter, today } from "@/lib/data/calendar";
import { measureHolds, receivedWithin, UNIT_ORG_KIND, unitWhereFor } from "@/lib/data/assessment-measures";
import { directory } from "@/lib/data/directory";
import { countBy, findRow, findRows, sumBy } from "@/lib/data/read";
import { shared } from "@/lib/data/shared-cache";
import { readDb } from "@/lib/db-read";
import { sql } from "kysely";
import { cityDateSql, sqlValue } from "@/lib/data/where-sql";
import type { CommendationData, PeriodData } from "@/lib/validation/assessment";

export type Weight = { code: IndicatorCode; weight: number };
export type PeriodRow = {
  id: number; name: string; fromDate: IsoDate; toDate: IsoDate; minVolume: number; threshold: number;
  createdByName: string; createdAt: Date; version: number; weights: Weight[];
  /** False for a period saved with impossible dates before dates were checked (issue 11): it cannot be counted. */
  datesValid: boolean;
};

const PERIOD_COLUMNS = ["id", "name", "fromDate", "toDate", "minVolume", "threshold", "createdByName", "createdAt", "version"] as const;
type PeriodColumns = { id: number; name: string; fromDate: string; toDate: string; minVolume: number; threshold: number; createdByName: string; createdAt: Date; version: number };

/** Periods with their indicator weights (one query for the periods, one for their indicators). */
async function shapePeriods(periods: PeriodColumns[]): Promise<PeriodRow[]> {
  const indicators = periods.length === 0 ? [] : await findRows("AssessmentIndicator", { where: { periodId: { in: periods.map((p) => p.id) } }, select: ["periodId", "code", "weight"], orderBy: [["id", "asc"]] });
  return periods.map((p) => {
    const own = indicators.filter((i) => i.periodId === p.id);
    const weights = INDICATOR_CODES.map((code) => ({ code, weight: own.find((i) => i.code === code)?.weight ?? 0 }));
    const datesValid = isCalendarDate(p.fromDate) && isCalendarDate(p.toDate) && p.fromDate <= p.toDate;
    return { ...p, weights, datesValid };
  });
}

export async function listPeriods(actor: Actor): Promise<PeriodRow[]> {
  requirePermission(actor, "assessment.view");
  return shapePeriods(await findRows("AssessmentPeriod", { where: scopeWhere(actor, "assessmentPeriod"), select: PERIOD_COLUMNS, orderBy: [["fromDate", "desc"], ["id", "desc"]] }));
}

export async function getPeriod(actor: Actor, id: number): Promise<PeriodRow> {
  requirePermission(actor, "assessment.view");
  const p = await findRow("AssessmentPeriod", { where: scoped(actor, "assessmentPeriod", { id }), select: PERIOD_COLUMNS });
  if (!p) throw notFound();
  return (await shapePeriods([p]))[0]!;
}

/** A period whose numbers can be counted: its dates are real dates (else AppError "assessment.invalidPeriod", a message on the page). */
async function countablePeriod(actor: Actor, id: number): Promise<PeriodRow> {
  const period = await getPeriod(actor, id);
  if (!period.datesValid) throw new AppError("assessment.invalidPeriod");
  return period;
}

/** The housing bureau defines a period with its weighted indicators, in one transaction with its audit row. */
export async function createPeriod(actor: Actor, data: PeriodData, ip = ""): Promise<number> {
  requirePermission(actor, "assessment.manage");
  return writeTransaction(async (tx) => {
    const p = await tx.assessmentPeriod.create({
      data: {
        name: data.name, fromDate: data.fromDate, toDate: data.toDate, minVolume: data.minVolume, threshold: data.threshold,
        createdById: actor.userId, createdByName: actor.name, createdByOrgId: actor.orgId,
        indicators: { create: INDICATOR_CODES.map((code) => ({ code, weight: data.weights[code] })) },
      },
    });
    await writeAudit(tx, actor, { action: "assessment.definePeriod", entity: "AssessmentPeriod", entityId: p.id, summary: `${data.name} ${data.fromDate}–${data.toDate}`, details: { weights: data.weights, minVolume: data.minVolume, threshold: data.threshold }, ip });
    return p.id;
  });
}

// ─────────────────────────────── Counting ───────────────────────────────

type Counts = Partial<Record<Measure, number>>;
type Dates = { from: IsoDate; to: IsoDate };

type GroupKey = "districtId" | "streetId" | "areaId";
const FACT_COLUMNS = ["status", "handledOnTime", "satisfaction", "handOverCount"] as const;

/**
 * Every complaint measure over `where`, per value of `key` (or in total, under 0, without a key):
 * one grouped pass over the complaints (two scans of the covering assessment index, handled and
 * not handled), each group counted for the measures whose conditions it meets (measureHolds, the
 * same conditions as the complaints list's measureWhere).
 */
async function measureCounts(where: Prisma.ComplaintWhereInput, key?: GroupKey): Promise<Map<number, Counts>> {
  const passes = await Promise.all(
    [true, false].map(async (handled) => ({
      handled,
      groups: await countBy("Complaint", key ? [key, ...FACT_COLUMNS] : [...FACT_COLUMNS], { AND: [where, { handledAt: handled ? { not: null } : null }] }),
    })),
  );
  const out = new Map<number, Counts>();
  for (const { handled, groups } of passes) {
    for (const g of groups) {
      const id = key ? (g as unknown as Record<GroupKey, number>)[key] : 0;
      const c = out.get(id) ?? {};
      const facts = { status: g.status, handled, handledOnTime: g.handledOnTime, satisfaction: g.satisfaction, handOverCount: g.handOverCount };
      for (const m of COMPLAINT_MEASURES) if (measureHolds(m, facts)) c[m] = (c[m] ?? 0) + g.count;
      out.set(id, c);
    }
  }
  return out;
}

type SummaryKey = "districtId" | "streetId";
const DAY_MEASURE_SUM = ["volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3"] as const;

/**
 * The same measures as measureCounts, from the daily summary kept by triggers on Complaint
 * (ComplaintDayMeasure, docs/decisions/045): per district or street (or in total, under 0) over
 * the days of `dates`. Reads at most days × streets rows, whatever the number of complaints.
 * Only for what the summary can express: territories (the city, a district, a street).
 */
async function summaryCounts(where: Prisma.ComplaintDayMeasureWhereInput, dates: Dates, key?: SummaryKey): Promise<Map<number, Counts>> {
  const inDates: Prisma.ComplaintDayMeasureWhereInput = { AND: [where, { day: { gte: dates.from, lte: dates.to } }] };
  const groups = key
    ? (await sumBy("ComplaintDayMeasure", [key], DAY_MEASURE_SUM, inDates)).map((g) => ({ id: g[key], sum: g }))
    : (await sumBy("ComplaintDayMeasure", [], DAY_MEASURE_SUM, inDates)).map((g) => ({ id: 0, sum: g }));
  const out = new Map<number, Counts>();
  for (const g of groups) {
    const c: Counts = {};
    // Like measureCounts, a measure nothing meets is absent rather than 0.
    for (const m of COMPLAINT_MEASURES) if (g.sum[m]) c[m] = g.sum[m];
    out.set(g.id, c);
  }
  return out;
}

/** The summary's filter for a unit that is a territory (district or street); null for the units
 * counted by their areas (communities, property companies), which the summary cannot express. */
function territoryOf(org: { id: number; kind: string }): Prisma.ComplaintDayMeasureWhereInput | null {
  if (org.kind === "DISTRICT_GOVERNMENT") return { districtId: org.id };
  if (org.kind === "STREET_OFFICE") return { streetId: org.id };
  return null;
}

/** A territory's complaint measures in the actor's scope: from the summary when the actor's own
 * scope is a territory too, otherwise counted on the actor's complaints (scope "complaint"). */
async function unitComplaintCounts(actor: Actor, org: { id: number; kind: string }, dates: Dates): Promise<Counts> {
  const territory = territoryOf(org);
  if (territory && actor.scope.level !== "ORG") return (await summaryCounts({ AND: [scopeWhere(actor, "complaintDayMeasure"), territory] }, dates)).get(0) ?? {};
  return (await measureCounts(scoped(actor, "complaint", receivedWithin(dates.from, dates.to), unitWhereFor(org)))).get(0) ?? {};
}

/** Complaint measures in total (no unit), unscoped: the comparison rows (city, district). */
async function complaintTotals(dates: Dates, where: { districtId?: number }): Promise<Counts> {
  return (await summaryCounts(where, dates)).get(0) ?? {};
}

/** The joint-meeting records a period counts (the ranking counts them, the drill-down lists them):
 * invitations to meetings held in the period, resolutions falling due in it (up to today), and
 * escalations sent in it. */
function meetingRecordsWhere(dates: Dates, todayDate: IsoDate) {
  const start = startOfCityDate(dates.from);
  const end = startOfCityDate(addDays(dates.to, 1));
  const lastDue = dates.to < todayDate ? dates.to : todayDate;
  return {
    invitation: { meeting: { status: "HELD", startsAt: { gte: start, lt: end } } } satisfies Prisma.MeetingInvitationWhereInput,
    resolution: { dueDate: { gte: dates.from, lte: lastDue } } satisfies Prisma.ResolutionWhereInput,
    escalation: { createdAt: { gte: start, lt: end } } satisfies Prisma.EscalationWhereInput,
  };
}

/** The (meeting, organisation) pairs with somebody signed in at the period's held meetings (an
 * organisation with several people present is one pair): an invitation counts as attended when
 * its pair is in the set. Optionally for one organisation only. */
async function signedInPairs(where: ReturnType<typeof meetingRecordsWhere>, orgId?: number): Promise<Set<string>> {
  const present = await countBy("Attendance", ["meetingId", "orgId"], { meeting: where.invitation.meeting, orgId: orgId ?? { not: null } });
  return new Set(present.map((a) => pairKey(a.meetingId, a.orgId!)));
}
const pairKey = (meetingId: number, orgId: number) => `${meetingId}:${orgId}`;

/** Whether a counted resolution also counts as overdue. */
const overdueOn = (r: { dueDate: string; doneAt: Date | null }, todayDate: IsoDate) => resolutionOverdue({ dueDate: r.dueDate, doneDate: r.doneAt ? cityDate(r.doneAt) : null }, todayDate);

/** Joint-meeting measures per organisation: invitations to held meetings and attendance,
 * resolutions falling due and overdue, escalations sent and returned. Counted by SQLite in three
 * grouped statements (one row per organisation, not one per record), with the conditions of
 * meetingRecordsWhere, signedInPairs and resolutionOverdue that the drill-down lists with; the
 * data tests hold every number equal to its list's length. */
async function meetingCounts(dates: Dates, todayDate: IsoDate): Promise<Map<number, Counts>> {
  const start = startOfCityDate(dates.from);
  const end = startOfCityDate(addDays(dates.to, 1));
  const lastDue = dates.to < todayDate ? dates.to : todayDate;
  type Row = { orgId: number; a: number | bigint; b: number | bigint | null };
  const [invitations, resolutions, escalations] = await Promise.all([
    // An invitation is attended when somebody of the invited organisation signed in (signedInPairs).
    sql<Row>`
      SELECT i."orgId" AS "orgId", COUNT(*) AS "a",
        SUM(CASE WHEN EXISTS (SELECT 1 FROM "Attendance" x WHERE x."meetingId" = i."meetingId" AND x."orgId" = i."orgId") THEN 1 ELSE 0 END) AS "b"
      FROM "MeetingInvitation" i JOIN "JointMeeting" m ON m."id" = i."meetingId"
      WHERE m."status" = 'HELD' AND m."startsAt" >= ${sqlValue(start)} AND m."startsAt" < ${sqlValue(end)}
      GROUP BY i."orgId"`.execute(readDb).then((r) => r.rows),
    // Overdue (resolutionOverdue): not done and due before today, or done (city date) after the due date.
    sql<Row>`
      SELECT "responsibleOrgId" AS "orgId", COUNT(*) AS "a",
        SUM(CASE WHEN "doneAt" IS NULL THEN (CASE WHEN "dueDate" < ${todayDate} THEN 1 ELSE 0 END) WHEN ${cityDateSql(sql.ref("doneAt"))} > "dueDate" THEN 1 ELSE 0 END) AS "b"
      FROM "Resolution"
      WHERE "dueDate" >= ${dates.from} AND "dueDate" <= ${lastDue}
      GROUP BY "responsibleOrgId"`.execute(readDb).then((r) => r.rows),
    countBy("Escalation", ["fromOrgId", "status"], { createdAt: { gte: start, lt: end } }),
  ]);
  const out = new Map<number, Counts>();
  const add = (orgId: number, m: Measure, n: number | bigint | null) => {
    if (!n) return;
    const c = out.get(orgId) ?? {};
    c[m] = (c[m] ?? 0) + Number(n);
    out.set(orgId, c);
  };
  for (const r of invitations) {
    add(r.orgId, "invited", r.a);
    add(r.orgId, "attended", r.b);
  }
  for (const r of resolutions) {
    add(r.orgId, "resolutionsDue", r.a);
    add(r.orgId, "resolutionsOverdue", r.b);
  }
  for (const e of escalations) {
    add(e.fromOrgId, "escalated", e.count);
    if (e.status === "RETURNED") add(e.fromOrgId, "escalationsReturned", e.count);
  }
  return out;
}

function sumCounts(list: readonly Counts[]): Counts {
  const out: Counts = {};
  for (const c of list) for (const [k, v] of Object.entries(c)) out[k as Measure] = (out[k as Measure] ?? 0) + (v ?? 0);
  return out;
}

export type Scorecard = { volume: number; indicators: IndicatorValue[]; score: number | null; satisfaction: number | null };

function scorecard(counts: Counts, weights: readonly Weight[]): Scorecard {
  const indicators = INDICATOR_CODES.map((code) => indicatorValue(code, counts));
  const score = weightedScore(indicators.map((i) => ({ score: i.score, weight: weights.find((w) => w.code === i.code)?.weight ?? 0 })));
  return { volume: counts.volume ?? 0, indicators, score, satisfaction: indicators.find((i) => i.code === "SATISFACTION_RATE")!.value };
}

export type UnitRow = RankedUnit<{ orgId: number; name: string; volume: number; score: number | null; satisfaction: number | null }> & { indicators: IndicatorValue[]; commended: boolean };
export type Comparison = { key: "CITY" | "DISTRICT"; name: string } & Scorecard;
/** `district`: the district filter of a city-wide ranking (rows of that district, ranks kept). */
export type Ranking = { period: PeriodRow; kind: RankedKind; district: { id: number; name: string } | null; rows: UnitRow[]; withoutMatters: number; comparisons: Comparison[] };

/** The column a kind's complaints are grouped by (communities and companies by their areas). */
const GROUP_KEY: Record<RankedKind, GroupKey> = { DISTRICT: "districtId", STREET: "streetId", COMMUNITY: "areaId", PROPERTY_COMPANY: "areaId" };

/** The district an actor compares itself with (a street office's or a district office's district). */
function ownDistrictId(actor: Actor): number | null {
  return actor.scope.level === "DISTRICT" || actor.scope.level === "STREET" ? actor.scope.districtId : null;
}

/** The complaint totals of the comparison rows: the city, and a district (the actor's own, or
 * the one the city filtered on). The city's complaint scope is every complaint, so its own counts
 * already are the city's; anybody else's come from one unscoped pass by district (totals only,
 * never a unit's detail). */
async function complaintComparisonTotals(actor: Actor, dates: Dates, own: Map<number, Counts>, districtId: number | null): Promise<{ city: Counts; district: Counts }> {
  const cityWide = actor.scope.level === "CITY";
  if (cityWide && districtId === null) return { city: sumCounts([...own.values()]), district: {} };
  const byDistrict = await summaryCounts({}, dates, "districtId");
  return { city: cityWide ? sumCounts([...own.values()]) : sumCounts([...byDistrict.values()]), district: (districtId !== null ? byDistrict.get(districtId) : undefined) ?? {} };
}

async function comparisons(actor: Actor, dates: Dates, weights: readonly Weight[], others: Map<number, Counts>, kind: RankedKind, own: Map<number, Counts>, districtId: number | null): Promise<Comparison[]> {
  const [dir, totals] = await Promise.all([directory(), complaintComparisonTotals(actor, dates, own, districtId)]);
  const kindOrgs = [...dir.orgs.values()].filter((o) => o.kind === UNIT_ORG_KIND[kind]);
  const otherOf = (ids: number[]) => sumCounts(ids.map((id) => others.get(id) ?? {}));
  const city: Comparison = { key: "CITY", name: "", ...scorecard({ ...totals.city, ...otherOf(kindOrgs.map((o) => o.id)) }, weights) };
  // A district's own row already is its district total.
  if (districtId === null || kind === "DISTRICT") return [city];
  const district = dir.orgs.get(districtId);
  // The meeting numbers of the district's units of this kind (a company's where it manages areas).
  const inDistrict = [...unitsInDistrict(kind, districtId, kindOrgs, dir.areas.values())];
  return [{ key: "DISTRICT", name: district?.name ?? "", ...scorecard({ ...totals.district, ...otherOf(inDistrict) }, weights) }, city];
}

/**
 * A period's ranking of one kind of unit, in the actor's scope, with the comparison rows. The same
 * for everyone in a scope on a day: shared until a matter or the directory changes (shared-cache.ts).
 */
export async function ranking(actor: Actor, periodId: number, kind: RankedKind, districtId?: number): Promise<Ranking> {
  const period = await countablePeriod(actor, periodId);
  const district = districtId === undefined || kind === "DISTRICT" ? null : await rankingDistrict(actor, districtId);
  return shared(`ranking:${periodId}:${kind}:${scopeKey(actor.scope)}:${district?.id ?? ""}:${today()}`, ["matters", "directory"], () => computeRanking(actor, period, kind, district));
}

/** The districts whose units an actor may rank (the city: every district; a district: itself). */
export async function rankingDistricts(actor: Actor): Promise<{ id: number; name: string }[]> {
  return shared(`rankingDistricts:${scopeKey(actor.scope)}`, ["directory"], () =>
    findRows("Organisation", { where: scoped(actor, "assessmentUnit", { kind: "DISTRICT_GOVERNMENT" }), select: ["id", "name"], orderBy: [["name", "asc"]] }));
}

/** A district filter's district, or 404 when it is not one the actor may rank. */
export async function rankingDistrict(actor: Actor, districtId: number): Promise<{ id: number; name: string }> {
  const d = await findRow("Organisation", { where: scoped(actor, "assessmentUnit", { id: districtId, kind: "DISTRICT_GOVERNMENT" }), select: ["id", "name"] });
  if (!d) throw notFound();
  return d;
}

async function computeRanking(actor: Actor, period: PeriodRow, kind: RankedKind, district: { id: number; name: string } | null): Promise<Ranking> {
  const periodId = period.id;
  const dates = { from: period.fromDate, to: period.toDate };
  const key = GROUP_KEY[kind];
  const [units, byKey, dir, others, commended] = await Promise.all([
    findRows("Organisation", { where: scoped(actor, "assessmentUnit", { kind: UNIT_ORG_KIND[kind] }), select: ["id", "name"] }),
    // Districts and streets from the daily summary for a territory's actor; the rest counted.
    key !== "areaId" && actor.scope.level !== "ORG"
      ? summaryCounts(scopeWhere(actor, "complaintDayMeasure"), dates, key)
      : measureCounts(scoped(actor, "complaint", receivedWithin(dates.from, dates.to)), key),
    directory(),
    meetingCounts(dates, today()),
    findRows("Commendation", { where: { periodId }, select: ["orgId"] }),
  ]);
  // Areas roll up to their community or property company; districts and streets are the key itself.
  let complaintCounts = byKey;
  if (key === "areaId") {
    const unitOfArea = new Map([...dir.areas.values()].map((a) => [a.id, kind === "COMMUNITY" ? a.communityId : a.propertyCompanyId]));
    complaintCounts = new Map();
    for (const [areaId, c] of byKey) {
      const unit = unitOfArea.get(areaId);
      if (unit == null) continue;
      complaintCounts.set(unit, sumCounts([complaintCounts.get(unit) ?? {}, c]));
    }
  }
  const cards = units.map((u) => ({ u, card: scorecard({ ...(complaintCounts.get(u.id) ?? {}), ...(others.get(u.id) ?? {}) }, period.weights) }));
  const shown = cards.filter((c) => c.card.volume > 0);
  const commendedIds = new Set(commended.map((c) => c.orgId));
  // Ranked over the whole scope first: the district filter narrows the rows, not the ranks.
  const ranked = rankUnits(
    shown.map(({ u, card }) => ({ orgId: u.id, name: u.name, volume: card.volume, score: card.score, satisfaction: card.satisfaction, indicators: card.indicators, commended: commendedIds.has(u.id) })),
    period.minVolume,
    period.threshold,
  );
  const inDistrict = district ? unitsInDistrict(kind, district.id, dir.orgs.values(), dir.areas.values()) : null;
  const keep = (orgId: number) => inDistrict === null || inDistrict.has(orgId);
  return {
    period, kind, district,
    rows: ranked.filter((r) => keep(r.orgId)),
    withoutMatters: cards.filter((c) => c.card.volume === 0 && keep(c.u.id)).length,
    comparisons: await comparisons(actor, dates, period.weights, others, kind, byKey, district?.id ?? ownDistrictId(actor)),
  };
}

// ─────────────────────────────── One unit ───────────────────────────────

export type TrendPoint = { month: string; volume: number; satisfaction: number | null; onTime: number | null; resolution: number | null; citySatisfaction: number | null };
export type UnitDetail = { period: PeriodRow; unit: { id: number; name: string; kind: RankedKind }; card: Scorecard; trend: TrendPoint[]; commendation: { reason: string; createdAt: Date } | null };

const KIND_OF_ORG: Record<string, RankedKind> = { DISTRICT_GOVERNMENT: "DISTRICT", STREET_OFFICE: "STREET", COMMUNITY_COMMITTEE: "COMMUNITY", PROPERTY_COMPANY: "PROPERTY_COMPANY" };

/** A unit's indicators for the period and its month-by-month trend; 404 outside the actor's scope. */
/** A ranked unit in the actor's assessment scope, or 404. */
async function scopedUnit(actor: Actor, orgId: number) {
  const org = await findRow("Organisation", { where: scoped(actor, "assessmentUnit", { id: orgId, kind: { in: Object.keys(KIND_OF_ORG) } }), select: ["id", "name", "kind"] });
  if (!org) throw notFound();
  return org;
}

/** A unit the actor may see assessed, in a period they may see (else 404): where the ranking's
 * complaint numbers are sent on to the complaints list from. */
export async function assessedUnit(actor: Actor, periodId: number, orgId: number): Promise<{ period: PeriodRow; orgId: number }> {
  const period = await countablePeriod(actor, periodId);
  const org = await scopedUnit(actor, orgId);
  return { period, orgId: org.id };
}

export async function unitDetail(actor: Actor, periodId: number, orgId: number): Promise<UnitDetail> {
  const period = await countablePeriod(actor, periodId);
  const org = await scopedUnit(actor, orgId);
  return shared(`unit:${periodId}:${orgId}:${scopeKey(actor.scope)}:${today()}`, ["matters", "directory"], () => computeUnitDetail(actor, period, org));
}

async function computeUnitDetail(actor: Actor, period: PeriodRow, org: { id: number; name: string; kind: string }): Promise<UnitDetail> {
  const periodId = period.id;
  const orgId = org.id;
  const countsFor = (dates: Dates): Promise<Counts> => unitComplaintCounts(actor, org, dates);
  const dates = { from: period.fromDate, to: period.toDate };
  const [counts, others, commendation] = await Promise.all([
    countsFor(dates),
    meetingCounts(dates, today()),
    findRow("Commendation", { where: { periodId, orgId }, select: ["reason", "createdAt"] }),
  ]);
  const card = scorecard({ ...counts, ...(others.get(org.id) ?? {}) }, period.weights);
  const trend: TrendPoint[] = [];
  const day = today();
  const months = monthsOf(period.fromDate, period.toDate);
  const perMonth = await Promise.all(months.map((month) => {
    const d = monthWithin(month, period.fromDate, period.toDate);
    return Promise.all([countsFor(d), complaintTotals(d, {}), dueDateAfter("COMPLAINT_HANDLE", d.to)]);
  }));
  for (const [i, month] of months.entries()) {
    const [c, city, due] = perMonth[i]!;
    // A month whose matters are not yet due has no resolution rate yet (a gap, not 0 %).
    const rateKnown = resolutionRateDue(due, day);
    trend.push({
      month,
      volume: c.volume ?? 0,
      satisfaction: indicatorValue("SATISFACTION_RATE", c).value,
      onTime: indicatorValue("ON_TIME_RATE", c).value,
      resolution: rateKnown ? indicatorValue("RESOLUTION_RATE", c).value : null,
      citySatisfaction: indicatorValue("SATISFACTION_RATE", city).value,
    });
  }
  return { period, unit: { id: org.id, name: org.name, kind: KIND_OF_ORG[org.kind]! }, card, trend, commendation };
}

// ─────────────────────────── Joint-meeting drill-down ───────────────────────────

export type MeetingRecord =
  | { kind: "invitation"; id: number; meetingId: number; meetingRef: string; meetingTitle: string; level: string; startsAt: Date; attended: boolean }
  | { kind: "resolution"; id: number; meetingId: number; meetingRef: string; description: string; dueDate: IsoDate; doneDate: IsoDate | null; overdue: boolean }
  | { kind: "escalation"; id: number; disputeId: number; disputeRef: string; disputeTitle: string; toOrgName: string; createdAt: Date; status: string; returnReason: string };
export type UnitRecords = { period: PeriodRow; unit: { id: number; name: string; kind: RankedKind }; measure: OtherMeasure; records: MeetingRecord[] };

/** The joint-meeting records behind one of a unit's meeting numbers: the same records, with the
 * same conditions, that the ranking counts (meetingCounts), so the list's length is the number. */
export async function unitRecords(actor: Actor, periodId: number, orgId: number, measure: OtherMeasure): Promise<UnitRecords> {
  const period = await countablePeriod(actor, periodId);
  const org = await scopedUnit(actor, orgId);
  const todayDate = today();
  const where = meetingRecordsWhere({ from: period.fromDate, to: period.toDate }, todayDate);
  const base = { period, unit: { id: org.id, name: org.name, kind: KIND_OF_ORG[org.kind]! }, measure };
  if (measure === "invited" || measure === "attended") {
    const [rows, signedIn] = await Promise.all([
      db.meetingInvitation.findMany({
        where: { AND: [where.invitation, { orgId: org.id }] },
        select: { id: true, meeting: { select: { id: true, ref: true, title: true, level: true, startsAt: true } } },
        orderBy: [{ meeting: { startsAt: "asc" } }, { id: "asc" }],
      }),
      signedInPairs(where, org.id),
    ]);
    const records = rows
      .map((r): MeetingRecord => ({ kind: "invitation", id: r.id, meetingId: r.meeting.id, meetingRef: r.meeting.ref, meetingTitle: r.meeting.title, level: r.meeting.level, startsAt: r.meeting.startsAt, attended: signedIn.has(pairKey(r.meeting.id, org.id)) }))
      .filter((r) => measure === "invited" || (r.kind === "invitation" && r.attended));
    return { ...base, records };
  }
  if (measure === "resolutionsDue" || measure === "resolutionsOverdue") {
    const rows = await db.resolution.findMany({
      where: { AND: [where.resolution, { responsibleOrgId: org.id }] },
      select: { id: true, description: true, dueDate: true, doneAt: true, meeting: { select: { id: true, ref: true } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    });
    const records = rows
      .map((r): MeetingRecord => ({ kind: "resolution", id: r.id, meetingId: r.meeting.id, meetingRef: r.meeting.ref, description: r.description, dueDate: r.dueDate, doneDate: r.doneAt ? cityDate(r.doneAt) : null, overdue: overdueOn(r, todayDate) }))
      .filter((r) => measure === "resolutionsDue" || (r.kind === "resolution" && r.overdue));
    return { ...base, records };
  }
  const rows = await db.escalation.findMany({
    where: { AND: [where.escalation, { fromOrgId: org.id }, measure === "escalationsReturned" ? { status: "RETURNED" } : {}] },
    select: { id: true, createdAt: true, status: true, returnReason: true, toOrg: { select: { name: true } }, dispute: { select: { id: true, ref: true, title: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { ...base, records: rows.map((r) => ({ kind: "escalation", id: r.id, disputeId: r.dispute.id, disputeRef: r.dispute.ref, disputeTitle: r.dispute.title, toOrgName: r.toOrg.name, createdAt: r.createdAt, status: r.status, returnReason: r.returnReason })) };
}

// ─────────────────────────────── Commendations ───────────────────────────────

export type CommendationRow = { id: number; orgId: number; orgName: string; orgKind: string; reason: string; createdByName: string; createdAt: Date };

/** Commendations are public honours: everybody who sees assessments sees the list. */
export async function listCommendations(actor: Actor, periodId: number): Promise<CommendationRow[]> {
  await getPeriod(actor, periodId);
  const rows = await db.commendation.findMany({ where: { periodId }, orderBy: { id: "asc" } });
  const orgs = new Map((await db.organisation.findMany({ where: { id: { in: rows.map((r) => r.orgId) } }, select: { id: true, name: true, kind: true } })).map((o) => [o.id, o]));
  return rows.map((r) => ({ id: r.id, orgId: r.orgId, orgName: orgs.get(r.orgId)?.name ?? "", orgKind: orgs.get(r.orgId)?.kind ?? "", reason: r.reason, createdByName: r.createdByName, createdAt: r.createdAt }));
}

/** The bureau commends a ranked unit for the period, with the reason (once per unit and period). */
export async function commendUnit(actor: Actor, periodId: number, data: CommendationData, ip = ""): Promise<void> {
  requirePermission(actor, "assessment.manage");
  await getPeriod(actor, periodId);
  const org = await db.organisation.findFirst({ where: scoped(actor, "assessmentUnit", { id: data.orgId, kind: { in: Object.keys(KIND_OF_ORG) } }), select: { id: true, name: true } });
  if (!org) throw new AppError("validation", { fieldErrors: { orgId: ["orgKind"] } });
  await writeTransaction(async (tx) => {
    const existing = await tx.commendation.findUnique({ where: { periodId_orgId: { periodId, orgId: org.id } } });
    if (existing) throw new AppError("validation", { fieldErrors: { orgId: ["assessment.alreadyCommended"] } });
    const c = await tx.commendation.create({ data: { periodId, orgId: org.id, reason: data.reason, createdById: actor.userId, createdByName: actor.name } });
    await writeAudit(tx, actor, { action: "assessment.commend", entity: "Commendation", entityId: c.id, summary: `${org.name}`, details: { periodId, reason: data.reason }, ip });
  });
}

// ─────────────────────────────── The weekly report ───────────────────────────────

export type WeeklyReport = { from: IsoDate; to: IsoDate; rows: ({ key: "OWN" | "DISTRICT" | "CITY"; name: string } & Scorecard)[]; resolutionRateKnown: boolean };

/** The unit an organisation is assessed as (a district property office reports its district's numbers). */
function reportingUnit(actor: Actor): { id: number; kind: string } | null {
  switch (actor.orgKind) {
    case "STREET_OFFICE":
    case "DISTRICT_GOVERNMENT":
    case "COMMUNITY_COMMITTEE":
    case "PROPERTY_COMPANY":
      return { id: actor.orgId, kind: actor.orgKind };
    case "DISTRICT_PROPERTY_OFFICE":
      return actor.districtId ? { id: actor.districtId, kind: "DISTRICT_GOVERNMENT" } : null;
    default:
      return null;
  }
}

/** This week's numbers of the actor's own unit, its district and the city (complaint indicators). */
export async function weeklyReport(actor: Actor): Promise<WeeklyReport | null> {
  if (!can(actor, "complaints.view")) return null;
  const unit = reportingUnit(actor);
  if (!unit && actor.orgKind !== "HOUSING_BUREAU") return null;
  return shared(`weekly:${actor.orgId}:${today()}`, ["matters", "directory"], () => computeWeeklyReport(actor, unit));
}

async function computeWeeklyReport(actor: Actor, unit: { id: number; kind: string } | null): Promise<WeeklyReport> {
  const week = reportWeek(today());
  const weights = INDICATOR_CODES.map((code) => ({ code, weight: INDICATORS[code].defaultWeight }));
  // None of this week's matters is due yet: their resolution rate is not known, not 0 %.
  const rateKnown = resolutionRateDue(await dueDateAfter("COMPLAINT_HANDLE", week.from), today());
  const weekCard = (counts: Counts, w: readonly Weight[]) => {
    const card = scorecard(counts, w);
    return rateKnown ? card : { ...card, indicators: card.indicators.map((i) => (i.code === "RESOLUTION_RATE" ? { ...i, value: null, score: null } : i)) };
  };
  const rows: WeeklyReport["rows"] = [];
  if (unit) {
    const own = await unitComplaintCounts(actor, unit, week);
    rows.push({ key: "OWN", name: actor.orgName, ...weekCard(own, weights) });
  }
  const districtId = actor.districtId ?? (actor.orgKind === "DISTRICT_GOVERNMENT" ? actor.orgId : null);
  if (districtId !== null && unit?.kind !== "DISTRICT_GOVERNMENT") {
    const d = (await directory()).orgs.get(districtId);
    rows.push({ key: "DISTRICT", name: d?.name ?? "", ...weekCard(await complaintTotals(week, { districtId }), weights) });
  }
  rows.push({ key: "CITY", name: "", ...weekCard(await complaintTotals(week, {}), weights) });
  return { ...week, rows, resolutionRateKnown: rateKnown };
}
