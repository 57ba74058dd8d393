import { describe, expect, it } from "vitest";
import { addDays, chineseDate, cityDate, daysBetween, parseCityDateTime, startOfCityDate, toCityDateTimeInput, weekday } from "@/lib/domain/dates";

describe("city dates (Asia/Shanghai)", () => {
  it("an instant late in the UTC evening is already the next day in Harbin", () => {
    expect(cityDate(new Date("2026-11-26T16:30:00Z"))).toBe("2026-11-27");
    expect(cityDate(new Date("2026-11-26T15:59:59Z"))).toBe("2026-11-26");
  });
  it("a city date starts at 16:00 UTC the day before", () => {
    expect(startOfCityDate("2026-11-27").toISOString()).toBe("2026-11-26T16:00:00.000Z");
  });
  it("adds and counts days across months and years", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(weekday("2026-11-26")).toBe(4);
  });
  it("writes dates the way government documents do", () => {
    expect(chineseDate("2026-01-05")).toBe("2026年1月5日");
  });
  it("round-trips datetime-local input values", () => {
    const at = parseCityDateTime("2026-12-01T09:30");
    expect(at?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(toCityDateTimeInput(at!)).toBe("2026-12-01T09:30");
    expect(parseCityDateTime("not a date")).toBeNull();
  });
});
