// Escalation (上报) between the tiers: who may report a dispute to which tier, on what basis, and
// who decides on it. Street → district only after a finalized street meeting that left the
// dispute unresolved or partly resolved; district → city for a cross-district dispute, or one the
// district's own finalized meeting left unresolved (the district judges it major and says why).
// A street never skips the district. Accepting or returning is a leader's decision. Pure.
import { z } from "zod";
import { CONVENER_KIND, disputeTransition, isUnsettled, nextLevel, type ActorView, type DisputeLevel, type DisputeView, type Outcome } from "@/lib/domain/dispute";
import { isOverdue } from "@/lib/domain/deadline";
import type { IsoDate } from "@/lib/domain/dates";

export const ESCALATION_STATUSES = ["PENDING", "ACCEPTED", "RETURNED"] as const;
export const escalationStatusSchema = z.enum(ESCALATION_STATUSES);
export type EscalationStatus = z.infer<typeof escalationStatusSchema>;

/** The meeting an escalation rests on: the latest finalized meeting at the dispute's tier that discussed it. */
export type EscalationBasis = { level: DisputeLevel; minutesFinal: boolean; outcome: Outcome | null } | null;

export type EscalationRequest = {
  dispute: DisputeView;
  actor: ActorView;
  basis: EscalationBasis;
  toLevel: DisputeLevel;
};

/**
 * Why this escalation is refused (a key of errors.transition), or null when it is allowed.
 * The checks run from the most fundamental to the most specific, so the message names the
 * first thing the user must fix.
 */
export function escalationRefusal({ dispute, actor, basis, toLevel }: EscalationRequest): string | null {
  if (actor.orgId !== dispute.ownerOrgId || CONVENER_KIND[dispute.level] !== actor.orgKind) return "notHolder";
  const next = nextLevel(dispute.level);
  if (next === null) return "topLevel";
  if (dispute.level === "STREET" && toLevel === "CITY") return "cannotSkipDistrict";
  if (toLevel !== next) return "wrongTarget";
  const step = disputeTransition(dispute.status, { type: "escalate", crossDistrict: dispute.crossDistrict, level: dispute.level });
  if (!step.ok) return step.reason;
  if (dispute.level === "DISTRICT" && dispute.crossDistrict) return null;
  const settledBasis = basis !== null && basis.level === dispute.level && basis.minutesFinal && isUnsettled(basis.outcome);
  if (!settledBasis) return dispute.level === "STREET" ? "needsUnresolvedStreetMeeting" : "needsUnresolvedDistrictMeeting";
  return null;
}

export type EscalationView = { status: EscalationStatus; toOrgId: number };
export type EscalationDecision = "accept" | "return";

/** Why this decision is refused, or null. Only a leader of the receiving organisation decides. */
export function decisionRefusal(escalation: EscalationView, actor: ActorView, decision: EscalationDecision): string | null {
  void decision;
  if (actor.orgId !== escalation.toOrgId) return "notReceiver";
  if (escalation.status !== "PENDING") return "escalationNotPending";
  if (actor.role !== "LEADER") return "leaderOnly";
  return null;
}

/** Which decisions to offer on the page (none to a clerk, who sees why instead). */
export function escalationActions(escalation: EscalationView, actor: ActorView): EscalationDecision[] {
  return (["accept", "return"] as const).filter((d) => decisionRefusal(escalation, actor, d) === null);
}

export function nextEscalationStatus(status: EscalationStatus, decision: EscalationDecision): EscalationStatus | null {
  if (status !== "PENDING") return null;
  return decision === "accept" ? "ACCEPTED" : "RETURNED";
}

/** A waiting escalation past its acceptance deadline is overdue. */
export function isEscalationOverdue(escalation: { status: string; dueDate: IsoDate }, today: IsoDate): boolean {
  return escalation.status === "PENDING" && isOverdue(escalation.dueDate, today);
}
