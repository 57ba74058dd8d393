import { describe, expect, it } from "vitest";
import { daysOverdue, dueDate, isOverdue, isWorkingDay, workingDaysBetween, type HolidayCalendar } from "@/lib/domain/deadline";

// 2026 National Day: 10-01..10-07 off; 09-20 (Sun) and 10-10 (Sat) are moved working days.
const calendar: HolidayCalendar = {
  holidays: new Set(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"]),
  workdays: new Set(["2026-09-20", "2026-10-10"]),
};

describe("working days", () => {
  it("weekdays work, weekends rest, holidays rest, moved working days work", () => {
    expect(isWorkingDay("2026-11-26", calendar)).toBe(true); // Thursday
    expect(isWorkingDay("2026-11-28", calendar)).toBe(false); // Saturday
    expect(isWorkingDay("2026-10-01", calendar)).toBe(false); // holiday on a Thursday
    expect(isWorkingDay("2026-10-10", calendar)).toBe(true); // Saturday, moved working day
  });

  it("counts working days across the National Day holiday and its 调休 Saturday", () => {
    // From Wed 30 Sep: 1 Oct..7 Oct off, Thu 8, Fri 9, Sat 10 (moved working day), Mon 12.
    expect(dueDate("2026-09-30", 1, "WORKING", calendar)).toBe("2026-10-08");
    expect(dueDate("2026-09-30", 3, "WORKING", calendar)).toBe("2026-10-10");
    expect(dueDate("2026-09-30", 4, "WORKING", calendar)).toBe("2026-10-12");
    expect(workingDaysBetween("2026-09-30", "2026-10-12", calendar)).toBe(4);
  });

  it("calendar days ignore holidays", () => {
    expect(dueDate("2026-09-30", 15, "CALENDAR", calendar)).toBe("2026-10-15");
    expect(dueDate("2026-11-26", 60, "CALENDAR", calendar)).toBe("2027-01-25");
  });

  it("five working days from a Friday end the next Friday", () => {
    expect(dueDate("2026-11-27", 5, "WORKING", calendar)).toBe("2026-12-04");
  });

  it("zero days is the same day; backwards counting is negative", () => {
    expect(dueDate("2026-11-26", 0, "WORKING", calendar)).toBe("2026-11-26");
    expect(workingDaysBetween("2026-12-04", "2026-11-27", calendar)).toBe(-5);
  });

  it("overdue starts the day after the due date", () => {
    expect(isOverdue("2026-11-26", "2026-11-26")).toBe(false);
    expect(isOverdue("2026-11-25", "2026-11-26")).toBe(true);
    expect(isOverdue(null, "2026-11-26")).toBe(false);
    expect(daysOverdue("2026-11-20", "2026-11-26")).toBe(6);
    expect(daysOverdue("2026-11-30", "2026-11-26")).toBe(0);
  });
});
