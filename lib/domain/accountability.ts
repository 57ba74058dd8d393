// Accountability records (责任追究, §四): what went wrong, the status machine and who may see the
// persons held responsible. Pure; lib/data/accountability.ts calls it (docs/decisions/032).
import { z } from "zod";
import { FAILURES, AMENDABLE_FIELDS } from "@/lib/domain/codes";
export { FAILURES, AMENDABLE_FIELDS } from "@/lib/domain/codes";
import type { OrgKind } from "@/lib/domain/organisation";

export const failureSchema = z.enum(FAILURES);
export type Failure = z.infer<typeof failureSchema>;

export const ACCOUNTABILITY_STATUSES = ["OPEN", "DECIDED", "CLOSED"] as const;
export const accountabilityStatusSchema = z.enum(ACCOUNTABILITY_STATUSES);
export type AccountabilityStatus = z.infer<typeof accountabilityStatusSchema>;

export const MATTER_TYPES = ["COMPLAINT", "REFERRAL", "DISPUTE"] as const;
export const matterTypeSchema = z.enum(MATTER_TYPES);
export type MatterType = z.infer<typeof matterTypeSchema>;

export const amendableFieldSchema = z.enum(AMENDABLE_FIELDS);
export type AmendableField = z.infer<typeof amendableFieldSchema>;

export const ACCOUNTABILITY_ACTIONS = ["decide", "close", "amend", "explain"] as const;
export type AccountabilityAction = (typeof ACCOUNTABILITY_ACTIONS)[number];

/** OPEN → DECIDED (with the decision) → CLOSED. Nothing goes back: a wrong decision is amended. */
const NEXT: Record<"decide" | "close", { from: AccountabilityStatus; to: AccountabilityStatus }> = {
  decide: { from: "OPEN", to: "DECIDED" },
  close: { from: "DECIDED", to: "CLOSED" },
};

export type RecordState = { status: AccountabilityStatus | string; openedByOrgId: number; subjectOrgId: number };

/** Whether an organisation may take an action on a record now. The opening authority decides,
 * closes and amends; the unit concerned explains until the record is closed. */
export function mayAct(r: RecordState, action: AccountabilityAction, orgId: number): boolean {
  switch (action) {
    case "decide":
    case "close":
      return orgId === r.openedByOrgId && r.status === NEXT[action].from;
    case "amend":
      return orgId === r.openedByOrgId;
    case "explain":
      return orgId === r.subjectOrgId && r.status !== "CLOSED";
  }
}

export function nextStatus(r: RecordState, action: "decide" | "close"): AccountabilityStatus | null {
  return r.status === NEXT[action].from ? NEXT[action].to : null;
}

export function allowedActions(r: RecordState, orgId: number): AccountabilityAction[] {
  return ACCOUNTABILITY_ACTIONS.filter((a) => mayAct(r, a, orgId));
}

/** The current status: the latest history row's (rows in seq order). */
export function currentStatus(history: readonly { seq: number; status: string }[]): AccountabilityStatus {
  const last = [...history].sort((a, b) => a.seq - b.seq).at(-1);
  const parsed = accountabilityStatusSchema.safeParse(last?.status);
  return parsed.success ? parsed.data : "OPEN";
}

/** The text now in force for a field: the latest amendment, else the original. */
export function currentText(original: string, history: readonly { seq: number; kind: string; field?: string | null; text: string }[], field: AmendableField): string {
  const amendments = history.filter((h) => h.kind === "AMENDED" && h.field === field);
  const decision = field === "DECISION" ? history.filter((h) => h.kind === "DECIDED") : [];
  const candidates = [...decision, ...amendments].sort((a, b) => a.seq - b.seq);
  return candidates.at(-1)?.text ?? original;
}

/** Names and positions of the persons responsible: only the opening authority and the city see them. */
export function maySeePersons(viewer: { orgId: number; orgKind: OrgKind | string }, r: { openedByOrgId: number }): boolean {
  return viewer.orgKind === "HOUSING_BUREAU" || viewer.orgId === r.openedByOrgId;
}

/** Who may open a record on whom: the bureau on any unit; a district (government or property
 * office) on the units of its district. */
export type Subject = { id: number; kind: OrgKind | string; districtId: number | null; managesInDistricts: readonly number[] };
export type Opener = { orgId: number; orgKind: OrgKind | string; districtId: number | null };

export function mayOpenOn(opener: Opener, subject: Subject): boolean {
  if (subject.id === opener.orgId) return false;
  if (opener.orgKind === "HOUSING_BUREAU") return true;
  if (opener.orgKind !== "DISTRICT_GOVERNMENT" && opener.orgKind !== "DISTRICT_PROPERTY_OFFICE") return false;
  const district = opener.districtId;
  if (district === null) return false;
  if (subject.kind === "DISTRICT_GOVERNMENT") return false;
  return subject.districtId === district || subject.managesInDistricts.includes(district);
}

/** The district whose scope a record falls in: the opening district; for the bureau, the subject's. */
export function scopeDistrictOf(opener: Opener, subject: Subject): number | null {
  if (opener.orgKind !== "HOUSING_BUREAU") return opener.districtId;
  if (subject.kind === "DISTRICT_GOVERNMENT") return subject.id;
  return subject.districtId;
}

/** "ZZ-2026-0001": per year. */
export function nextAccountabilityRef(year: number, last: string | null): string {
  const prefix = `ZZ-${year}-`;
  const n = last && last.startsWith(prefix) ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
