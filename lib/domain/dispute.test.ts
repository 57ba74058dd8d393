import { describe, expect, it } from "vitest";
import {
  DISPUTE_STATUSES, OUTCOMES, convenedLevel, disputeActions, disputeRef, disputeTransition, disputeWaitRule, isCrossDistrict, needsMoreUnits, nextLevel,
  statusBeforeScheduling, type DisputeStatus, type DisputeTransition,
} from "@/lib/domain/dispute";
import { ORG_KINDS } from "@/lib/domain/organisation";

function outcome(status: DisputeStatus, t: DisputeTransition) {
  const r = disputeTransition(status, t);
  return r.ok ? r.status : `refused:${r.reason}`;
}

describe("dispute state machine: every status × every transition", () => {
  // The expected result of each transition from each status; anything not listed is refused.
  const table: { name: string; t: DisputeTransition; allowed: Partial<Record<DisputeStatus, DisputeStatus>> }[] = [
    { name: "schedule", t: { type: "schedule" }, allowed: { PENDING_MEETING: "SCHEDULED", UNRESOLVED: "SCHEDULED", RETURNED: "SCHEDULED" } },
    { name: "unschedule → pending", t: { type: "unschedule", restoreTo: "PENDING_MEETING" }, allowed: { SCHEDULED: "PENDING_MEETING" } },
    { name: "unschedule → unresolved", t: { type: "unschedule", restoreTo: "UNRESOLVED" }, allowed: { SCHEDULED: "UNRESOLVED" } },
    { name: "unschedule → returned", t: { type: "unschedule", restoreTo: "RETURNED" }, allowed: { SCHEDULED: "RETURNED" } },
    { name: "outcome resolved, resolutions outstanding", t: { type: "recordOutcome", outcome: "RESOLVED", allResolutionsConfirmed: false }, allowed: { SCHEDULED: "IMPLEMENTING" } },
    { name: "outcome resolved, nothing outstanding", t: { type: "recordOutcome", outcome: "RESOLVED", allResolutionsConfirmed: true }, allowed: { SCHEDULED: "RESOLVED" } },
    { name: "outcome partly resolved", t: { type: "recordOutcome", outcome: "PARTLY_RESOLVED", allResolutionsConfirmed: false }, allowed: { SCHEDULED: "UNRESOLVED" } },
    { name: "outcome unresolved", t: { type: "recordOutcome", outcome: "UNRESOLVED", allResolutionsConfirmed: true }, allowed: { SCHEDULED: "UNRESOLVED" } },
    { name: "escalate from a street", t: { type: "escalate", crossDistrict: true, level: "STREET" }, allowed: { UNRESOLVED: "ESCALATED" } },
    { name: "escalate a district dispute", t: { type: "escalate", crossDistrict: false, level: "DISTRICT" }, allowed: { UNRESOLVED: "ESCALATED" } },
    { name: "escalate a cross-district dispute from the district", t: { type: "escalate", crossDistrict: true, level: "DISTRICT" }, allowed: { UNRESOLVED: "ESCALATED", PENDING_MEETING: "ESCALATED" } },
    { name: "accept", t: { type: "accept" }, allowed: { ESCALATED: "PENDING_MEETING" } },
    { name: "return", t: { type: "return" }, allowed: { ESCALATED: "RETURNED" } },
    { name: "resolve once all confirmed", t: { type: "resolve", allResolutionsConfirmed: true }, allowed: { IMPLEMENTING: "RESOLVED" } },
    { name: "resolve with work outstanding", t: { type: "resolve", allResolutionsConfirmed: false }, allowed: {} },
    { name: "reopen", t: { type: "reopen" }, allowed: { RESOLVED: "PENDING_MEETING" } },
  ];
  for (const row of table) {
    for (const status of DISPUTE_STATUSES) {
      const expected = row.allowed[status];
      it(`${row.name} from ${status} ${expected ? `→ ${expected}` : "is refused"}`, () => {
        const got = outcome(status, row.t);
        if (expected) expect(got).toBe(expected);
        else expect(got).toMatch(/^refused:\w+/);
      });
    }
  }

  it("refusals name the reason the user must fix", () => {
    expect(outcome("SCHEDULED", { type: "schedule" })).toBe("refused:alreadyScheduled");
    expect(outcome("ESCALATED", { type: "escalate", crossDistrict: false, level: "STREET" })).toBe("refused:alreadyEscalated");
    expect(outcome("RETURNED", { type: "escalate", crossDistrict: false, level: "STREET" })).toBe("refused:returnedNeedsMeeting");
    expect(outcome("IMPLEMENTING", { type: "resolve", allResolutionsConfirmed: false })).toBe("refused:resolutionsOutstanding");
    expect(outcome("SCHEDULED", { type: "unschedule", restoreTo: "IMPLEMENTING" })).toBe("refused:disputeNotScheduled");
  });

  it("every outcome is handled", () => {
    for (const o of OUTCOMES) expect(disputeTransition("SCHEDULED", { type: "recordOutcome", outcome: o, allResolutionsConfirmed: false }).ok).toBe(true);
  });
});

describe("dispute facts", () => {
  it("cross-district is derived from the areas' districts", () => {
    expect(isCrossDistrict([5])).toBe(false);
    expect(isCrossDistrict([5, 5])).toBe(false);
    expect(isCrossDistrict([5, 8])).toBe(true);
    expect(isCrossDistrict([])).toBe(false);
  });
  it("warns when fewer than two units are involved", () => {
    expect(needsMoreUnits(0)).toBe(true);
    expect(needsMoreUnits(1)).toBe(true);
    expect(needsMoreUnits(2)).toBe(false);
  });
  it("tiers go street → district → city", () => {
    expect(nextLevel("STREET")).toBe("DISTRICT");
    expect(nextLevel("DISTRICT")).toBe("CITY");
    expect(nextLevel("CITY")).toBeNull();
  });
  it("each tier has one convener kind", () => {
    const conveners = ORG_KINDS.filter((k) => convenedLevel(k) !== null);
    expect(conveners.sort()).toEqual(["DISTRICT_GOVERNMENT", "HOUSING_BUREAU", "STREET_OFFICE"]);
    expect(convenedLevel("STREET_OFFICE")).toBe("STREET");
    expect(convenedLevel("DISTRICT_PROPERTY_OFFICE")).toBeNull();
  });
  it("the status before a cancelled meeting is restored, defaulting to pending", () => {
    expect(statusBeforeScheduling("RETURNED")).toBe("RETURNED");
    expect(statusBeforeScheduling("UNRESOLVED")).toBe("UNRESOLVED");
    expect(statusBeforeScheduling(undefined)).toBe("PENDING_MEETING");
    expect(statusBeforeScheduling("RESOLVED")).toBe("PENDING_MEETING");
  });
  it("references are by year and id", () => {
    expect(disputeRef("2026", 42)).toBe("JF-2026-00042");
  });
});

describe("disputeActions: the buttons on a dispute's page", () => {
  const street = { orgId: 7, orgKind: "STREET_OFFICE" as const, role: "CLERK" as const };
  const base = { level: "STREET" as const, ownerOrgId: 7, crossDistrict: false };
  it("the holder edits, schedules, escalates and reopens as the status allows", () => {
    expect(disputeActions({ ...base, status: "PENDING_MEETING" }, street, false)).toEqual(["edit", "schedule"]);
    expect(disputeActions({ ...base, status: "SCHEDULED" }, street, false)).toEqual(["edit"]);
    expect(disputeActions({ ...base, status: "UNRESOLVED" }, street, true)).toEqual(["edit", "schedule", "escalate"]);
    expect(disputeActions({ ...base, status: "ESCALATED" }, street, false)).toEqual([]);
    expect(disputeActions({ ...base, status: "RETURNED" }, street, false)).toEqual(["edit", "schedule"]);
    expect(disputeActions({ ...base, status: "IMPLEMENTING" }, street, false)).toEqual(["edit"]);
    expect(disputeActions({ ...base, status: "RESOLVED" }, street, false)).toEqual(["reopen"]);
  });
  it("nobody but the holder gets a button, not even another convener", () => {
    expect(disputeActions({ ...base, status: "PENDING_MEETING" }, { ...street, orgId: 8 }, false)).toEqual([]);
    expect(disputeActions({ ...base, status: "PENDING_MEETING", level: "DISTRICT" }, street, false)).toEqual([]);
    expect(disputeActions({ ...base, status: "PENDING_MEETING" }, { orgId: 7, orgKind: "HOUSING_BUREAU", role: "ADMIN" }, false)).toEqual([]);
  });
});

describe("a dispute's running deadline", () => {
  it("every status that waits on the holder has a rule; the others run on another record", () => {
    expect(disputeWaitRule("PENDING_MEETING")).toBe("DISPUTE_CONVENE");
    expect(disputeWaitRule("RETURNED")).toBe("DISPUTE_RECONVENE");
    expect(disputeWaitRule("UNRESOLVED")).toBe("DISPUTE_FOLLOW_UP");
    for (const s of ["SCHEDULED", "ESCALATED", "IMPLEMENTING", "RESOLVED"]) expect(disputeWaitRule(s), s).toBeNull();
  });
});
