// Marking a complaint as a collective petition (群体上访) on its record page.
import { z } from "zod";
import { MIN_PETITION_HEADCOUNT } from "@/lib/domain/petition";
import { version } from "@/lib/validation/common";

export const markPetitionSchema = z.object({
  petitionHeadcount: z.coerce.number({ error: "petitionHeadcount" }).int("petitionHeadcount").min(MIN_PETITION_HEADCOUNT, "petitionHeadcount").max(100_000, "tooLarge"),
  version,
});
export type MarkPetitionInput = z.input<typeof markPetitionSchema>;

/** The registration form's petition fields: a checkbox and, when checked, the number of people. */
export const petitionRegistrationFields = {
  isPetition: z.boolean().optional(),
  petitionHeadcount: z.union([z.literal(""), z.null(), z.undefined(), z.coerce.number().int("petitionHeadcount")]).transform((v) => (typeof v === "number" ? v : null)).optional(),
};

/** Headcount of at least two when the complaint is a collective petition (beside the headcount field). */
export function refinePetition(v: { isPetition?: boolean; petitionHeadcount?: number | null }, ctx: z.RefinementCtx): void {
  if (v.isPetition && (v.petitionHeadcount == null || v.petitionHeadcount < MIN_PETITION_HEADCOUNT || v.petitionHeadcount > 100_000)) {
    ctx.addIssue({ code: "custom", path: ["petitionHeadcount"], message: "petitionHeadcount" });
  }
}
