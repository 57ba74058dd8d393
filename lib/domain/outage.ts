// Outages (停水 / 停气 / 停电 / 停热, §三(三)): registered by the utility concerned, with assist
// tasks (emergency-repair support) for the property companies of the areas affected.
import { z } from "zod";

export const OUTAGE_KINDS = ["WATER", "GAS", "POWER", "HEATING"] as const;
export const outageKindSchema = z.enum(OUTAGE_KINDS);
export type OutageKind = z.infer<typeof outageKindSchema>;

export const OUTAGE_STATUSES = ["ACTIVE", "RESTORED"] as const;
export type OutageStatus = (typeof OUTAGE_STATUSES)[number];
export const ASSIST_STATUSES = ["PENDING", "CONFIRMED"] as const;
export type AssistStatus = (typeof ASSIST_STATUSES)[number];

export const OUTAGE_EVENT_KINDS = ["REGISTERED", "ASSIST_CONFIRMED", "RESTORED"] as const;
export type OutageEventKind = (typeof OUTAGE_EVENT_KINDS)[number];

/** The outage a utility can announce follows from its sector; post, telecom and cable TV have none. */
export function outageKindFor(sector: string | null): OutageKind | null {
  return (OUTAGE_KINDS as readonly string[]).includes(sector ?? "") ? (sector as OutageKind) : null;
}

/** How far back an outage may be registered (one that began before anyone could register it). */
export const OUTAGE_BACKDATE_DAYS = 7;

export function outageTimesProblem(startAt: Date, expectedEndAt: Date, now: Date): null | "endBeforeStart" | "startTooEarly" {
  if (expectedEndAt.getTime() <= startAt.getTime()) return "endBeforeStart";
  if (startAt.getTime() < now.getTime() - OUTAGE_BACKDATE_DAYS * 86_400_000) return "startTooEarly";
  return null;
}

export type OutageState = { status: string; utilityOrgId: number };

export function mayRestore(o: OutageState, actor: { orgId: number }): boolean {
  return o.status === "ACTIVE" && o.utilityOrgId === actor.orgId;
}

export function mayConfirmAssist(task: { status: string; assigneeOrgId: number }, actor: { orgId: number }): boolean {
  return task.status === "PENDING" && task.assigneeOrgId === actor.orgId;
}

/** The restoration time a utility records: after the start, not in the future. */
export function restoreTimeProblem(o: { startAt: Date }, actualEndAt: Date, now: Date): null | "beforeStart" | "inFuture" {
  if (actualEndAt.getTime() < o.startAt.getTime()) return "beforeStart";
  if (actualEndAt.getTime() > now.getTime() + 60_000) return "inFuture";
  return null;
}

/** Still off after the expected end. */
export function isOutageOverrunning(o: { status: string; expectedEndAt: Date }, now: Date): boolean {
  return o.status === "ACTIVE" && o.expectedEndAt.getTime() < now.getTime();
}
