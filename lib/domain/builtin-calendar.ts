// The built-in holiday calendar: China's public holidays and moved working days (调休) as the
// chinese-days package publishes them. Seeded as "builtin" rows; an administrator's override
// of a date replaces it, and removing the override restores the built-in day.
import holidaysJson from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { CALENDAR_DAY_KINDS } from "@/lib/domain/codes";
export { CALENDAR_DAY_KINDS } from "@/lib/domain/codes";

export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export type BuiltinDay = { date: string; kind: CalendarDayKind; name: string };

type HolidayData = { holidays: Record<string, string>; workdays: Record<string, string> };

export function builtinCalendar(): BuiltinDay[] {
  const data = holidaysJson as HolidayData;
  const nameOf = (v: string) => v.split(",")[1] ?? v;
  return [
    ...Object.entries(data.holidays).map(([date, v]) => ({ date, kind: "HOLIDAY" as const, name: nameOf(v) })),
    ...Object.entries(data.workdays).map(([date, v]) => ({ date, kind: "WORKDAY" as const, name: nameOf(v) })),
  ];
}

/** The built-in entry for one date, if the package knows it. */
export function builtinDay(date: string): BuiltinDay | null {
  const data = holidaysJson as HolidayData;
  const nameOf = (v: string) => v.split(",")[1] ?? v;
  if (data.holidays[date]) return { date, kind: "HOLIDAY", name: nameOf(data.holidays[date]) };
  if (data.workdays[date]) return { date, kind: "WORKDAY", name: nameOf(data.workdays[date]) };
  return null;
}
