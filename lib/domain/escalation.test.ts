import { describe, expect, it } from "vitest";
import { DISPUTE_STATUSES, type DisputeLevel, type DisputeStatus } from "@/lib/domain/dispute";
import { decisionRefusal, escalationActions, escalationRefusal, isEscalationOverdue, nextEscalationStatus, type EscalationBasis } from "@/lib/domain/escalation";

const street = { orgId: 7, orgKind: "STREET_OFFICE" as const, role: "CLERK" as const };
const district = { orgId: 5, orgKind: "DISTRICT_GOVERNMENT" as const, role: "LEADER" as const };
const city = { orgId: 1, orgKind: "HOUSING_BUREAU" as const, role: "LEADER" as const };
const unresolvedAt = (level: DisputeLevel, outcome: "UNRESOLVED" | "PARTLY_RESOLVED" | "RESOLVED" = "UNRESOLVED", minutesFinal = true): EscalationBasis => ({ level, minutesFinal, outcome });

function refusal(level: DisputeLevel, status: DisputeStatus, opts: { crossDistrict?: boolean; basis?: EscalationBasis; toLevel?: DisputeLevel; actor?: typeof street | typeof district | typeof city } = {}) {
  const actor = opts.actor ?? (level === "STREET" ? street : level === "DISTRICT" ? district : city);
  return escalationRefusal({
    dispute: { level, status, ownerOrgId: actor.orgId, crossDistrict: opts.crossDistrict ?? false },
    actor,
    basis: opts.basis === undefined ? unresolvedAt(level) : opts.basis,
    toLevel: opts.toLevel ?? (level === "STREET" ? "DISTRICT" : "CITY"),
  });
}

describe("street → district", () => {
  it("is allowed from a finalized street meeting that left the dispute unresolved or partly resolved", () => {
    expect(refusal("STREET", "UNRESOLVED")).toBeNull();
    expect(refusal("STREET", "UNRESOLVED", { basis: unresolvedAt("STREET", "PARTLY_RESOLVED") })).toBeNull();
  });
  it("is refused without such a meeting", () => {
    expect(refusal("STREET", "UNRESOLVED", { basis: null })).toBe("needsUnresolvedStreetMeeting");
    expect(refusal("STREET", "UNRESOLVED", { basis: unresolvedAt("STREET", "RESOLVED") })).toBe("needsUnresolvedStreetMeeting");
    expect(refusal("STREET", "UNRESOLVED", { basis: unresolvedAt("STREET", "UNRESOLVED", false) })).toBe("needsUnresolvedStreetMeeting");
    expect(refusal("STREET", "UNRESOLVED", { basis: unresolvedAt("DISTRICT") })).toBe("needsUnresolvedStreetMeeting");
  });
  it("is refused from every status but unresolved, even for a cross-district dispute", () => {
    for (const status of DISPUTE_STATUSES) {
      const r = refusal("STREET", status, { crossDistrict: true });
      if (status === "UNRESOLVED") expect(r).toBeNull();
      else expect(r, status).not.toBeNull();
    }
  });
  it("a street may not skip the district, even when the dispute crosses districts", () => {
    expect(refusal("STREET", "UNRESOLVED", { toLevel: "CITY" })).toBe("cannotSkipDistrict");
    expect(refusal("STREET", "UNRESOLVED", { toLevel: "CITY", crossDistrict: true })).toBe("cannotSkipDistrict");
    expect(refusal("STREET", "UNRESOLVED", { toLevel: "STREET" })).toBe("wrongTarget");
  });
  it("only the street office holding the dispute reports it", () => {
    expect(escalationRefusal({ dispute: { level: "STREET", status: "UNRESOLVED", ownerOrgId: 7, crossDistrict: false }, actor: { ...street, orgId: 99 }, basis: unresolvedAt("STREET"), toLevel: "DISTRICT" })).toBe("notHolder");
    expect(escalationRefusal({ dispute: { level: "STREET", status: "UNRESOLVED", ownerOrgId: 7, crossDistrict: false }, actor: { orgId: 7, orgKind: "DISTRICT_PROPERTY_OFFICE", role: "LEADER" }, basis: unresolvedAt("STREET"), toLevel: "DISTRICT" })).toBe("notHolder");
  });
});

describe("district → city", () => {
  it("a cross-district dispute goes straight to the city, with or without a district meeting", () => {
    expect(refusal("DISTRICT", "PENDING_MEETING", { crossDistrict: true, basis: null })).toBeNull();
    expect(refusal("DISTRICT", "UNRESOLVED", { crossDistrict: true, basis: null })).toBeNull();
  });
  it("a dispute within one district needs the district's own unresolved meeting (the district judges it major)", () => {
    expect(refusal("DISTRICT", "UNRESOLVED")).toBeNull();
    expect(refusal("DISTRICT", "UNRESOLVED", { basis: unresolvedAt("STREET") })).toBe("needsUnresolvedDistrictMeeting");
    expect(refusal("DISTRICT", "UNRESOLVED", { basis: null })).toBe("needsUnresolvedDistrictMeeting");
    expect(refusal("DISTRICT", "PENDING_MEETING", { basis: null })).toBe("disputeNotUnresolved");
  });
  it("is refused while scheduled, escalated, returned, implementing or resolved", () => {
    for (const status of ["SCHEDULED", "ESCALATED", "RETURNED", "IMPLEMENTING", "RESOLVED"] as const) {
      expect(refusal("DISTRICT", status, { crossDistrict: true }), status).not.toBeNull();
    }
    expect(refusal("DISTRICT", "RETURNED", { crossDistrict: true })).toBe("returnedNeedsMeeting");
    expect(refusal("DISTRICT", "ESCALATED", { crossDistrict: true })).toBe("alreadyEscalated");
  });
  it("the city is the top tier", () => {
    expect(refusal("CITY", "UNRESOLVED", { toLevel: "CITY" })).toBe("topLevel");
  });
  it("a district cannot report to itself", () => {
    expect(refusal("DISTRICT", "UNRESOLVED", { toLevel: "DISTRICT" })).toBe("wrongTarget");
  });
});

describe("accepting and returning", () => {
  const pending = { status: "PENDING" as const, toOrgId: 5 };
  it("only a leader of the receiving organisation decides, once", () => {
    expect(decisionRefusal(pending, district, "accept")).toBeNull();
    expect(decisionRefusal(pending, district, "return")).toBeNull();
    expect(decisionRefusal(pending, { ...district, role: "CLERK" }, "accept")).toBe("leaderOnly");
    expect(decisionRefusal(pending, { ...district, orgId: 6 }, "return")).toBe("notReceiver");
    expect(decisionRefusal({ ...pending, status: "ACCEPTED" }, district, "return")).toBe("escalationNotPending");
    expect(decisionRefusal({ ...pending, status: "RETURNED" }, district, "accept")).toBe("escalationNotPending");
    expect(escalationActions(pending, district)).toEqual(["accept", "return"]);
    expect(escalationActions(pending, { ...district, role: "CLERK" })).toEqual([]);
  });
  it("decisions move a pending escalation once", () => {
    expect(nextEscalationStatus("PENDING", "accept")).toBe("ACCEPTED");
    expect(nextEscalationStatus("PENDING", "return")).toBe("RETURNED");
    expect(nextEscalationStatus("ACCEPTED", "return")).toBeNull();
    expect(nextEscalationStatus("RETURNED", "accept")).toBeNull();
  });
  it("a waiting escalation past its deadline is overdue; a decided one never is", () => {
    expect(isEscalationOverdue({ status: "PENDING", dueDate: "2026-11-20" }, "2026-11-26")).toBe(true);
    expect(isEscalationOverdue({ status: "PENDING", dueDate: "2026-11-26" }, "2026-11-26")).toBe(false);
    expect(isEscalationOverdue({ status: "ACCEPTED", dueDate: "2026-11-20" }, "2026-11-26")).toBe(false);
  });
});
