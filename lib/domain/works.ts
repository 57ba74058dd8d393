// Planned works of public-service units (公共服务联动, §三(三)): notified before they start,
// restored afterwards, the restoration confirmed area by area.
//
//   NOTIFIED ─reportRestoration→ RESTORATION_REPORTED ─(every area confirms)→ CLOSED
//      └─cancel (before the start)        └─(an area disputes)→ DISPUTED ─reportRestoration→ RESTORATION_REPORTED
import { z } from "zod";
import type { IsoDate } from "@/lib/domain/dates";

export const WORKS_STATUSES = ["NOTIFIED", "RESTORATION_REPORTED", "DISPUTED", "CLOSED", "CANCELLED"] as const;
export const worksStatusSchema = z.enum(WORKS_STATUSES);
export type WorksStatus = z.infer<typeof worksStatusSchema>;

export const RESTORATION_ANSWERS = ["PENDING", "CONFIRMED", "DISPUTED"] as const;
export type RestorationAnswer = (typeof RESTORATION_ANSWERS)[number];

export const WORKS_ACTIONS = ["reportRestoration", "cancel"] as const;
export type WorksAction = (typeof WORKS_ACTIONS)[number];
export const WORKS_AREA_ACTIONS = ["confirmRestoration", "disputeRestoration"] as const;
export type WorksAreaAction = (typeof WORKS_AREA_ACTIONS)[number];

export const WORKS_EVENT_KINDS = ["NOTIFIED", "CANCELLED", "RESTORATION_REPORTED", "RESTORATION_CONFIRMED", "RESTORATION_DISPUTED", "CLOSED"] as const;
export type WorksEventKind = (typeof WORKS_EVENT_KINDS)[number];

export type WorksState = { status: WorksStatus | string; utilityOrgId: number; startDate: IsoDate; endDate: IsoDate };

/** Why planned works dates are refused, or null. Works are announced before they start. */
export function worksDatesProblem(startDate: IsoDate, endDate: IsoDate, today: IsoDate): null | "startNotFuture" | "endBeforeStart" {
  if (startDate <= today) return "startNotFuture";
  if (endDate < startDate) return "endBeforeStart";
  return null;
}

export function mayTakeWorks(w: WorksState, action: WorksAction, actor: { orgId: number }, today: IsoDate): boolean {
  if (actor.orgId !== w.utilityOrgId) return false;
  switch (action) {
    case "reportRestoration":
      // Restoration follows the works: not before they start.
      return (w.status === "NOTIFIED" || w.status === "DISPUTED") && today >= w.startDate;
    case "cancel":
      return w.status === "NOTIFIED" && today < w.startDate;
  }
}

export function allowedWorksActions(w: WorksState, actor: { orgId: number }, today: IsoDate): WorksAction[] {
  return WORKS_ACTIONS.filter((a) => mayTakeWorks(w, a, actor, today));
}

export type WorksAreaState = { restoration: RestorationAnswer | string; confirmerOrgId: number };

/** An area's confirmer answers a reported restoration once. */
export function mayAnswerRestoration(w: Pick<WorksState, "status">, area: WorksAreaState, actor: { orgId: number }): boolean {
  return (w.status === "RESTORATION_REPORTED" || w.status === "DISPUTED") && area.restoration === "PENDING" && area.confirmerOrgId === actor.orgId;
}

/** The works' status once the areas have answered: closed when all confirmed, disputed if any disputes. */
export function statusAfterAnswers(answers: readonly string[]): WorksStatus {
  if (answers.some((a) => a === "DISPUTED")) return "DISPUTED";
  if (answers.length > 0 && answers.every((a) => a === "CONFIRMED")) return "CLOSED";
  return "RESTORATION_REPORTED";
}

/** Restoration is late once the works' end date has passed without it. */
export function isRestorationOverdue(w: Pick<WorksState, "status" | "endDate">, today: IsoDate): boolean {
  return w.status === "NOTIFIED" && w.endDate < today;
}

/** Where the works stand today, for display: announced, under way, or awaiting restoration. */
export function worksPhase(w: Pick<WorksState, "status" | "startDate" | "endDate">, today: IsoDate): "UPCOMING" | "UNDERWAY" | "ENDED" | null {
  if (w.status !== "NOTIFIED") return null;
  if (today < w.startDate) return "UPCOMING";
  if (today <= w.endDate) return "UNDERWAY";
  return "ENDED";
}
