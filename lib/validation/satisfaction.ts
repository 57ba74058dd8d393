// Return visits (office) and the resident's own rating (public page): the same schemas on the
// form and in the server action. Messages are keys of the "validation" catalog.
import { z } from "zod";
import { RATINGS, RETURN_VISIT_METHODS } from "@/lib/domain/satisfaction";
import { optionalText, version } from "@/lib/validation/common";

const rating = z.enum(RATINGS, { error: "required" });

export const returnVisitSchema = z.object({
  method: z.enum(RETURN_VISIT_METHODS, { error: "required" }),
  rating,
  comment: optionalText(500),
  /** Reopen the matter in the same action (dissatisfied ratings only). */
  reopen: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")]).optional().transform((v) => v === true || v === "on" || v === "true"),
  version,
}).refine((v) => !v.reopen || v.rating === "DISSATISFIED", { path: ["reopen"], message: "satisfaction.reopenNeedsDissatisfied" });
export type ReturnVisitInput = z.input<typeof returnVisitSchema>;
export type ReturnVisitData = z.output<typeof returnVisitSchema>;

/** The complaint's reference ("TS-2026-000123") and the last four digits of the resident's phone. */
export const publicLookupSchema = z.object({
  ref: z.string().trim().min(1, "required").max(40, "tooLong").regex(/^[A-Za-z]{2}-\d{4}-\d{1,9}$/, "satisfaction.ref"),
  phoneSuffix: z.string().trim().min(1, "required").regex(/^\d{4}$/, "satisfaction.phoneSuffix"),
});
export type PublicLookupInput = z.input<typeof publicLookupSchema>;

export const publicRatingSchema = publicLookupSchema.extend({
  rating,
  comment: optionalText(500),
});
export type PublicRatingInput = z.input<typeof publicRatingSchema>;
export type PublicRatingData = z.output<typeof publicRatingSchema>;
