import { describe, expect, it } from "vitest";
import { isCalendarDate, parseCityDateTime } from "@/lib/domain/dates";

describe("calendar dates are real dates", () => {
  it.each(["2026-02-28", "2028-02-29", "2026-12-31", "2000-01-01", "2099-12-31"])("%s is a date", (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(["2026-02-29", "2026-02-30", "2026-04-31", "2027-13-45", "9999-99-99", "0000-00-00", "2026-00-10", "2026-1-5", " 2026-01-05", "2026-01-05x", "1999-12-31", "2100-01-01", "9999-12-31", ""])("%j is not", (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });

  it("a datetime-local value on an impossible day or hour is refused, not rolled over", () => {
    expect(parseCityDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseCityDateTime("2026-02-28T24:00")).toBeNull();
    expect(parseCityDateTime("2026-02-28T10:60")).toBeNull();
    expect(parseCityDateTime("2026-02-28T23:59")?.toISOString()).toBe("2026-02-28T15:59:00.000Z");
  });
});
