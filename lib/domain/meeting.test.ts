import { describe, expect, it } from "vitest";
import {
  MEETING_STATUSES, MINUTES_STATUSES, defaultInvitees, parseAttendees, finalizeProblems, mayStartAt, meetingActions, meetingRef, meetingTransition, overlaps, responseRefusal,
  type MeetingAction, type MeetingStatus, type MinutesStatus,
} from "@/lib/domain/meeting";

const ALL_ACTIONS: MeetingAction[] = ["reschedule", "cancel", "editInvitations", "hold", "recordAttendance", "editMinutes", "editResolutions", "finalize", "amend", "respond"];

describe("meeting state machine: every state × every action", () => {
  // The reachable states: a meeting's minutes become final only once it was held.
  const states: [MeetingStatus, MinutesStatus][] = MEETING_STATUSES.flatMap((s) => MINUTES_STATUSES.map((m) => [s, m] as [MeetingStatus, MinutesStatus]));
  const expected: Record<string, Partial<Record<MeetingAction, [MeetingStatus, MinutesStatus]>>> = {
    "SCHEDULED/DRAFT": { reschedule: ["SCHEDULED", "DRAFT"], cancel: ["CANCELLED", "DRAFT"], editInvitations: ["SCHEDULED", "DRAFT"], hold: ["HELD", "DRAFT"], respond: ["SCHEDULED", "DRAFT"] },
    "SCHEDULED/FINAL": { reschedule: ["SCHEDULED", "FINAL"], cancel: ["CANCELLED", "FINAL"], editInvitations: ["SCHEDULED", "FINAL"], hold: ["HELD", "FINAL"], respond: ["SCHEDULED", "FINAL"] },
    "HELD/DRAFT": { recordAttendance: ["HELD", "DRAFT"], editMinutes: ["HELD", "DRAFT"], editResolutions: ["HELD", "DRAFT"], finalize: ["HELD", "FINAL"] },
    "HELD/FINAL": { amend: ["HELD", "FINAL"] },
    "CANCELLED/DRAFT": {},
    "CANCELLED/FINAL": {},
  };
  for (const [status, minutesStatus] of states) {
    for (const action of ALL_ACTIONS) {
      const want = expected[`${status}/${minutesStatus}`]![action];
      it(`${action} on ${status}/${minutesStatus} ${want ? `→ ${want.join("/")}` : "is refused"}`, () => {
        const got = meetingTransition({ status, minutesStatus }, action);
        if (want) expect(got).toEqual({ ok: true, status: want[0], minutesStatus: want[1] });
        else expect(got.ok).toBe(false);
      });
    }
  }

  it("refusals say why", () => {
    expect(meetingTransition({ status: "HELD", minutesStatus: "FINAL" }, "editMinutes")).toEqual({ ok: false, reason: "minutesFinal" });
    expect(meetingTransition({ status: "SCHEDULED", minutesStatus: "DRAFT" }, "finalize")).toEqual({ ok: false, reason: "meetingNotHeld" });
    expect(meetingTransition({ status: "CANCELLED", minutesStatus: "DRAFT" }, "reschedule")).toEqual({ ok: false, reason: "meetingCancelled" });
    expect(meetingTransition({ status: "HELD", minutesStatus: "DRAFT" }, "cancel")).toEqual({ ok: false, reason: "meetingAlreadyHeld" });
    expect(meetingTransition({ status: "HELD", minutesStatus: "DRAFT" }, "amend")).toEqual({ ok: false, reason: "minutesNotFinal" });
  });
});

describe("meetingActions", () => {
  const convener = { orgId: 7, orgKind: "STREET_OFFICE" as const, role: "CLERK" as const };
  const police = { orgId: 30, orgKind: "POLICE_STATION" as const, role: "CLERK" as const };
  it("the convener runs the meeting; an invitee answers while it is to come", () => {
    expect(meetingActions({ status: "SCHEDULED", minutesStatus: "DRAFT", convenerOrgId: 7 }, convener, false)).toEqual(["reschedule", "cancel", "editInvitations", "hold"]);
    expect(meetingActions({ status: "HELD", minutesStatus: "DRAFT", convenerOrgId: 7 }, convener, false)).toEqual(["recordAttendance", "editMinutes", "editResolutions", "finalize"]);
    expect(meetingActions({ status: "HELD", minutesStatus: "FINAL", convenerOrgId: 7 }, convener, false)).toEqual(["amend"]);
    expect(meetingActions({ status: "SCHEDULED", minutesStatus: "DRAFT", convenerOrgId: 7 }, police, true)).toEqual(["respond"]);
    expect(meetingActions({ status: "HELD", minutesStatus: "DRAFT", convenerOrgId: 7 }, police, true)).toEqual([]);
    expect(meetingActions({ status: "SCHEDULED", minutesStatus: "DRAFT", convenerOrgId: 7 }, police, false)).toEqual([]);
    expect(meetingActions({ status: "SCHEDULED", minutesStatus: "DRAFT", convenerOrgId: 7 }, { ...convener, role: "ADMIN" }, true)).toEqual([]);
  });
  it("answers are refused to the uninvited and after the meeting", () => {
    expect(responseRefusal({ status: "SCHEDULED", minutesStatus: "DRAFT" }, true)).toBeNull();
    expect(responseRefusal({ status: "SCHEDULED", minutesStatus: "DRAFT" }, false)).toBe("notInvited");
    expect(responseRefusal({ status: "HELD", minutesStatus: "DRAFT" }, true)).toBe("meetingAlreadyHeld");
    expect(responseRefusal({ status: "CANCELLED", minutesStatus: "DRAFT" }, true)).toBe("meetingCancelled");
  });
});

describe("finalizeProblems", () => {
  it("a dispute resolved with no resolution needs the convener's confirmation", () => {
    const item = { disputeId: 1, minutes: "各方达成一致", outcome: "RESOLVED" };
    expect(finalizeProblems([item], 2)).toEqual({ "items.0.outcome": ["meeting.resolvedWithoutResolutions"] });
    expect(finalizeProblems([item], 2, { confirmNoResolutions: true })).toEqual({});
    expect(finalizeProblems([{ ...item, resolutions: 2 }], 2)).toEqual({});
  });

  it("a meeting may be started from half an hour before its time, not earlier", () => {
    const startsAt = new Date("2026-12-07T01:00:00Z");
    expect(mayStartAt(startsAt, new Date("2026-12-07T00:29:00Z"))).toBe(false);
    expect(mayStartAt(startsAt, new Date("2026-12-07T00:30:00Z"))).toBe(true);
    expect(mayStartAt(startsAt, new Date("2026-12-07T03:00:00Z"))).toBe(true);
  });

  it("refuses empty minutes, a dispute without outcome and a meeting nobody signed in to", () => {
    expect(finalizeProblems([{ disputeId: 1, minutes: "  ", outcome: null }, { disputeId: null, minutes: "其他事项", outcome: null }], 0)).toEqual({
      "items.0.minutes": ["meeting.minutesRequired"],
      "items.0.outcome": ["meeting.outcomeRequired"],
      attendance: ["meeting.attendanceRequired"],
    });
    expect(finalizeProblems([], 3)).toEqual({ agenda: ["meeting.agendaRequired"] });
  });
  it("passes complete minutes", () => {
    expect(finalizeProblems([{ disputeId: 1, minutes: "经协商……", outcome: "UNRESOLVED" }, { disputeId: null, minutes: "通报", outcome: null }], 4)).toEqual({});
  });
});

describe("defaultInvitees: the policy's list per tier", () => {
  const areas = [
    { districtId: 5, streetId: 7, communityId: 70, policeStationId: 71, propertyCompanyId: 90, ownersCommitteeId: 72 },
    { districtId: 6, streetId: 8, communityId: 80, policeStationId: 81, propertyCompanyId: 90, ownersCommitteeId: null },
  ];
  const units = [
    { id: 100, kind: "CITY_DEPARTMENT" as const },
    { id: 101, kind: "UTILITY" as const },
    { id: 102, kind: "DISTRICT_PROPERTY_OFFICE" as const },
    { id: 90, kind: "PROPERTY_COMPANY" as const },
  ];
  const propertyOffices = new Map([[5, 55], [6, 66]]);

  it("street: each area's community, police station, property company, owners' committee, plus the units involved", () => {
    const got = defaultInvitees("STREET", { convenerOrgId: 7, convenerDistrictId: 5, areas: [areas[0]!], units, propertyOffices });
    expect(got).toEqual([
      { orgId: 70, reason: "community" }, { orgId: 71, reason: "police" }, { orgId: 90, reason: "propertyCompany" }, { orgId: 72, reason: "ownersCommittee" },
      { orgId: 100, reason: "unit" }, { orgId: 101, reason: "unit" }, { orgId: 102, reason: "unit" },
    ]);
  });
  it("district: the street offices in the district, its property office and the departments involved", () => {
    const got = defaultInvitees("DISTRICT", { convenerOrgId: 5, convenerDistrictId: 5, areas, units, propertyOffices });
    expect(got).toEqual([{ orgId: 7, reason: "street" }, { orgId: 55, reason: "propertyOffice" }, { orgId: 100, reason: "department" }, { orgId: 101, reason: "department" }, { orgId: 102, reason: "department" }]);
  });
  it("city: the districts involved and the city departments", () => {
    const got = defaultInvitees("CITY", { convenerOrgId: 1, convenerDistrictId: null, areas, units, propertyOffices });
    expect(got).toEqual([{ orgId: 5, reason: "district" }, { orgId: 6, reason: "district" }, { orgId: 100, reason: "department" }]);
  });
  it("never invites the convener itself, nor anybody twice", () => {
    const got = defaultInvitees("STREET", { convenerOrgId: 70, convenerDistrictId: 5, areas: [areas[0]!, areas[0]!], units: [], propertyOffices });
    expect(got.map((g) => g.orgId)).toEqual([71, 90, 72]);
  });
});

describe("overlaps and references", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
  it("meetings overlap when each starts before the other ends", () => {
    expect(overlaps({ startsAt: at(1), endsAt: at(3) }, { startsAt: at(2), endsAt: at(4) })).toBe(true);
    expect(overlaps({ startsAt: at(1), endsAt: at(2) }, { startsAt: at(2), endsAt: at(3) })).toBe(false);
    expect(overlaps({ startsAt: at(1), endsAt: at(5) }, { startsAt: at(2), endsAt: at(3) })).toBe(true);
  });
  it("meeting references", () => {
    expect(meetingRef("2026", 7)).toBe("LX-2026-00007");
  });
});

describe("parseAttendees", () => {
  it("splits an invitee's answer into names and positions", () => {
    expect(parseAttendees("冯涛（社区民警）、李明")).toEqual([{ name: "冯涛", position: "社区民警" }, { name: "李明", position: "" }]);
    expect(parseAttendees("Feng Tao (officer); Li")).toEqual([{ name: "Feng Tao", position: "officer" }, { name: "Li", position: "" }]);
    expect(parseAttendees("  ")).toEqual([]);
  });
});
