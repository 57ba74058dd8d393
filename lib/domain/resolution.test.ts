import { describe, expect, it } from "vitest";
import { RESOLUTION_STATUSES, allConfirmed, isResolutionOverdue, resolutionActions, resolutionRefusal, resolutionTransition, type ResolutionAction, type ResolutionStatus } from "@/lib/domain/resolution";

describe("resolution state machine: every status × every action", () => {
  const allowed: Record<ResolutionAction, Partial<Record<ResolutionStatus, ResolutionStatus>>> = {
    progress: { OPEN: "IN_PROGRESS", IN_PROGRESS: "IN_PROGRESS" },
    markDone: { OPEN: "DONE", IN_PROGRESS: "DONE" },
    confirm: { DONE: "CONFIRMED" },
    reopen: { DONE: "IN_PROGRESS" },
  };
  for (const action of Object.keys(allowed) as ResolutionAction[]) {
    for (const status of RESOLUTION_STATUSES) {
      const want = allowed[action][status];
      it(`${action} from ${status} ${want ? `→ ${want}` : "is refused"}`, () => {
        const got = resolutionTransition(status, action);
        if (want) expect(got).toEqual({ ok: true, status: want });
        else expect(got.ok).toBe(false);
      });
    }
  }
});

describe("who may act on a resolution", () => {
  const responsible = { orgId: 30, orgKind: "POLICE_STATION" as const, role: "CLERK" as const };
  const convener = { orgId: 7, orgKind: "STREET_OFFICE" as const, role: "CLERK" as const };
  const final = { convenerOrgId: 7, minutesStatus: "FINAL" as const };
  it("the responsible organisation records progress and marks done; the convener confirms or reopens", () => {
    expect(resolutionActions({ status: "OPEN", responsibleOrgId: 30 }, final, responsible)).toEqual(["progress", "markDone"]);
    expect(resolutionActions({ status: "DONE", responsibleOrgId: 30 }, final, responsible)).toEqual([]);
    expect(resolutionActions({ status: "DONE", responsibleOrgId: 30 }, final, convener)).toEqual(["confirm", "reopen"]);
    expect(resolutionActions({ status: "OPEN", responsibleOrgId: 30 }, final, convener)).toEqual([]);
    expect(resolutionActions({ status: "CONFIRMED", responsibleOrgId: 30 }, final, convener)).toEqual([]);
  });
  it("nothing happens before the minutes are final, and others are refused with a reason", () => {
    expect(resolutionRefusal({ status: "OPEN", responsibleOrgId: 30 }, { ...final, minutesStatus: "DRAFT" }, responsible, "markDone")).toBe("minutesNotFinal");
    expect(resolutionRefusal({ status: "OPEN", responsibleOrgId: 30 }, final, convener, "markDone")).toBe("notResponsible");
    expect(resolutionRefusal({ status: "DONE", responsibleOrgId: 30 }, final, responsible, "confirm")).toBe("notConvener");
    expect(resolutionRefusal({ status: "CONFIRMED", responsibleOrgId: 30 }, final, convener, "reopen")).toBe("resolutionNotDone");
  });
  it("an organisation that both convened and owns a resolution may do both", () => {
    expect(resolutionActions({ status: "OPEN", responsibleOrgId: 7 }, final, convener)).toEqual(["progress", "markDone"]);
    expect(resolutionActions({ status: "DONE", responsibleOrgId: 7 }, final, convener)).toEqual(["confirm", "reopen"]);
  });
});

describe("overdue and completion", () => {
  it("an outstanding resolution past its due date is overdue; one marked done is not", () => {
    expect(isResolutionOverdue({ status: "OPEN", dueDate: "2026-11-25" }, "2026-11-26")).toBe(true);
    expect(isResolutionOverdue({ status: "IN_PROGRESS", dueDate: "2026-11-25" }, "2026-11-26")).toBe(true);
    expect(isResolutionOverdue({ status: "OPEN", dueDate: "2026-11-26" }, "2026-11-26")).toBe(false);
    expect(isResolutionOverdue({ status: "DONE", dueDate: "2026-11-01" }, "2026-11-26")).toBe(false);
    expect(isResolutionOverdue({ status: "CONFIRMED", dueDate: "2026-11-01" }, "2026-11-26")).toBe(false);
  });
  it("a dispute may close only when every resolution is confirmed", () => {
    expect(allConfirmed([])).toBe(true);
    expect(allConfirmed(["CONFIRMED", "CONFIRMED"])).toBe(true);
    expect(allConfirmed(["CONFIRMED", "DONE"])).toBe(false);
  });
});
