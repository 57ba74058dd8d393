// Enforcement referrals (行政执法联动, §三(二)) as a pure state machine.
//
//   REFERRED ─accept→ INVESTIGATING ─reportOutcome→ OUTCOME_REPORTED ─acknowledge→ CLOSED
//      └─return (not competent)→ RETURNED ─rerefer→ REFERRED
//
// The referring office (street office or district property office) refers, re-refers and
// acknowledges the outcome; the department (or police station) accepts, returns and reports
// the outcome. The referral is closed only when the referring office has acknowledged it.
import { z } from "zod";
import type { IsoDate } from "@/lib/domain/dates";

export const REFERRAL_STATUSES = ["REFERRED", "INVESTIGATING", "RETURNED", "OUTCOME_REPORTED", "CLOSED"] as const;
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

export const REFERRAL_ACTIONS = ["accept", "return", "rerefer", "reportOutcome", "acknowledge"] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export const REFERRAL_EVENT_KINDS = ["REFERRED", "ACCEPTED", "RETURNED", "REREFERRED", "OUTCOME_REPORTED", "ACKNOWLEDGED"] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];

/** The kinds of organisation a violation can be referred to (the competent authorities). */
export const REFERRAL_TARGET_KINDS = ["CITY_DEPARTMENT", "POLICE_STATION", "DISTRICT_PROPERTY_OFFICE"] as const;

export type ReferralState = { status: ReferralStatus | string; referringOrgId: number; departmentOrgId: number };
export type ReferralActor = { orgId: number };

const RULES: Record<ReferralAction, { from: ReferralStatus; by: "office" | "department"; to: ReferralStatus }> = {
  accept: { from: "REFERRED", by: "department", to: "INVESTIGATING" },
  return: { from: "REFERRED", by: "department", to: "RETURNED" },
  rerefer: { from: "RETURNED", by: "office", to: "REFERRED" },
  reportOutcome: { from: "INVESTIGATING", by: "department", to: "OUTCOME_REPORTED" },
  acknowledge: { from: "OUTCOME_REPORTED", by: "office", to: "CLOSED" },
};

export function mayTakeReferral(r: ReferralState, action: ReferralAction, actor: ReferralActor): boolean {
  const rule = RULES[action];
  if (r.status !== rule.from) return false;
  return rule.by === "office" ? actor.orgId === r.referringOrgId : actor.orgId === r.departmentOrgId;
}

export function allowedReferralActions(r: ReferralState, actor: ReferralActor): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((a) => mayTakeReferral(r, a, actor));
}

export function referralTransition(r: ReferralState, action: ReferralAction, actor: ReferralActor): { ok: true; status: ReferralStatus } | { ok: false } {
  return mayTakeReferral(r, action, actor) ? { ok: true, status: RULES[action].to } : { ok: false };
}

/** The deadline rule of the referring office's step that a status waits for (null: none). */
export function referralStepRule(status: string): "REFERRAL_REREFER" | "REFERRAL_ACKNOWLEDGE" | null {
  return status === "RETURNED" ? "REFERRAL_REREFER" : status === "OUTCOME_REPORTED" ? "REFERRAL_ACKNOWLEDGE" : null;
}

/** The organisation that must act in a status: the department until it reports, then the office. */
export function referralWaitsOn(r: { status: string; referringOrgId: number; departmentOrgId: number }): number | null {
  if (r.status === "REFERRED" || r.status === "INVESTIGATING") return r.departmentOrgId;
  if (r.status === "RETURNED" || r.status === "OUTCOME_REPORTED") return r.referringOrgId;
  return null;
}

/**
 * The deadline running now: the department owes its feedback until it has reported the outcome;
 * then the referring office owes its step (re-refer what was returned, acknowledge the outcome:
 * docs/decisions/060). Nothing once closed.
 */
export function referralDueDate(r: { status: string; feedbackDueDate: IsoDate; stepDueDate?: IsoDate | null }): IsoDate | null {
  if (r.status === "REFERRED" || r.status === "INVESTIGATING") return r.feedbackDueDate;
  if (r.status === "RETURNED" || r.status === "OUTCOME_REPORTED") return r.stepDueDate ?? null;
  return null;
}
