// Assessment and ranking (考核评比, §四): the indicators, their formulas, the weighted score and
// the ranking rules. Every number is computed from records (lib/data/assessment.ts counts them);
// these functions only turn counts into rates, scores and ranks (docs/decisions/037).
import { z } from "zod";
import { INDICATOR_CODES, INDICATORS } from "@/lib/domain/codes";
export { INDICATOR_CODES, INDICATORS, DEFAULT_THRESHOLD, DEFAULT_MIN_VOLUME } from "@/lib/domain/codes";
import { addDays, type IsoDate } from "@/lib/domain/dates";

/** The units ranked, by organisation kind. */
export const RANKED_KINDS = ["DISTRICT", "STREET", "COMMUNITY", "PROPERTY_COMPANY"] as const;
export const rankedKindSchema = z.enum(RANKED_KINDS);
export type RankedKind = z.infer<typeof rankedKindSchema>;

/**
 * Complaint measures: each is a set of complaints a unit is accountable for in a period, and a
 * filter of the complaints list (`measure=`), so every number drills down to exactly its matters.
 *   volume      received in the period and taken on (not "not accepted", not a duplicate)
 *   handled     of those, handled (a result recorded)
 *   onTime      of those handled, on or before the (extended) handling deadline
 *   closed      of the volume, closed (replied to and closed)
 *   rated       of the volume, rated (return visit or the resident's own rating)
 *   satisfied   of those rated, satisfied or basically satisfied
 *   handovers3  of the volume, handed over three or more times (a buck-passing proxy)
 */
export const COMPLAINT_MEASURES = ["volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3"] as const;
export const complaintMeasureSchema = z.enum(COMPLAINT_MEASURES);
export type ComplaintMeasure = z.infer<typeof complaintMeasureSchema>;

/**
 * Joint-meeting measures, counted per organisation on its own records; each drills down to the
 * list of those records (/assessment/[id]/units/[orgId]/records?measure=).
 *   invited              invitations to meetings held in the period
 *   attended             of those, the meetings the unit signed in at
 *   resolutionsDue       resolutions it is responsible for, due in the period (up to today)
 *   resolutionsOverdue   of those, done after the due date or still open past it
 *   escalated            escalations it sent in the period
 *   escalationsReturned  of those, returned by the higher level
 */
export const MEETING_MEASURES = ["invited", "attended", "resolutionsDue", "resolutionsOverdue", "escalated", "escalationsReturned"] as const;
export const meetingMeasureSchema = z.enum(MEETING_MEASURES);
export type OtherMeasure = z.infer<typeof meetingMeasureSchema>;
export type Measure = ComplaintMeasure | OtherMeasure;

/**
 * rate: score = numerator ÷ denominator × 100 (higher is better).
 * clean: score = (1 − numerator ÷ denominator) × 100, the numerator counting failures.
 */
export type IndicatorDefinition = { code: IndicatorCode; kind: "rate" | "clean"; numerator: Measure; denominator: Measure; defaultWeight: number };

export const indicatorCodeSchema = z.enum(INDICATOR_CODES);
export type IndicatorCode = z.infer<typeof indicatorCodeSchema>;

export function isComplaintMeasure(m: Measure): m is ComplaintMeasure {
  return (COMPLAINT_MEASURES as readonly string[]).includes(m);
}

/** A percentage, or null when there is nothing to divide (no data is not zero). */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return (numerator / denominator) * 100;
}

export type IndicatorValue = { code: IndicatorCode; numerator: number; denominator: number; value: number | null; score: number | null };

/** One indicator from its two counts: the rate shown, and its 0–100 score. */
export function indicatorValue(code: IndicatorCode, counts: Partial<Record<Measure, number>>): IndicatorValue {
  const def = INDICATORS[code];
  const numerator = counts[def.numerator] ?? 0;
  const denominator = counts[def.denominator] ?? 0;
  const value = percent(numerator, denominator);
  const score = value === null ? null : def.kind === "rate" ? value : 100 - value;
  return { code, numerator, denominator, value, score };
}

/**
 * Σ weight × score ÷ Σ weight, over the indicators that have data: a unit with no meetings is
 * scored on the rest rather than given zero. Null when no indicator has data.
 */
export function weightedScore(values: readonly { score: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const v of values) {
    if (v.score === null || v.weight <= 0) continue;
    sum += v.score * v.weight;
    weights += v.weight;
  }
  return weights === 0 ? null : sum / weights;
}

export type UnitResult = { orgId: number; name: string; volume: number; score: number | null; satisfaction: number | null };
export type RankedUnit<U extends UnitResult> = U & { rank: number | null; ranked: boolean; belowThreshold: boolean };

/**
 * Ranks units by weighted score (then volume, then name). Units below the minimum volume, or
 * without a score, are listed after the ranked ones as "not ranked". Equal scores share a rank.
 * A unit whose satisfaction rate is below the threshold is flagged, ranked or not.
 */
export function rankUnits<U extends UnitResult>(units: readonly U[], minVolume: number, threshold: number): RankedUnit<U>[] {
  const flag = (u: U) => u.satisfaction !== null && u.satisfaction < threshold;
  const rankable = units.filter((u) => u.volume >= minVolume && u.score !== null);
  const rest = units.filter((u) => !rankable.includes(u));
  const sorted = [...rankable].sort((a, b) => b.score! - a.score! || b.volume - a.volume || a.name.localeCompare(b.name, "zh-CN"));
  const out: RankedUnit<U>[] = [];
  sorted.forEach((u, i) => {
    const prev = out[i - 1];
    const rank = prev && roundScore(prev.score!) === roundScore(u.score!) ? prev.rank : i + 1;
    out.push({ ...u, rank, ranked: true, belowThreshold: flag(u) });
  });
  for (const u of [...rest].sort((a, b) => b.volume - a.volume || a.name.localeCompare(b.name, "zh-CN"))) out.push({ ...u, rank: null, ranked: false, belowThreshold: flag(u) });
  return out;
}

/**
 * The units of a ranking that belong to a district, for the district filter of a city-wide
 * ranking: the district itself, streets and communities by their district, and a property
 * company when it manages an area there (a company working in several districts belongs to each;
 * its row keeps its city-wide numbers and rank).
 */
export function unitsInDistrict(
  kind: RankedKind,
  districtId: number,
  orgs: Iterable<{ id: number; districtId: number | null }>,
  areas: Iterable<{ districtId: number; propertyCompanyId: number | null }>,
): Set<number> {
  if (kind === "DISTRICT") return new Set([districtId]);
  const ids = new Set<number>();
  if (kind === "PROPERTY_COMPANY") {
    for (const a of areas) if (a.districtId === districtId && a.propertyCompanyId !== null) ids.add(a.propertyCompanyId);
  } else {
    for (const o of orgs) if (o.districtId === districtId) ids.add(o.id);
  }
  return ids;
}

/** Rows of a ranking page: a city's 1,500 property companies take 15 pages instead of one of
 * 4 MB (decision 089). The printed report and the exports keep every row. */
export const RANKING_ROWS_PER_PAGE = 100;

/**
 * Which rows of a ranking of `total` rows page `requested` (1-based; none: the first) shows, and
 * how many pages there are (at least one, for an empty ranking). A page past the last shows the
 * last (a link kept from a longer ranking); null for a page number that is not one (the page
 * answers 404).
 */
export function rankingPage(total: number, requested: number | undefined, perPage = RANKING_ROWS_PER_PAGE): { page: number; pages: number; from: number; to: number } | null {
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) return null;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(requested ?? 1, pages);
  return { page, pages, from: (page - 1) * perPage, to: Math.min(total, page * perPage) };
}

/** Scores are compared as shown (one decimal). */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

/** Weights of a period: integers 0–100 that sum to exactly 100, at least one above zero. */
export function weightsValid(weights: readonly number[]): boolean {
  return weights.every((w) => Number.isInteger(w) && w >= 0 && w <= 100) && weights.reduce((a, b) => a + b, 0) === 100;
}

/** The calendar months a period covers, "YYYY-MM", for the trend chart. */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 120) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The dates of one month clipped to a period: [from, to], inclusive. */
export function monthWithin(month: string, from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } {
  const first = `${month}-01`;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const last = addDays(next, -1);
  return { from: first < from ? from : first, to: last > to ? to : last };
}

/** The weekly report's week: the seven days ending today. */
export function reportWeek(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, -6), to: today };
}

/**
 * Whether a rate over matters received from `from` can say anything yet: the resolution rate
 * (closed ÷ received) of matters none of which is due yet is not 0 %, it is not known. `firstDue`
 * is the handling deadline of a matter received on `from` (the earliest of them).
 */
export function resolutionRateDue(firstDue: IsoDate, today: IsoDate): boolean {
  return firstDue <= today;
}

/**
 * A resolution falling due in the period counts as overdue when it was done after its due date,
 * or is still not done after it (a resolution due today is not overdue yet).
 */
export function resolutionOverdue(r: { dueDate: IsoDate; doneDate: IsoDate | null }, today: IsoDate): boolean {
  return r.doneDate === null ? r.dueDate < today : r.doneDate > r.dueDate;
}
