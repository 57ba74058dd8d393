// Deadline arithmetic over the holiday calendar: calendar days or working days, with public
// holidays and moved working days (调休). Pure: the calendar is passed in.
import { z } from "zod";
import { DAY_TYPES } from "@/lib/domain/codes";
export { DAY_TYPES } from "@/lib/domain/codes";
import { addDays, weekday, type IsoDate } from "@/lib/domain/dates";

export const dayTypeSchema = z.enum(DAY_TYPES);
export type DayType = z.infer<typeof dayTypeSchema>;

/** Official holidays (days off even on weekdays) and moved working days (work even on weekends). */
export type HolidayCalendar = { holidays: ReadonlySet<IsoDate>; workdays: ReadonlySet<IsoDate> };

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: new Set(), workdays: new Set() };

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const d = weekday(date);
  return d !== 0 && d !== 6;
}

/**
 * The due date `days` days after `start` (the day of the event does not count).
 * Working days skip weekends and holidays but count moved working days. A calendar-day
 * deadline that falls on a day off is not moved (the petition regulations count calendar days).
 */
export function dueDate(start: IsoDate, days: number, dayType: DayType, calendar: HolidayCalendar): IsoDate {
  if (days <= 0) return start;
  if (dayType === "CALENDAR") return addDays(start, days);
  let date = start;
  let counted = 0;
  // A year of days off in a row does not exist; the bound only guards against a corrupt calendar.
  for (let guard = 0; counted < days && guard < days * 7 + 400; guard++) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return date;
}

/** Working days from a to b (exclusive of a, inclusive of b); negative when b is before a. */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar): number {
  if (a === b) return 0;
  const forward = a < b;
  let date = a;
  let n = 0;
  for (let guard = 0; date !== b && guard < 20_000; guard++) {
    date = addDays(date, forward ? 1 : -1);
    if (isWorkingDay(date, calendar)) n++;
  }
  return forward ? n : -n;
}

/** Overdue: the due date has passed (due today is not yet overdue). */
export function isOverdue(due: IsoDate | null, today: IsoDate): boolean {
  return due !== null && due < today;
}

/** Days past due (0 when not overdue), in calendar days. */
export function daysOverdue(due: IsoDate | null, today: IsoDate): number {
  if (!due || due >= today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
}
