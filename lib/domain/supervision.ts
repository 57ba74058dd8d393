// Supervision (督办, §四): what is overdue or about to be, and by how many working days.
// Pure: the holiday calendar is passed in (lib/domain/deadline.ts).
import { dueDate, workingDaysBetween, type HolidayCalendar } from "@/lib/domain/deadline";
import type { IsoDate } from "@/lib/domain/dates";

/** "About to be overdue": due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 2;

export const SUPERVISED_TYPES = ["COMPLAINT", "REFERRAL", "DISPUTE", "RESOLUTION", "ESCALATION", "WORKS"] as const;
export type SupervisedType = (typeof SUPERVISED_TYPES)[number];

/** The last due date the supervision view includes: today plus DUE_SOON_WORKING_DAYS working days. */
export function supervisionHorizon(today: IsoDate, calendar: HolidayCalendar): IsoDate {
  return dueDate(today, DUE_SOON_WORKING_DAYS, "WORKING", calendar);
}

export type Urgency = { state: "OVERDUE"; due: IsoDate; today: IsoDate; workingDays: number; calendarDays: number } | { state: "DUE_SOON"; workingDays: number };

/**
 * How a due date stands today: overdue by n working days (a due date that passed on a day off
 * still counts as overdue, by at least one day), or due in n working days (0 = today).
 */
export function urgencyOf(due: IsoDate, today: IsoDate, calendar: HolidayCalendar): Urgency {
  if (due < today) {
    const calendarDays = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
    return { state: "OVERDUE", due, today, workingDays: Math.max(1, workingDaysBetween(due, today, calendar)), calendarDays };
  }
  return { state: "DUE_SOON", workingDays: workingDaysBetween(today, due, calendar) };
}

/** Most overdue first, then soonest due. */
export function compareUrgency(a: { due: IsoDate }, b: { due: IsoDate }): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
}
