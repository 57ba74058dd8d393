// The holiday calendar and deadline rules, as data the deadline arithmetic reads.
import "server-only";
import { db } from "@/lib/db";
import { dayTypeSchema, dueDate, type DayType, type HolidayCalendar } from "@/lib/domain/deadline";
import { cityDate, type IsoDate } from "@/lib/domain/dates";

let cached: { at: number; calendar: HolidayCalendar } | null = null;
const TTL_MS = 60_000;

/** The holiday calendar (cached for a minute; an administrator's change applies within it). */
export async function holidayCalendar(): Promise<HolidayCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const days = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  const calendar: HolidayCalendar = {
    holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
  };
  cached = { at: Date.now(), calendar };
  return calendar;
}

/** Forget the cached calendar (after an administrator edits it). */
export function invalidateHolidayCalendar(): void {
  cached = null;
}

export type DeadlineRuleValue = { days: number; dayType: DayType };

/** A deadline rule by code (COMPLAINT_ACCEPT, ESCALATION_ACCEPT, …). */
export async function deadlineRule(code: string): Promise<DeadlineRuleValue> {
  const rule = await db.deadlineRule.findUnique({ where: { code } });
  if (!rule) throw new Error(`Deadline rule ${code} is missing: run the seed`);
  return { days: rule.days, dayType: dayTypeSchema.parse(rule.dayType) };
}

/** The due date of a rule counted from an instant (its city date). */
export async function dueDateFor(code: string, from: Date): Promise<IsoDate> {
  const [rule, calendar] = await Promise.all([deadlineRule(code), holidayCalendar()]);
  return dueDate(cityDate(from), rule.days, rule.dayType, calendar);
}

export function today(): IsoDate {
  return cityDate(new Date());
}
