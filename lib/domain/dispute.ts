// Disputes (矛盾纠纷): tiers, statuses, urgency, meeting outcomes, the timeline's event types, and
// the state machine that decides which transitions are allowed. Pure: lib/data/disputes.ts
// applies it inside its transactions and pages ask disputeActions() which buttons to show.
import { z } from "zod";
import { URGENCIES, OUTCOMES } from "@/lib/domain/codes";
export { URGENCIES, OUTCOMES, UNIT_FORM_KINDS, needsMoreUnits } from "@/lib/domain/codes";
import type { OrgKind, Role } from "@/lib/domain/organisation";

/** The three tiers of §三(四): street joint meeting, district joint meeting, city joint meeting. */
export const DISPUTE_LEVELS = ["STREET", "DISTRICT", "CITY"] as const;
export const disputeLevelSchema = z.enum(DISPUTE_LEVELS);
export type DisputeLevel = z.infer<typeof disputeLevelSchema>;

/**
 * PENDING_MEETING  waits for its holder to convene a meeting (registered, accepted, reopened)
 * SCHEDULED        on the agenda of a meeting whose minutes are not final yet
 * UNRESOLVED       its last meeting at this tier ended unresolved or partly resolved
 * ESCALATED        reported to the next tier, waiting to be accepted or returned
 * RETURNED         the next tier returned it: the holder must meet on it again
 * IMPLEMENTING     settled at a meeting; its resolutions are being carried out
 * RESOLVED         settled and every resolution confirmed done
 */
export const DISPUTE_STATUSES = ["PENDING_MEETING", "SCHEDULED", "UNRESOLVED", "ESCALATED", "RETURNED", "IMPLEMENTING", "RESOLVED"] as const;
export const disputeStatusSchema = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof disputeStatusSchema>;

/** Statuses in which the holder still has to act (lists "open disputes"). */
export const OPEN_DISPUTE_STATUSES = ["PENDING_MEETING", "SCHEDULED", "UNRESOLVED", "ESCALATED", "RETURNED", "IMPLEMENTING"] as const satisfies readonly DisputeStatus[];

export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export function isUnsettled(outcome: Outcome | null | undefined): boolean {
  return outcome === "UNRESOLVED" || outcome === "PARTLY_RESOLVED";
}

/** What the timeline records (append-only DisputeEvent.type). */
export const DISPUTE_EVENT_TYPES = [
  "created",
  "updated",
  "attachmentsAdded",
  "scheduled",
  "invited",
  "rescheduled",
  "meetingCancelled",
  "held",
  "outcome",
  "escalated",
  "accepted",
  "returned",
  "resolutionDone",
  "resolutionConfirmed",
  "resolutionReopened",
  "resolved",
  "reopened",
] as const;
export type DisputeEventType = (typeof DISPUTE_EVENT_TYPES)[number];

/** Which kind of organisation convenes the joint meeting of each tier. */
export const CONVENER_KIND = {
  STREET: "STREET_OFFICE",
  DISTRICT: "DISTRICT_GOVERNMENT",
  CITY: "HOUSING_BUREAU",
} as const satisfies Record<DisputeLevel, OrgKind>;

/** The tier an organisation convenes, or null when it convenes none. */
export function convenedLevel(kind: OrgKind): DisputeLevel | null {
  for (const level of DISPUTE_LEVELS) if (CONVENER_KIND[level] === kind) return level;
  return null;
}

export function nextLevel(level: DisputeLevel): DisputeLevel | null {
  return level === "STREET" ? "DISTRICT" : level === "DISTRICT" ? "CITY" : null;
}

/** A dispute lies in several districts when its areas do: derived, never typed in. */
export function isCrossDistrict(areaDistrictIds: readonly number[]): boolean {
  return new Set(areaDistrictIds).size > 1;
}


/** The transitions of the state machine. */
export type DisputeTransition =
  | { type: "schedule" }
  | { type: "unschedule"; restoreTo: DisputeStatus }
  | { type: "recordOutcome"; outcome: Outcome; allResolutionsConfirmed: boolean }
  | { type: "escalate"; crossDistrict: boolean; level: DisputeLevel }
  | { type: "accept" }
  | { type: "return" }
  | { type: "resolve"; allResolutionsConfirmed: boolean }
  | { type: "reopen" };

export type Refusal = { ok: false; reason: string };
export type Next<T> = { ok: true; status: T } | Refusal;

/**
 * The deadline rule that runs while a dispute waits on its holder (docs/decisions/060):
 * convene a meeting, meet again after a return, escalate or meet again after an unresolved
 * meeting. A scheduled dispute waits for its meeting's minutes (MEETING_MINUTES, counted from the
 * meeting's date: disputeScheduledDueDate). Null where another record's deadline runs (the
 * escalation to accept, the resolutions to carry out) or nothing is due.
 */
export function disputeWaitRule(status: string): "DISPUTE_CONVENE" | "DISPUTE_RECONVENE" | "DISPUTE_FOLLOW_UP" | null {
  switch (status) {
    case "PENDING_MEETING":
      return "DISPUTE_CONVENE";
    case "RETURNED":
      return "DISPUTE_RECONVENE";
    case "UNRESOLVED":
      return "DISPUTE_FOLLOW_UP";
    default:
      return null;
  }
}

const SCHEDULABLE: readonly DisputeStatus[] = ["PENDING_MEETING", "UNRESOLVED", "RETURNED"];

/** The status after a transition, or the reason it is refused (a key of errors.transition). */
export function disputeTransition(status: DisputeStatus, t: DisputeTransition): Next<DisputeStatus> {
  const refuse = (reason: string): Refusal => ({ ok: false, reason });
  switch (t.type) {
    case "schedule":
      return SCHEDULABLE.includes(status) ? { ok: true, status: "SCHEDULED" } : refuse(status === "SCHEDULED" ? "alreadyScheduled" : "disputeNotSchedulable");
    case "unschedule":
      if (status !== "SCHEDULED") return refuse("disputeNotScheduled");
      return SCHEDULABLE.includes(t.restoreTo) ? { ok: true, status: t.restoreTo } : refuse("disputeNotScheduled");
    case "recordOutcome":
      if (status !== "SCHEDULED") return refuse("disputeNotScheduled");
      if (t.outcome === "RESOLVED") return { ok: true, status: t.allResolutionsConfirmed ? "RESOLVED" : "IMPLEMENTING" };
      return { ok: true, status: "UNRESOLVED" };
    case "escalate":
      if (status === "UNRESOLVED") return { ok: true, status: "ESCALATED" };
      // A dispute whose areas lie in several districts may go from the district straight to the city.
      if (status === "PENDING_MEETING" && t.level === "DISTRICT" && t.crossDistrict) return { ok: true, status: "ESCALATED" };
      return refuse(status === "ESCALATED" ? "alreadyEscalated" : status === "RETURNED" ? "returnedNeedsMeeting" : "disputeNotUnresolved");
    case "accept":
      return status === "ESCALATED" ? { ok: true, status: "PENDING_MEETING" } : refuse("escalationNotPending");
    case "return":
      return status === "ESCALATED" ? { ok: true, status: "RETURNED" } : refuse("escalationNotPending");
    case "resolve":
      if (status !== "IMPLEMENTING") return refuse("disputeNotImplementing");
      return t.allResolutionsConfirmed ? { ok: true, status: "RESOLVED" } : refuse("resolutionsOutstanding");
    case "reopen":
      return status === "RESOLVED" ? { ok: true, status: "PENDING_MEETING" } : refuse("disputeNotResolved");
  }
}

/** The status a dispute returns to when the meeting it was scheduled for is cancelled. */
export function statusBeforeScheduling(recorded: string | undefined): DisputeStatus {
  const parsed = disputeStatusSchema.safeParse(recorded);
  return parsed.success && SCHEDULABLE.includes(parsed.data) ? parsed.data : "PENDING_MEETING";
}

export type DisputeAction = "edit" | "schedule" | "escalate" | "reopen";
export type DisputeView = { level: DisputeLevel; status: DisputeStatus; ownerOrgId: number; crossDistrict: boolean };
export type ActorView = { orgId: number; orgKind: OrgKind; role: Role };

/** May this organisation convene meetings at this tier? */
export function convenesAt(actor: Pick<ActorView, "orgKind">, level: DisputeLevel): boolean {
  return CONVENER_KIND[level] === actor.orgKind;
}

/**
 * The buttons to show on a dispute's page. Escalation needs more facts (the meeting it rests on),
 * so it is listed when `canEscalate` says so (lib/domain/escalation.ts).
 */
export function disputeActions(dispute: DisputeView, actor: ActorView, canEscalate: boolean): DisputeAction[] {
  if (actor.role === "ADMIN") return [];
  const holder = actor.orgId === dispute.ownerOrgId && convenesAt(actor, dispute.level);
  if (!holder) return [];
  const actions: DisputeAction[] = [];
  if (dispute.status !== "ESCALATED" && dispute.status !== "RESOLVED") actions.push("edit");
  if (disputeTransition(dispute.status, { type: "schedule" }).ok) actions.push("schedule");
  if (canEscalate) actions.push("escalate");
  if (dispute.status === "RESOLVED") actions.push("reopen");
  return actions;
}

/** "JF-2026-00042": the dispute's reference, from the year it was registered and its id. */
export function disputeRef(year: string, id: number): string {
  return `JF-${year}-${String(id).padStart(5, "0")}`;
}

/** Kinds of organisation that may be named as a unit involved in a dispute (not the conveners). */
export const UNIT_KINDS = ["CITY_DEPARTMENT", "UTILITY", "DISTRICT_PROPERTY_OFFICE", "PROPERTY_COMPANY", "POLICE_STATION", "COMMUNITY_COMMITTEE", "OWNERS_COMMITTEE"] as const satisfies readonly OrgKind[];
