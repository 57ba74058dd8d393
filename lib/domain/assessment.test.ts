import { describe, expect, it } from "vitest";
import {
  resolutionRateDue,
  INDICATOR_CODES,
  INDICATORS,
  indicatorValue,
  monthsOf,
  monthWithin,
  percent,
  rankUnits,
  reportWeek,
  resolutionOverdue,
  weightedScore,
  rankingPage,
  unitsInDistrict,
  weightsValid,
} from "@/lib/domain/assessment";

describe("indicator formulas", () => {
  it("on-time handling rate = handled on time ÷ handled × 100", () => {
    expect(indicatorValue("ON_TIME_RATE", { onTime: 9, handled: 12 })).toMatchObject({ numerator: 9, denominator: 12, value: 75, score: 75 });
  });
  it("resolution rate = closed ÷ volume × 100", () => {
    expect(indicatorValue("RESOLUTION_RATE", { closed: 18, volume: 20 }).value).toBe(90);
  });
  it("satisfaction rate = (satisfied + basically satisfied) ÷ rated × 100", () => {
    expect(indicatorValue("SATISFACTION_RATE", { satisfied: 17, rated: 20 }).score).toBe(85);
  });
  it("meeting attendance rate = attended ÷ invited × 100", () => {
    expect(indicatorValue("MEETING_ATTENDANCE_RATE", { attended: 3, invited: 4 }).score).toBe(75);
  });
  it("overdue resolutions, escalations returned and hand-overs ≥ 3 score the share without the failure", () => {
    expect(indicatorValue("OVERDUE_RESOLUTIONS", { resolutionsOverdue: 1, resolutionsDue: 4 })).toMatchObject({ value: 25, score: 75 });
    expect(indicatorValue("ESCALATIONS_RETURNED", { escalationsReturned: 0, escalated: 3 })).toMatchObject({ value: 0, score: 100 });
    expect(indicatorValue("HANDOVERS_3", { handovers3: 2, volume: 10 })).toMatchObject({ value: 20, score: 80 });
  });
  it("no records is no data, not zero", () => {
    expect(percent(0, 0)).toBeNull();
    for (const code of INDICATOR_CODES) expect(indicatorValue(code, {}).score).toBeNull();
  });
  it("the default weights sum to 100", () => {
    expect(weightsValid(INDICATOR_CODES.map((c) => INDICATORS[c].defaultWeight))).toBe(true);
  });
});

describe("weights and weighted score", () => {
  it("weights are whole numbers that sum to exactly 100", () => {
    expect(weightsValid([50, 50])).toBe(true);
    expect(weightsValid([50, 49])).toBe(false);
    expect(weightsValid([60, 50, -10])).toBe(false);
    expect(weightsValid([50.5, 49.5])).toBe(false);
  });
  it("Σ weight × score ÷ Σ weight over the indicators with data", () => {
    expect(weightedScore([{ score: 80, weight: 50 }, { score: 100, weight: 50 }])).toBe(90);
    expect(weightedScore([{ score: 80, weight: 30 }, { score: null, weight: 70 }])).toBe(80);
    expect(weightedScore([{ score: null, weight: 100 }])).toBeNull();
  });
});

describe("ranking", () => {
  const u = (orgId: number, name: string, volume: number, score: number | null, satisfaction: number | null) => ({ orgId, name, volume, score, satisfaction });
  it("orders by score, leaves units under the minimum volume unranked, and flags those below the threshold", () => {
    const r = rankUnits([u(1, "道外区", 30, 70, 60), u(2, "南岗区", 30, 95, 96), u(3, "道里区", 30, 88, 90), u(4, "香坊区", 2, 100, 100)], 5, 85);
    expect(r.map((x) => [x.name, x.rank, x.ranked, x.belowThreshold])).toEqual([
      ["南岗区", 1, true, false],
      ["道里区", 2, true, false],
      ["道外区", 3, true, true],
      ["香坊区", null, false, false],
    ]);
  });
  it("equal shown scores share a rank; a unit without a score is not ranked", () => {
    const r = rankUnits([u(1, "甲", 10, 90.01, null), u(2, "乙", 10, 90.04, null), u(3, "丙", 10, 80, null), u(4, "丁", 10, null, null)], 5, 85);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3, null]);
  });
});

describe("district filter of a city-wide ranking", () => {
  const orgs = [{ id: 1, districtId: null }, { id: 2, districtId: null }, { id: 11, districtId: 1 }, { id: 12, districtId: 1 }, { id: 21, districtId: 2 }, { id: 111, districtId: 1 }];
  const areas = [{ districtId: 1, propertyCompanyId: 90 }, { districtId: 2, propertyCompanyId: 90 }, { districtId: 2, propertyCompanyId: 91 }, { districtId: 1, propertyCompanyId: null }];
  it("keeps the units of that district, by their own district or, for companies, by the areas they manage", () => {
    expect([...unitsInDistrict("STREET", 1, orgs, areas)].sort()).toEqual([11, 111, 12]);
    expect([...unitsInDistrict("COMMUNITY", 2, orgs, areas)]).toEqual([21]);
    expect([...unitsInDistrict("PROPERTY_COMPANY", 1, orgs, areas)]).toEqual([90]);
    expect([...unitsInDistrict("PROPERTY_COMPANY", 2, orgs, areas)].sort()).toEqual([90, 91]);
    expect([...unitsInDistrict("DISTRICT", 2, orgs, areas)]).toEqual([2]);
  });
  it("keeps nothing for a district without units", () => {
    expect(unitsInDistrict("STREET", 3, orgs, areas).size).toBe(0);
    expect(unitsInDistrict("PROPERTY_COMPANY", 3, orgs, areas).size).toBe(0);
  });
});

describe("periods and weeks", () => {
  it("lists the months a period covers and clips a month to the period", () => {
    expect(monthsOf("2026-10-15", "2027-01-10")).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
    expect(monthWithin("2026-10", "2026-10-15", "2027-01-10")).toEqual({ from: "2026-10-15", to: "2026-10-31" });
    expect(monthWithin("2026-02", "2026-01-01", "2026-12-31")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });
  it("the weekly report covers the seven days ending today", () => {
    expect(reportWeek("2026-11-27")).toEqual({ from: "2026-11-21", to: "2026-11-27" });
  });
});

describe("overdue resolutions", () => {
  it("done after the due date, or not done after it; not yet on the due date", () => {
    expect(resolutionOverdue({ dueDate: "2026-11-10", doneDate: "2026-11-11" }, "2026-11-27")).toBe(true);
    expect(resolutionOverdue({ dueDate: "2026-11-10", doneDate: "2026-11-10" }, "2026-11-27")).toBe(false);
    expect(resolutionOverdue({ dueDate: "2026-11-26", doneDate: null }, "2026-11-27")).toBe(true);
    expect(resolutionOverdue({ dueDate: "2026-11-27", doneDate: null }, "2026-11-27")).toBe(false);
  });
});

describe("rates over matters not yet due", () => {
  it("say nothing until the first of them falls due", () => {
    expect(resolutionRateDue("2027-01-20", "2026-12-06")).toBe(false);
    expect(resolutionRateDue("2026-12-06", "2026-12-06")).toBe(true);
  });
});

describe("ranking pages", () => {
  it("split a long ranking into pages of rows in rank order; past the last is the last; not a page number is null", () => {
    expect(rankingPage(120, undefined, 150)).toEqual({ page: 1, pages: 1, from: 0, to: 120 });
    expect(rankingPage(1500, undefined, 100)).toEqual({ page: 1, pages: 15, from: 0, to: 100 });
    expect(rankingPage(1501, 16, 100)).toEqual({ page: 16, pages: 16, from: 1500, to: 1501 });
    expect(rankingPage(137, 2, 100)).toEqual({ page: 2, pages: 2, from: 100, to: 137 });
    expect(rankingPage(0, undefined, 100)).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
    expect(rankingPage(137, 3, 100)).toEqual({ page: 2, pages: 2, from: 100, to: 137 });
    expect(rankingPage(300, 0, 100)).toBeNull();
    expect(rankingPage(300, -1, 100)).toBeNull();
    expect(rankingPage(300, 1.5, 100)).toBeNull();
  });
});
