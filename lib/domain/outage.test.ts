import { describe, expect, it } from "vitest";
import { isOutageOverrunning, mayConfirmAssist, mayRestore, outageKindFor, outageTimesProblem, restoreTimeProblem } from "@/lib/domain/outage";

const now = new Date("2026-11-26T06:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("outages", () => {
  it("the kind follows the utility's sector; post, telecom and cable TV announce none", () => {
    expect(outageKindFor("HEATING")).toBe("HEATING");
    expect(outageKindFor("WATER")).toBe("WATER");
    expect(outageKindFor("POST")).toBeNull();
    expect(outageKindFor(null)).toBeNull();
  });

  it("expects the end after the start and refuses starts more than a week back", () => {
    expect(outageTimesProblem(hours(1), hours(5), now)).toBeNull();
    expect(outageTimesProblem(hours(-3), hours(5), now)).toBeNull();
    expect(outageTimesProblem(hours(5), hours(5), now)).toBe("endBeforeStart");
    expect(outageTimesProblem(hours(-24 * 8), hours(5), now)).toBe("startTooEarly");
  });

  it("only the utility restores an active outage, after its start and not in the future", () => {
    expect(mayRestore({ status: "ACTIVE", utilityOrgId: 1 }, { orgId: 1 })).toBe(true);
    expect(mayRestore({ status: "ACTIVE", utilityOrgId: 1 }, { orgId: 2 })).toBe(false);
    expect(mayRestore({ status: "RESTORED", utilityOrgId: 1 }, { orgId: 1 })).toBe(false);
    expect(restoreTimeProblem({ startAt: hours(-5) }, hours(-1), now)).toBeNull();
    expect(restoreTimeProblem({ startAt: hours(-5) }, hours(-6), now)).toBe("beforeStart");
    expect(restoreTimeProblem({ startAt: hours(-5) }, hours(2), now)).toBe("inFuture");
  });

  it("the assigned property company confirms its assist task once", () => {
    expect(mayConfirmAssist({ status: "PENDING", assigneeOrgId: 9 }, { orgId: 9 })).toBe(true);
    expect(mayConfirmAssist({ status: "PENDING", assigneeOrgId: 9 }, { orgId: 8 })).toBe(false);
    expect(mayConfirmAssist({ status: "CONFIRMED", assigneeOrgId: 9 }, { orgId: 9 })).toBe(false);
  });

  it("is overrunning once active past its expected end", () => {
    expect(isOutageOverrunning({ status: "ACTIVE", expectedEndAt: hours(-1) }, now)).toBe(true);
    expect(isOutageOverrunning({ status: "ACTIVE", expectedEndAt: hours(1) }, now)).toBe(false);
    expect(isOutageOverrunning({ status: "RESTORED", expectedEndAt: hours(-1) }, now)).toBe(false);
  });
});
