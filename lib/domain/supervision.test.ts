import { describe, expect, it } from "vitest";
import { EMPTY_CALENDAR, type HolidayCalendar } from "@/lib/domain/deadline";
import { supervisionHorizon, urgencyOf } from "@/lib/domain/supervision";

// 2026-11-27 is a Friday.
const FRIDAY = "2026-11-27";

describe("supervisionHorizon", () => {
  it("is two working days ahead, skipping the weekend", () => {
    expect(supervisionHorizon(FRIDAY, EMPTY_CALENDAR)).toBe("2026-12-01");
    expect(supervisionHorizon("2026-11-24", EMPTY_CALENDAR)).toBe("2026-11-26");
  });

  it("skips holidays and counts moved working days", () => {
    const calendar: HolidayCalendar = { holidays: new Set(["2026-11-30"]), workdays: new Set(["2026-11-28"]) };
    expect(supervisionHorizon(FRIDAY, calendar)).toBe("2026-12-01");
  });
});

describe("urgencyOf", () => {
  it("counts overdue working days, not weekend days", () => {
    // Due Thursday, today the next Monday: Friday and Monday are working days.
    expect(urgencyOf("2026-11-26", "2026-11-30", EMPTY_CALENDAR)).toEqual({ state: "OVERDUE", due: "2026-11-26", today: "2026-11-30", workingDays: 2, calendarDays: 4 });
  });

  it("a deadline that passed over a weekend is overdue by at least a day", () => {
    expect(urgencyOf("2026-11-28", "2026-11-29", EMPTY_CALENDAR)).toEqual({ state: "OVERDUE", due: "2026-11-28", today: "2026-11-29", workingDays: 1, calendarDays: 1 });
  });

  it("due today or soon is not overdue", () => {
    expect(urgencyOf(FRIDAY, FRIDAY, EMPTY_CALENDAR)).toEqual({ state: "DUE_SOON", workingDays: 0 });
    expect(urgencyOf("2026-12-01", FRIDAY, EMPTY_CALENDAR)).toEqual({ state: "DUE_SOON", workingDays: 2 });
  });
});
