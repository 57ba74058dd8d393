import { describe, expect, it } from "vitest";
import { allowedReferralActions, REFERRAL_ACTIONS, REFERRAL_STATUSES, referralDueDate, referralStepRule, referralTransition, referralWaitsOn, type ReferralAction, type ReferralStatus } from "@/lib/domain/referral";

const OFFICE = 1;
const DEPT = 2;
const OTHER = 3;
const referral = (status: ReferralStatus) => ({ status, referringOrgId: OFFICE, departmentOrgId: DEPT });

const EXPECTED: Record<ReferralStatus, { office: ReferralAction[]; department: ReferralAction[] }> = {
  REFERRED: { office: [], department: ["accept", "return"] },
  INVESTIGATING: { office: [], department: ["reportOutcome"] },
  RETURNED: { office: ["rerefer"], department: [] },
  OUTCOME_REPORTED: { office: ["acknowledge"], department: [] },
  CLOSED: { office: [], department: [] },
};

describe("enforcement referral state machine", () => {
  for (const status of REFERRAL_STATUSES) {
    it(`${status}: who may do what`, () => {
      expect(allowedReferralActions(referral(status), { orgId: OFFICE })).toEqual(EXPECTED[status].office);
      expect(allowedReferralActions(referral(status), { orgId: DEPT })).toEqual(EXPECTED[status].department);
      expect(allowedReferralActions(referral(status), { orgId: OTHER })).toEqual([]);
    });
  }

  it("moves along: referred → investigating → outcome reported → closed only when the office acknowledges", () => {
    expect(referralTransition(referral("REFERRED"), "accept", { orgId: DEPT })).toEqual({ ok: true, status: "INVESTIGATING" });
    expect(referralTransition(referral("INVESTIGATING"), "reportOutcome", { orgId: DEPT })).toEqual({ ok: true, status: "OUTCOME_REPORTED" });
    expect(referralTransition(referral("OUTCOME_REPORTED"), "acknowledge", { orgId: DEPT })).toEqual({ ok: false });
    expect(referralTransition(referral("OUTCOME_REPORTED"), "acknowledge", { orgId: OFFICE })).toEqual({ ok: true, status: "CLOSED" });
  });

  it("a department that is not competent returns it; the office refers it again", () => {
    expect(referralTransition(referral("REFERRED"), "return", { orgId: DEPT })).toEqual({ ok: true, status: "RETURNED" });
    expect(referralTransition(referral("RETURNED"), "rerefer", { orgId: OFFICE })).toEqual({ ok: true, status: "REFERRED" });
  });

  it("refuses everything else", () => {
    for (const status of REFERRAL_STATUSES) {
      for (const action of REFERRAL_ACTIONS) {
        const ok = [...EXPECTED[status].office, ...EXPECTED[status].department].includes(action);
        if (!ok) for (const orgId of [OFFICE, DEPT, OTHER]) expect(referralTransition(referral(status), action, { orgId }), `${status} ${action}`).toEqual({ ok: false });
      }
    }
  });

  it("feedback is due until the outcome is reported, then the office's step, nothing once closed", () => {
    for (const s of ["REFERRED", "INVESTIGATING"]) expect(referralDueDate({ status: s, feedbackDueDate: "2026-12-01", stepDueDate: "2026-11-20" })).toBe("2026-12-01");
    for (const s of ["RETURNED", "OUTCOME_REPORTED"]) expect(referralDueDate({ status: s, feedbackDueDate: "2026-12-01", stepDueDate: "2026-12-09" }), s).toBe("2026-12-09");
    expect(referralDueDate({ status: "CLOSED", feedbackDueDate: "2026-12-01", stepDueDate: "2026-12-09" })).toBeNull();
    expect(referralStepRule("RETURNED")).toBe("REFERRAL_REREFER");
    expect(referralStepRule("OUTCOME_REPORTED")).toBe("REFERRAL_ACKNOWLEDGE");
    expect(referralStepRule("INVESTIGATING")).toBeNull();
  });

  it("the organisation that must act: the department, then the referring office", () => {
    const r = { referringOrgId: OFFICE, departmentOrgId: DEPT };
    for (const s of ["REFERRED", "INVESTIGATING"]) expect(referralWaitsOn({ ...r, status: s })).toBe(DEPT);
    for (const s of ["RETURNED", "OUTCOME_REPORTED"]) expect(referralWaitsOn({ ...r, status: s })).toBe(OFFICE);
    expect(referralWaitsOn({ ...r, status: "CLOSED" })).toBeNull();
  });
});
