// Building blocks shared by the form schemas. Every message is a key of the "validation"
// catalog (lib/i18n/messages/*/validation.json), translated beside the field.
import { z } from "zod";

export const requiredText = (max = 200) =>
  z.string().trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max = 200) => z.string().trim().max(max, "tooLong");

/** An id chosen in a <select>: arrives as a string from forms, as a number from code. */
export const idField = z.coerce.number({ error: "required" }).int("required").positive("required");

export const optionalId = z
  .union([z.literal(""), z.null(), z.undefined(), z.coerce.number().int().positive()])
  .transform((v) => (typeof v === "number" ? v : null));

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

export const version = z.coerce.number().int().positive();
