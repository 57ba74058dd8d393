// Joint meetings (联席会议): statuses, the state machine of a meeting and its minutes, who is
// invited by default at each tier (§三(四)), overlap warnings and the checks before minutes are
// finalized. Pure: lib/data/meetings.ts applies it.
import { z } from "zod";
import { ATTENDANCE_CAPACITIES } from "@/lib/domain/codes";
export { ATTENDANCE_CAPACITIES } from "@/lib/domain/codes";
import type { DisputeLevel } from "@/lib/domain/dispute";
import type { OrgKind } from "@/lib/domain/organisation";
import type { ActorView } from "@/lib/domain/dispute";

/** SCHEDULED (invitations out) → HELD (attendance and minutes recorded) ; SCHEDULED → CANCELLED. */
export const MEETING_STATUSES = ["SCHEDULED", "HELD", "CANCELLED"] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** Minutes are drafted, then finalized; final minutes are read-only and corrected by amendments. */
export const MINUTES_STATUSES = ["DRAFT", "FINAL"] as const;
export const minutesStatusSchema = z.enum(MINUTES_STATUSES);
export type MinutesStatus = z.infer<typeof minutesStatusSchema>;

export const INVITATION_STATUSES = ["PENDING", "CONFIRMED", "DECLINED"] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const attendanceCapacitySchema = z.enum(ATTENDANCE_CAPACITIES);
export type AttendanceCapacity = z.infer<typeof attendanceCapacitySchema>;

export type MeetingAction =
  | "reschedule"
  | "cancel"
  | "editInvitations"
  | "hold"
  | "recordAttendance"
  | "editMinutes"
  | "editResolutions"
  | "finalize"
  | "amend"
  | "respond";

export type MeetingView = { status: MeetingStatus; minutesStatus: MinutesStatus; convenerOrgId: number };

/** The state of a meeting after an action, or the reason it is refused (errors.transition). */
export function meetingTransition(meeting: Pick<MeetingView, "status" | "minutesStatus">, action: MeetingAction): { ok: true; status: MeetingStatus; minutesStatus: MinutesStatus } | { ok: false; reason: string } {
  const { status, minutesStatus } = meeting;
  const stay = { ok: true as const, status, minutesStatus };
  switch (action) {
    case "reschedule":
    case "editInvitations":
    case "respond":
      return status === "SCHEDULED" ? stay : { ok: false, reason: status === "CANCELLED" ? "meetingCancelled" : "meetingAlreadyHeld" };
    case "cancel":
      return status === "SCHEDULED" ? { ok: true, status: "CANCELLED", minutesStatus } : { ok: false, reason: status === "CANCELLED" ? "meetingCancelled" : "meetingAlreadyHeld" };
    case "hold":
      return status === "SCHEDULED" ? { ok: true, status: "HELD", minutesStatus } : { ok: false, reason: status === "CANCELLED" ? "meetingCancelled" : "meetingAlreadyHeld" };
    case "recordAttendance":
    case "editMinutes":
    case "editResolutions":
      if (status !== "HELD") return { ok: false, reason: status === "CANCELLED" ? "meetingCancelled" : "meetingNotHeld" };
      return minutesStatus === "DRAFT" ? stay : { ok: false, reason: "minutesFinal" };
    case "finalize":
      if (status !== "HELD") return { ok: false, reason: status === "CANCELLED" ? "meetingCancelled" : "meetingNotHeld" };
      return minutesStatus === "DRAFT" ? { ok: true, status, minutesStatus: "FINAL" } : { ok: false, reason: "minutesFinal" };
    case "amend":
      return status === "HELD" && minutesStatus === "FINAL" ? stay : { ok: false, reason: "minutesNotFinal" };
  }
}

const CONVENER_ACTIONS: readonly MeetingAction[] = ["reschedule", "cancel", "editInvitations", "hold", "recordAttendance", "editMinutes", "editResolutions", "finalize", "amend"];

/**
 * The buttons to show on a meeting's page: the convener runs the meeting; an invited
 * organisation answers its invitation while the meeting is still to come.
 */
export function meetingActions(meeting: MeetingView, actor: ActorView, invited: boolean): MeetingAction[] {
  if (actor.role === "ADMIN") return [];
  const actions: MeetingAction[] = [];
  if (actor.orgId === meeting.convenerOrgId) {
    for (const a of CONVENER_ACTIONS) if (meetingTransition(meeting, a).ok) actions.push(a);
  }
  if (invited && meetingTransition(meeting, "respond").ok) actions.push("respond");
  return actions;
}

/** Why an invitation answer is refused, or null. A declined invitation may be confirmed later and vice versa. */
export function responseRefusal(meeting: Pick<MeetingView, "status" | "minutesStatus">, invited: boolean): string | null {
  if (!invited) return "notInvited";
  const step = meetingTransition(meeting, "respond");
  return step.ok ? null : step.reason;
}

/** A finalizable agenda item: its minutes and, for a dispute, its outcome and how many
 * resolutions the meeting gave it. */
export type AgendaDraft = { disputeId: number | null; minutes: string; outcome: string | null; resolutions?: number };

/** A meeting may be marked as started from this many minutes before its scheduled time (not earlier:
 * its printed minutes would be dated before the meeting). */
export const EARLY_START_MINUTES = 30;

export function mayStartAt(startsAt: Date, now: Date): boolean {
  return now.getTime() >= startsAt.getTime() - EARLY_START_MINUTES * 60_000;
}

/**
 * What stops the minutes from being finalized, as field errors keyed like the minutes form
 * (items.<i>.minutes, items.<i>.outcome, attendance): empty minutes, a dispute without an
 * outcome, nobody signed in.
 */
export function finalizeProblems(items: readonly AgendaDraft[], attendanceCount: number, options: { confirmNoResolutions?: boolean } = {}): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (items.length === 0) problems.agenda = ["meeting.agendaRequired"];
  items.forEach((item, i) => {
    if (item.minutes.trim() === "") problems[`items.${i}.minutes`] = ["meeting.minutesRequired"];
    if (item.disputeId !== null && !item.outcome) problems[`items.${i}.outcome`] = ["meeting.outcomeRequired"];
    // Resolved with nothing for anyone to carry out: the dispute would be marked settled at once;
    // the convener says so deliberately.
    else if (item.disputeId !== null && item.outcome === "RESOLVED" && (item.resolutions ?? 0) === 0 && !options.confirmNoResolutions) {
      problems[`items.${i}.outcome`] = ["meeting.resolvedWithoutResolutions"];
    }
  });
  if (attendanceCount === 0) problems.attendance = ["meeting.attendanceRequired"];
  return problems;
}

/** Why an invitee is on the default list (shown beside it in the form). */
export type InviteReason = "community" | "police" | "propertyCompany" | "ownersCommittee" | "unit" | "street" | "propertyOffice" | "district" | "department";
export type DefaultInvitee = { orgId: number; reason: InviteReason };

export type InviteContext = {
  convenerOrgId: number;
  /** The convener's district (the district government's own id for a district meeting). */
  convenerDistrictId: number | null;
  areas: readonly { districtId: number; streetId: number; communityId: number; policeStationId: number | null; propertyCompanyId: number | null; ownersCommitteeId: number | null }[];
  units: readonly { id: number; kind: OrgKind }[];
  /** District id → its district property office. */
  propertyOffices: ReadonlyMap<number, number>;
};

/**
 * The invitation list the policy prescribes, before the convener edits it:
 * street — the area's community committee, police station, property company, owners' committee
 *          and the units involved;
 * district — the street office(s), the district property office and the departments involved;
 * city — the districts involved and the city departments involved.
 */
export function defaultInvitees(level: DisputeLevel, ctx: InviteContext): DefaultInvitee[] {
  const out = new Map<number, InviteReason>();
  const add = (orgId: number | null, reason: InviteReason) => {
    if (orgId !== null && orgId !== ctx.convenerOrgId && !out.has(orgId)) out.set(orgId, reason);
  };
  if (level === "STREET") {
    for (const a of ctx.areas) {
      add(a.communityId, "community");
      add(a.policeStationId, "police");
      add(a.propertyCompanyId, "propertyCompany");
      add(a.ownersCommitteeId, "ownersCommittee");
    }
    for (const u of ctx.units) add(u.id, "unit");
  } else if (level === "DISTRICT") {
    const inDistrict = ctx.areas.filter((a) => a.districtId === ctx.convenerDistrictId);
    for (const a of inDistrict) add(a.streetId, "street");
    if (ctx.convenerDistrictId !== null) add(ctx.propertyOffices.get(ctx.convenerDistrictId) ?? null, "propertyOffice");
    for (const u of ctx.units) if (u.kind === "CITY_DEPARTMENT" || u.kind === "UTILITY" || u.kind === "DISTRICT_PROPERTY_OFFICE") add(u.id, "department");
  } else {
    for (const a of ctx.areas) add(a.districtId, "district");
    for (const u of ctx.units) if (u.kind === "CITY_DEPARTMENT") add(u.id, "department");
  }
  return [...out].map(([orgId, reason]) => ({ orgId, reason }));
}

export type TimeSlot = { startsAt: Date; endsAt: Date };

/** Two meetings overlap when each starts before the other ends. */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** "LX-2026-00007": a meeting's reference. */
export function meetingRef(year: string, id: number): string {
  return `LX-${year}-${String(id).padStart(5, "0")}`;
}

export const MAX_MEETING_MINUTES = 12 * 60;

/** "2026-12-01 09:00" in Shanghai time: for notification parameters (language-neutral). */
export function cityDateTimeLabel(at: Date): string {
  return new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace("T", " ");
}

/** "冯涛（社区民警）、李明" → [{ name: "冯涛", position: "社区民警" }, { name: "李明", position: "" }]: a confirmed invitee's answer pre-fills attendance. */
export function parseAttendees(text: string): { name: string; position: string }[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.+?)\s*[（(](.*)[）)]\s*$/.exec(s);
      return m ? { name: m[1]!.trim().slice(0, 30), position: m[2]!.trim().slice(0, 50) } : { name: s.slice(0, 30), position: "" };
    });
}
