// The holiday-calendar and deadline-rule forms (administration).
import { z } from "zod";
import { CALENDAR_DAY_KINDS } from "@/lib/domain/builtin-calendar";
import { dayTypeSchema } from "@/lib/domain/deadline";
import { calendarDate, optionalText, version } from "@/lib/validation/common";

export const isoDate = calendarDate();

export const calendarDaySchema = z.object({
  date: isoDate,
  kind: z.enum(CALENDAR_DAY_KINDS, { error: "required" }),
  name: optionalText(40),
});
export type CalendarDayInput = z.input<typeof calendarDaySchema>;
export type CalendarDayData = z.output<typeof calendarDaySchema>;

export const deadlineRuleSchema = z.object({
  days: z.coerce.number({ error: "number" }).int("number").min(1, "number").max(365, "tooLarge"),
  dayType: dayTypeSchema,
  version: version,
});
export type DeadlineRuleInput = z.input<typeof deadlineRuleSchema>;
export type DeadlineRuleData = z.output<typeof deadlineRuleSchema>;
