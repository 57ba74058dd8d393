// The holiday calendar and deadline rules, as data the deadline arithmetic reads.
import "server-only";
import { writeTransaction } from "@/lib/data/submissions";
import { dayTypeSchema, dueDate, type DayType, type HolidayCalendar } from "@/lib/domain/deadline";
import { cityDate, type IsoDate } from "@/lib/domain/dates";
import { builtinDay } from "@/lib/domain/builtin-calendar";
import { disputeWaitRule } from "@/lib/domain/dispute";
import { notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import type { Actor } from "@/lib/scope";
import type { CalendarDayData, DeadlineRuleData } from "@/lib/validation/calendar";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";
import { allColumns, findRows } from "@/lib/data/read";
import { shared } from "@/lib/data/shared-cache";

/** The holiday calendar, kept until a change: the "matters" counter follows CalendarDay
 * (migration 20261206063203_data_versions), so an administrator's edit applies at once, in every process. */
export async function holidayCalendar(): Promise<HolidayCalendar> {
  return shared("holidayCalendar", ["matters"], async () => {
    const days = await findRows("CalendarDay", { where: {}, select: ["date", "kind"] });
    return {
      holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
      workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
    };
  });
}

export type DeadlineRuleValue = { days: number; dayType: DayType };

/** Every deadline rule by code, kept like the calendar (the "matters" counter follows DeadlineRule). */
function deadlineRules(): Promise<ReadonlyMap<string, { days: number; dayType: string }>> {
  return shared("deadlineRules", ["matters"], async () => {
    const rules = await findRows("DeadlineRule", { where: {}, select: ["code", "days", "dayType"] });
    return new Map(rules.map((r) => [r.code, { days: r.days, dayType: r.dayType }]));
  });
}

/** A deadline rule by code (COMPLAINT_ACCEPT, ESCALATION_ACCEPT, …). */
export async function deadlineRule(code: string): Promise<DeadlineRuleValue> {
  const rule = (await deadlineRules()).get(code);
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

/** The due date of a rule counted from a calendar date (an acceptance date, a previous deadline). */
export async function dueDateAfter(code: string, start: IsoDate, days?: number): Promise<IsoDate> {
  const [rule, calendar] = await Promise.all([deadlineRule(code), holidayCalendar()]);
  return dueDate(start, days ?? rule.days, rule.dayType, calendar);
}

// ─── Administration of the holiday calendar and the deadline rules (permission admin.calendar) ───

export type CalendarDayRow = { date: string; kind: string; name: string; source: string; updatedAt: Date };

/** The calendar's explicit days of a year (weekdays and weekends not listed follow the week). */
export async function listCalendarDays(actor: Actor, year: number): Promise<CalendarDayRow[]> {
  requirePermission(actor, "admin.calendar");
  return findRows("CalendarDay", { where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }, select: allColumns("CalendarDay"), orderBy: [["date", "asc"]] });
}

/** Sets a date as a day off or a working day (an administrator's override of the built-in data). */
export async function setCalendarDay(actor: Actor, data: CalendarDayData, ip = ""): Promise<void> {
  requirePermission(actor, "admin.calendar");
  await writeTransaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: data.date } });
    await tx.calendarDay.upsert({
      where: { date: data.date },
      create: { date: data.date, kind: data.kind, name: data.name, source: "admin" },
      update: { kind: data.kind, name: data.name, source: "admin" },
    });
    await writeAudit(tx, actor, {
      action: "admin.calendar.set", entity: "CalendarDay", entityId: data.date, summary: `${data.date} ${data.kind} ${data.name}`,
      details: { before, after: data }, ip,
    });
  });
}

/** Removes an administrator's override: the built-in day comes back, or the date follows the week again. */
export async function resetCalendarDay(actor: Actor, date: IsoDate, ip = ""): Promise<void> {
  requirePermission(actor, "admin.calendar");
  await writeTransaction(async (tx) => {
    const current = await tx.calendarDay.findUnique({ where: { date } });
    if (!current || current.source !== "admin") throw notFound();
    const builtin = builtinDay(date);
    if (builtin) await tx.calendarDay.update({ where: { date }, data: { kind: builtin.kind, name: builtin.name, source: "builtin" } });
    else await tx.calendarDay.delete({ where: { date } });
    await writeAudit(tx, actor, { action: "admin.calendar.reset", entity: "CalendarDay", entityId: date, summary: date, details: { before: current, after: builtin }, ip });
  });
}

export type DeadlineRuleRow = { id: number; code: string; days: number; dayType: string; version: number; updatedAt: Date };

export async function listDeadlineRules(actor: Actor): Promise<DeadlineRuleRow[]> {
  requirePermission(actor, "admin.calendar");
  return findRows("DeadlineRule", { where: {}, select: allColumns("DeadlineRule"), orderBy: [["id", "asc"]] });
}

/** Changes a rule; deadlines already set keep their dates, new ones follow the rule. */
export async function updateDeadlineRule(actor: Actor, id: number, data: DeadlineRuleData & { version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "admin.calendar");
  await writeTransaction(async (tx) => {
    const current = await tx.deadlineRule.findUnique({ where: { id } });
    if (!current) throw notFound();
    const { count } = await tx.deadlineRule.updateMany({ where: { id, version: data.version }, data: { days: data.days, dayType: data.dayType, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, {
      action: "admin.deadlineRule.update", entity: "DeadlineRule", entityId: current.code, summary: `${current.code} ${data.days} ${data.dayType}`,
      details: { before: { days: current.days, dayType: current.dayType }, after: { days: data.days, dayType: data.dayType } }, ip,
    });
  });
}

/** The running deadline of a dispute in each status, counted from today (and, while scheduled,
 * from its meeting's date): read before a transaction that may move a dispute (docs/decisions/060). */
export type DisputeDeadlines = { forStatus: (status: string, meetingStartsAt?: Date | null) => IsoDate | null };

export async function disputeDeadlines(): Promise<DisputeDeadlines> {
  const codes = ["DISPUTE_CONVENE", "DISPUTE_RECONVENE", "DISPUTE_FOLLOW_UP", "MEETING_MINUTES"] as const;
  const [rules, calendar] = await Promise.all([Promise.all(codes.map((c) => deadlineRule(c))), holidayCalendar()]);
  const rule = new Map(codes.map((c, i) => [c as string, rules[i]!]));
  const day = today();
  return {
    forStatus(status, meetingStartsAt) {
      if (status === "SCHEDULED") {
        const r = rule.get("MEETING_MINUTES")!;
        return dueDate(meetingStartsAt ? cityDate(meetingStartsAt) : day, r.days, r.dayType, calendar);
      }
      const code = disputeWaitRule(status);
      if (!code) return null;
      const r = rule.get(code)!;
      return dueDate(day, r.days, r.dayType, calendar);
    },
  };
}
