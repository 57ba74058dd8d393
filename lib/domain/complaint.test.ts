import { describe, expect, it } from "vitest";
import {
  allowedActions,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  complaintStepRule,
  splitReplyNote,
  currentDueDate,
  extendedDueDate,
  isComplaintOverdue,
  mayTake,
  transition,
  type ComplaintAction,
  type ComplaintState,
  type ComplaintStatus,
} from "@/lib/domain/complaint";
import type { HolidayCalendar } from "@/lib/domain/deadline";

const OFFICE = 10;
const HANDLER = 20;
const OTHER = 30;
const clerk = (orgId: number) => ({ orgId, role: "CLERK" });
const leader = (orgId: number) => ({ orgId, role: "LEADER" });

function complaint(status: ComplaintStatus, extra: Partial<ComplaintState> = {}): ComplaintState {
  const held = status === "ASSIGNED" || status === "IN_PROGRESS";
  return { status, registeredOrgId: OFFICE, handlerOrgId: held ? HANDLER : OFFICE, extensionStatus: null, ...extra };
}

/**
 * The whole table: for every status, what the registering office's clerk, its leader, the
 * holder and an unrelated organisation may do. Anything not listed is refused.
 */
const EXPECTED: Record<ComplaintStatus, { office: ComplaintAction[]; holder: ComplaintAction[] }> = {
  REGISTERED: { office: ["accept", "notAccept"], holder: [] },
  ACCEPTED: { office: ["assign", "toDispute"], holder: [] },
  NOT_ACCEPTED: { office: [], holder: [] },
  ASSIGNED: { office: ["reassign", "press", "toDispute"], holder: ["start", "return", "requestExtension"] },
  IN_PROGRESS: { office: ["reassign", "press", "toDispute"], holder: ["return", "requestExtension", "handle"] },
  RETURNED: { office: ["reassign", "toDispute"], holder: [] },
  HANDLED: { office: ["reply"], holder: [] },
  REPLIED: { office: ["close"], holder: [] },
  CLOSED: { office: ["reopen"], holder: [] },
  DUPLICATE: { office: [], holder: [] },
};

describe("complaint state machine: every action in every status", () => {
  for (const status of COMPLAINT_STATUSES) {
    it(`${status}`, () => {
      const c = complaint(status);
      expect(allowedActions(c, clerk(OFFICE))).toEqual(EXPECTED[status].office);
      expect(allowedActions(c, leader(OFFICE))).toEqual(EXPECTED[status].office);
      if (c.handlerOrgId !== OFFICE) expect(allowedActions(c, clerk(HANDLER))).toEqual(EXPECTED[status].holder);
      expect(allowedActions(c, clerk(OTHER))).toEqual([]);
      expect(allowedActions(c, leader(OTHER))).toEqual([]);
    });
  }

  it("moves along the lifecycle", () => {
    const steps: [ComplaintStatus, ComplaintAction, number, ComplaintStatus][] = [
      ["REGISTERED", "accept", OFFICE, "ACCEPTED"],
      ["REGISTERED", "notAccept", OFFICE, "NOT_ACCEPTED"],
      ["ACCEPTED", "assign", OFFICE, "ASSIGNED"],
      ["ASSIGNED", "start", HANDLER, "IN_PROGRESS"],
      ["ASSIGNED", "return", HANDLER, "RETURNED"],
      ["IN_PROGRESS", "return", HANDLER, "RETURNED"],
      ["RETURNED", "reassign", OFFICE, "ASSIGNED"],
      ["IN_PROGRESS", "reassign", OFFICE, "ASSIGNED"],
      ["IN_PROGRESS", "handle", HANDLER, "HANDLED"],
      ["HANDLED", "reply", OFFICE, "REPLIED"],
      ["REPLIED", "close", OFFICE, "CLOSED"],
      ["IN_PROGRESS", "press", OFFICE, "IN_PROGRESS"],
      ["ASSIGNED", "requestExtension", HANDLER, "ASSIGNED"],
    ];
    for (const [from, action, orgId, to] of steps) {
      expect(transition(complaint(from), action, clerk(orgId)), `${from} ${action}`).toEqual({ ok: true, status: to });
    }
  });

  it("refuses every action nobody may take in a status", () => {
    for (const status of COMPLAINT_STATUSES) {
      const allowed = new Set([...EXPECTED[status].office, ...EXPECTED[status].holder]);
      for (const action of COMPLAINT_ACTIONS.filter((a) => !allowed.has(a) && a !== "approveExtension" && a !== "refuseExtension")) {
        for (const orgId of [OFFICE, HANDLER, OTHER]) expect(transition(complaint(status), action, leader(orgId)), `${status} ${action}`).toEqual({ ok: false });
      }
    }
  });

  it("the holder cannot take office actions and the office cannot take the holder's", () => {
    const c = complaint("IN_PROGRESS");
    for (const a of ["press", "reassign", "reply", "close", "accept", "assign"] as const) expect(mayTake(c, a, clerk(HANDLER)), a).toBe(false);
    for (const a of ["start", "return", "handle", "requestExtension"] as const) expect(mayTake(c, a, clerk(OFFICE)), a).toBe(false);
  });

  it("an office that assigned the complaint to itself handles it but does not return or press it", () => {
    const self = complaint("IN_PROGRESS", { handlerOrgId: OFFICE });
    expect(allowedActions(self, clerk(OFFICE))).toEqual(["reassign", "requestExtension", "handle", "toDispute"]);
    expect(allowedActions(complaint("ASSIGNED", { handlerOrgId: OFFICE }), clerk(OFFICE))).toEqual(["reassign", "start", "requestExtension", "toDispute"]);
  });
});

describe("turning a complaint into a dispute", () => {
  it("is the registering office's step while the complaint is open, and happens once", () => {
    expect(mayTake(complaint("IN_PROGRESS"), "toDispute", clerk(OFFICE))).toBe(true);
    expect(mayTake(complaint("IN_PROGRESS", { disputeId: 7 }), "toDispute", clerk(OFFICE))).toBe(false);
    expect(mayTake(complaint("IN_PROGRESS"), "toDispute", clerk(HANDLER))).toBe(false);
    expect(mayTake(complaint("REGISTERED"), "toDispute", clerk(OFFICE))).toBe(false);
    expect(mayTake(complaint("CLOSED"), "toDispute", clerk(OFFICE))).toBe(false);
  });

  it("keeps the complaint's status: it is answered when the dispute is settled", () => {
    expect(transition(complaint("ASSIGNED"), "toDispute", clerk(OFFICE))).toEqual({ ok: true, status: "ASSIGNED" });
  });
});

describe("the one extension", () => {
  it("is requested once by the holder", () => {
    expect(mayTake(complaint("IN_PROGRESS"), "requestExtension", clerk(HANDLER))).toBe(true);
    for (const s of ["REQUESTED", "APPROVED", "REFUSED"]) {
      expect(mayTake(complaint("IN_PROGRESS", { extensionStatus: s }), "requestExtension", clerk(HANDLER)), s).toBe(false);
    }
  });

  it("is approved or refused only by a LEADER of the registering office, while it is requested", () => {
    const requested = complaint("IN_PROGRESS", { extensionStatus: "REQUESTED" });
    expect(allowedActions(requested, leader(OFFICE))).toEqual(["reassign", "press", "approveExtension", "refuseExtension", "toDispute"]);
    expect(mayTake(requested, "approveExtension", clerk(OFFICE))).toBe(false);
    expect(mayTake(requested, "approveExtension", leader(HANDLER))).toBe(false);
    expect(mayTake(requested, "approveExtension", leader(OTHER))).toBe(false);
    expect(mayTake(complaint("IN_PROGRESS", { extensionStatus: "APPROVED" }), "approveExtension", leader(OFFICE))).toBe(false);
    expect(mayTake(complaint("HANDLED", { extensionStatus: "REQUESTED" }), "approveExtension", leader(OFFICE))).toBe(false);
    expect(transition(requested, "approveExtension", leader(OFFICE))).toEqual({ ok: true, status: "IN_PROGRESS" });
    // a request survives a return: the office's leader can still decide it
    expect(mayTake(complaint("RETURNED", { extensionStatus: "REQUESTED" }), "refuseExtension", leader(OFFICE))).toBe(true);
  });

  // 2026 National Day: 10-01..10-07 off; 10-10 (Sat) is a moved working day.
  const calendar: HolidayCalendar = {
    holidays: new Set(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"]),
    workdays: new Set(["2026-10-10"]),
  };

  it("extends the handling deadline by up to the rule's days, counted like the rule", () => {
    expect(extendedDueDate("2026-09-20", 30, 30, "CALENDAR", calendar)).toBe("2026-10-20");
    expect(extendedDueDate("2026-09-30", 3, 30, "WORKING", calendar)).toBe("2026-10-10");
    expect(extendedDueDate("2026-09-30", 31, 30, "CALENDAR", calendar)).toBeNull();
    expect(extendedDueDate("2026-09-30", 0, 30, "CALENDAR", calendar)).toBeNull();
    expect(extendedDueDate("2026-09-30", 1.5, 30, "CALENDAR", calendar)).toBeNull();
  });
});

describe("reply notes", () => {
  it("split the method from the note so pages show it in words", () => {
    expect(splitReplyNote("PHONE｜电话告知处理结果")).toEqual({ method: "PHONE", text: "电话告知处理结果" });
    expect(splitReplyNote("已当面答复")).toEqual({ method: null, text: "已当面答复" });
    expect(splitReplyNote("UNKNOWN｜x")).toEqual({ method: null, text: "UNKNOWN｜x" });
  });
});

describe("deadlines and overdue", () => {
  const dates = { acceptDueDate: "2026-11-10", handleDueDate: "2027-01-05", extendedDueDate: null };

  it("acceptance is due while registered, handling until handled, nothing once finished", () => {
    expect(currentDueDate({ ...dates, status: "REGISTERED" })).toBe("2026-11-10");
    for (const s of ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"]) expect(currentDueDate({ ...dates, status: s }), s).toBe("2027-01-05");
    for (const s of ["NOT_ACCEPTED", "CLOSED", "DUPLICATE"]) expect(currentDueDate({ ...dates, status: s, stepDueDate: "2026-12-01" }), s).toBeNull();
  });

  it("the office's own steps run their own deadline: reassign a returned complaint, reply, close", () => {
    expect(complaintStepRule("RETURNED")).toBe("COMPLAINT_REASSIGN");
    expect(complaintStepRule("HANDLED")).toBe("COMPLAINT_REPLY");
    expect(complaintStepRule("REPLIED")).toBe("COMPLAINT_CLOSE");
    expect(complaintStepRule("IN_PROGRESS")).toBeNull();
    for (const s of ["HANDLED", "REPLIED"]) expect(currentDueDate({ ...dates, status: s, stepDueDate: "2026-12-01" }), s).toBe("2026-12-01");
    // Returned: the earlier of the reassignment step and the handling deadline.
    expect(currentDueDate({ ...dates, status: "RETURNED", stepDueDate: "2026-12-01" })).toBe("2026-12-01");
    expect(currentDueDate({ ...dates, status: "RETURNED", stepDueDate: "2027-03-01" })).toBe("2027-01-05");
    // Reassigned again: the handling deadline runs, the step's date no longer counts.
    expect(currentDueDate({ ...dates, status: "ASSIGNED", stepDueDate: "2026-12-01" })).toBe("2027-01-05");
  });

  it("an approved extension replaces the handling deadline", () => {
    expect(currentDueDate({ ...dates, status: "IN_PROGRESS", extendedDueDate: "2027-02-04" })).toBe("2027-02-04");
  });

  it("is overdue the day after the running deadline", () => {
    expect(isComplaintOverdue({ ...dates, status: "REGISTERED" }, "2026-11-10")).toBe(false);
    expect(isComplaintOverdue({ ...dates, status: "REGISTERED" }, "2026-11-11")).toBe(true);
    expect(isComplaintOverdue({ ...dates, status: "CLOSED" }, "2030-01-01")).toBe(false);
    expect(isComplaintOverdue({ ...dates, status: "HANDLED", stepDueDate: "2026-12-01" }, "2026-12-02")).toBe(true);
    expect(isComplaintOverdue({ ...dates, status: "IN_PROGRESS", extendedDueDate: "2027-02-04" }, "2027-01-20")).toBe(false);
  });
});
