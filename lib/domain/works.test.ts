import { describe, expect, it } from "vitest";
import { allowedWorksActions, isRestorationOverdue, mayAnswerRestoration, statusAfterAnswers, worksDatesProblem, worksPhase, WORKS_STATUSES, type WorksStatus } from "@/lib/domain/works";

const UTILITY = 5;
const works = (status: WorksStatus) => ({ status, utilityOrgId: UTILITY, startDate: "2026-12-01", endDate: "2026-12-05" });

describe("planned works", () => {
  it("must be announced before they start: start tomorrow or later, end not before start", () => {
    expect(worksDatesProblem("2026-11-26", "2026-11-30", "2026-11-26")).toBe("startNotFuture");
    expect(worksDatesProblem("2026-11-20", "2026-11-30", "2026-11-26")).toBe("startNotFuture");
    expect(worksDatesProblem("2026-11-27", "2026-11-26", "2026-11-26")).toBe("endBeforeStart");
    expect(worksDatesProblem("2026-11-27", "2026-11-27", "2026-11-26")).toBeNull();
  });

  it("the utility cancels before the start and records restoration from the start on", () => {
    expect(allowedWorksActions(works("NOTIFIED"), { orgId: UTILITY }, "2026-11-30")).toEqual(["cancel"]);
    expect(allowedWorksActions(works("NOTIFIED"), { orgId: UTILITY }, "2026-12-01")).toEqual(["reportRestoration"]);
    expect(allowedWorksActions(works("DISPUTED"), { orgId: UTILITY }, "2026-12-09")).toEqual(["reportRestoration"]);
    for (const s of WORKS_STATUSES.filter((x) => x !== "NOTIFIED" && x !== "DISPUTED")) {
      expect(allowedWorksActions(works(s), { orgId: UTILITY }, "2026-12-09"), s).toEqual([]);
    }
    for (const s of WORKS_STATUSES) expect(allowedWorksActions(works(s), { orgId: 99 }, "2026-12-09"), s).toEqual([]);
  });

  it("each area's confirmer answers a reported restoration once", () => {
    const area = { restoration: "PENDING", confirmerOrgId: 7 };
    expect(mayAnswerRestoration({ status: "RESTORATION_REPORTED" }, area, { orgId: 7 })).toBe(true);
    expect(mayAnswerRestoration({ status: "DISPUTED" }, area, { orgId: 7 })).toBe(true);
    expect(mayAnswerRestoration({ status: "NOTIFIED" }, area, { orgId: 7 })).toBe(false);
    expect(mayAnswerRestoration({ status: "CLOSED" }, area, { orgId: 7 })).toBe(false);
    expect(mayAnswerRestoration({ status: "RESTORATION_REPORTED" }, area, { orgId: 8 })).toBe(false);
    expect(mayAnswerRestoration({ status: "RESTORATION_REPORTED" }, { ...area, restoration: "CONFIRMED" }, { orgId: 7 })).toBe(false);
  });

  it("closes when every area confirmed; any dispute sends it back to the utility", () => {
    expect(statusAfterAnswers(["CONFIRMED", "CONFIRMED"])).toBe("CLOSED");
    expect(statusAfterAnswers(["CONFIRMED", "PENDING"])).toBe("RESTORATION_REPORTED");
    expect(statusAfterAnswers(["CONFIRMED", "DISPUTED", "PENDING"])).toBe("DISPUTED");
    expect(statusAfterAnswers([])).toBe("RESTORATION_REPORTED");
  });

  it("knows where works stand and when restoration is late", () => {
    expect(worksPhase(works("NOTIFIED"), "2026-11-30")).toBe("UPCOMING");
    expect(worksPhase(works("NOTIFIED"), "2026-12-05")).toBe("UNDERWAY");
    expect(worksPhase(works("NOTIFIED"), "2026-12-06")).toBe("ENDED");
    expect(worksPhase(works("CLOSED"), "2026-12-06")).toBeNull();
    expect(isRestorationOverdue(works("NOTIFIED"), "2026-12-05")).toBe(false);
    expect(isRestorationOverdue(works("NOTIFIED"), "2026-12-06")).toBe(true);
    expect(isRestorationOverdue(works("RESTORATION_REPORTED"), "2026-12-06")).toBe(false);
  });
});
