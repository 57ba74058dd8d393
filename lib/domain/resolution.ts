// Resolutions (议定事项): the action items a meeting decides, each with a responsible
// organisation, a due date and a status. The responsible organisation records progress and marks
// it done; the convener confirms or reopens it. A dispute is resolved only when its meeting
// outcome is "resolved" and all its resolutions are confirmed. Pure.
import { z } from "zod";
import { isOverdue } from "@/lib/domain/deadline";
import type { IsoDate } from "@/lib/domain/dates";
import type { ActorView } from "@/lib/domain/dispute";
import type { MinutesStatus } from "@/lib/domain/meeting";

export const RESOLUTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CONFIRMED"] as const;
export const resolutionStatusSchema = z.enum(RESOLUTION_STATUSES);
export type ResolutionStatus = z.infer<typeof resolutionStatusSchema>;

/** Statuses in which the responsible organisation still owes work (and can be overdue). */
export const OUTSTANDING_RESOLUTION_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly ResolutionStatus[];

export const PROGRESS_KINDS = ["PROGRESS", "DONE", "CONFIRMED", "REOPENED"] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

export type ResolutionAction = "progress" | "markDone" | "confirm" | "reopen";

export function resolutionTransition(status: ResolutionStatus, action: ResolutionAction): { ok: true; status: ResolutionStatus } | { ok: false; reason: string } {
  switch (action) {
    case "progress":
      return status === "OPEN" || status === "IN_PROGRESS" ? { ok: true, status: "IN_PROGRESS" } : { ok: false, reason: "resolutionNotOutstanding" };
    case "markDone":
      return status === "OPEN" || status === "IN_PROGRESS" ? { ok: true, status: "DONE" } : { ok: false, reason: "resolutionNotOutstanding" };
    case "confirm":
      return status === "DONE" ? { ok: true, status: "CONFIRMED" } : { ok: false, reason: "resolutionNotDone" };
    case "reopen":
      return status === "DONE" ? { ok: true, status: "IN_PROGRESS" } : { ok: false, reason: "resolutionNotDone" };
  }
}

export type ResolutionView = { status: ResolutionStatus; responsibleOrgId: number };
export type ResolutionMeetingView = { convenerOrgId: number; minutesStatus: MinutesStatus };

/** Who may do what: only once the minutes are final; progress by the responsible, confirmation by the convener. */
export function resolutionRefusal(resolution: ResolutionView, meeting: ResolutionMeetingView, actor: ActorView, action: ResolutionAction): string | null {
  if (meeting.minutesStatus !== "FINAL") return "minutesNotFinal";
  const responsible = actor.orgId === resolution.responsibleOrgId;
  const convener = actor.orgId === meeting.convenerOrgId;
  if ((action === "progress" || action === "markDone") && !responsible) return "notResponsible";
  if ((action === "confirm" || action === "reopen") && !convener) return "notConvener";
  const step = resolutionTransition(resolution.status, action);
  return step.ok ? null : step.reason;
}

export function resolutionActions(resolution: ResolutionView, meeting: ResolutionMeetingView, actor: ActorView): ResolutionAction[] {
  if (actor.role === "ADMIN") return [];
  return (["progress", "markDone", "confirm", "reopen"] as const).filter((a) => resolutionRefusal(resolution, meeting, actor, a) === null);
}

/** Overdue: still owed and past its due date (a resolution marked done is not overdue). */
export function isResolutionOverdue(resolution: { status: string; dueDate: IsoDate }, today: IsoDate): boolean {
  return (resolution.status === "OPEN" || resolution.status === "IN_PROGRESS") && isOverdue(resolution.dueDate, today);
}

/** A dispute settled at a meeting is resolved once every one of its resolutions is confirmed. */
export function allConfirmed(statuses: readonly string[]): boolean {
  return statuses.every((s) => s === "CONFIRMED");
}
