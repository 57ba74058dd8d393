// Defining an assessment period and commending a unit: the same schemas on the form and in the
// server action. Messages are keys of the "validation" catalog.
import { z } from "zod";
import { INDICATOR_CODES, weightsValid } from "@/lib/domain/assessment";
import { isCalendarDate } from "@/lib/domain/dates";
import { calendarDate, idField, requiredText, version } from "@/lib/validation/common";

const isoDate = z.string().trim().min(1, "required").pipe(calendarDate("assessment.date"));
const weight = z.coerce.number({ error: "number" }).int("assessment.weightInteger").min(0, "assessment.weightRange").max(100, "assessment.weightRange");

export const periodSchema = z
  .object({
    name: requiredText(100),
    fromDate: isoDate,
    toDate: isoDate,
    minVolume: z.coerce.number({ error: "number" }).int("number").min(1, "assessment.minVolume").max(10_000, "tooLarge"),
    threshold: z.coerce.number({ error: "number" }).int("number").min(1, "assessment.threshold").max(100, "assessment.threshold"),
    weights: z.object(Object.fromEntries(INDICATOR_CODES.map((c) => [c, weight])) as Record<(typeof INDICATOR_CODES)[number], typeof weight>),
  })
  .superRefine((v, ctx) => {
    if (isCalendarDate(v.fromDate) && isCalendarDate(v.toDate) && v.toDate < v.fromDate) ctx.addIssue({ code: "custom", path: ["toDate"], message: "assessment.toBeforeFrom" });
    const weights = INDICATOR_CODES.map((c) => v.weights[c]);
    if (weights.every((w) => typeof w === "number" && Number.isFinite(w)) && !weightsValid(weights)) ctx.addIssue({ code: "custom", path: ["weights"], message: "assessment.weightsSum" });
  });
export type PeriodInput = z.input<typeof periodSchema>;
export type PeriodData = z.output<typeof periodSchema>;

export const commendationSchema = z.object({
  orgId: idField,
  reason: requiredText(500),
  version: version.optional(),
});
export type CommendationInput = z.input<typeof commendationSchema>;
export type CommendationData = z.output<typeof commendationSchema>;
