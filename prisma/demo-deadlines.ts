// The deadline rules and holiday calendar as the demo seeds read them: due dates counted the way
// lib/data counts them (lib/domain/deadline.ts). DEMO ONLY.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import type { IsoDate } from "../lib/domain/dates.ts";
import { dueDate, type DayType, type HolidayCalendar } from "../lib/domain/deadline.ts";

export type DemoDue = (code: string, from: IsoDate, n?: number) => IsoDate;

export async function demoDue(db: PrismaClient): Promise<DemoDue> {
  const days = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  const calendar: HolidayCalendar = {
    holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
  };
  const rules = new Map((await db.deadlineRule.findMany()).map((r) => [r.code, { days: r.days, dayType: r.dayType as DayType }]));
  return (code, from, n) => {
    const rule = rules.get(code);
    if (!rule) throw new Error(`Deadline rule ${code} missing`);
    return dueDate(from, n ?? rule.days, rule.dayType, calendar);
  };
}
