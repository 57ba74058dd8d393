// Building blocks shared by the form schemas. Every message is a key of the "validation"
// catalog (lib/i18n/messages/*/validation.json), translated beside the field.
import { z } from "zod";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD } from "@/lib/domain/attachment";
import { addDays, cityDate, isCalendarDate } from "@/lib/domain/dates";

export const requiredText = (max = 200) =>
  z.string().trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max = 200) => z.string().trim().max(max, "tooLong");

/** The largest id a record can have (Prisma's Int is 32-bit): a larger number is no record. */
export const MAX_ID = 2_147_483_647;

/** Decimal digits become a number; anything else ("0x10", "1e3", "") is left for the number check to refuse. */
const decimal = (v: unknown) => (typeof v === "string" && /^\s*\d{1,10}\s*$/.test(v) ? Number(v) : v);

/** An id chosen in a <select>: arrives as a string from forms, as a number from code. */
export const idField = z.preprocess(decimal, z.number({ error: "required" }).int("required").positive("required").max(MAX_ID, "required")) as unknown as z.ZodType<number, string | number>;

export const optionalId = z
  .union([z.literal(""), z.null(), z.undefined(), z.preprocess(decimal, z.number().int().positive().max(MAX_ID))])
  .transform((v) => (typeof v === "number" ? v : null));

/**
 * A calendar date "YYYY-MM-DD" that exists, between 2000 and 2099 (lib/domain/dates.ts): the one
 * schema every date field uses (docs/decisions/053). 2026-02-30 is refused, not rolled over.
 */
export const calendarDate = (message = "date") => z.string().trim().refine(isCalendarDate, message);

/** How far ahead a due date may be set: later ones are typing mistakes that supervision would never reach. */
export const MAX_DUE_DAYS_AHEAD = 3 * 366;

/** True when a date is within the due-date horizon from today. */
export function withinDueHorizon(date: string): boolean {
  return date <= addDays(cityDate(new Date()), MAX_DUE_DAYS_AHEAD);
}

/** A date that sets when something must be done (works end, restoration): real, and within three years. */
export const plannedDate = (message = "date") => calendarDate(message).refine((v) => !isCalendarDate(v) || withinDueHorizon(v), "dueTooFar");

/** A due date: a real date, not before today, at most three years ahead. */
export const dueDateField = (messages: { required: string; date: string; inPast: string }) =>
  z
    .string()
    .trim()
    .refine((v) => v !== "", messages.required)
    .refine((v) => v === "" || isCalendarDate(v), messages.date)
    .refine((v) => !isCalendarDate(v) || v >= cityDate(new Date()), messages.inPast)
    .refine((v) => !isCalendarDate(v) || withinDueHorizon(v), "dueTooFar");

/** Mainland mobile (13812345678) or landline (0451-84661234). Empty allowed. */
export const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
export const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === "" || PHONE_RE.test(v), "phone");

export const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === "" || z.email().safeParse(v).success, "email");

export const version = z.preprocess(decimal, z.number().int().positive().max(MAX_ID)) as unknown as z.ZodType<number, string | number>;

/** The files a file picker holds: a FileList in the browser, File[] in an action, or nothing. */
function chosenFiles(value: unknown): { size: number }[] {
  if (value === null || value === undefined || typeof value !== "object") return [];
  const list = Array.from(value as ArrayLike<unknown>);
  return list.filter((f): f is { size: number } => typeof f === "object" && f !== null && typeof (f as { size?: unknown }).size === "number");
}

/**
 * A file picker's field: too many or too large files are a message beside the field before
 * anything is sent (the body limit would otherwise cut the request); the server checks the files
 * again (lib/data/attachments.ts). The parsed value is dropped: files travel separately.
 */
export const attachmentFiles = z
  .unknown()
  .superRefine((value, ctx) => {
    const files = chosenFiles(value);
    if (files.length > MAX_ATTACHMENTS_PER_UPLOAD) ctx.addIssue({ code: "custom", message: "attachment.tooMany" });
    else if (files.some((f) => f.size > MAX_ATTACHMENT_BYTES)) ctx.addIssue({ code: "custom", message: "attachment.tooLarge" });
  })
  .transform(() => undefined)
  .optional();
