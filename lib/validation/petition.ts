// Marking a complaint as a collective petition (群体上访) on its record page.
import { z } from "zod";
import { MIN_PETITION_HEADCOUNT } from "@/lib/domain/petition";
import { version } from "@/lib/validation/common";

export const markPetitionSchema = z.object({
  petitionHeadcount: z.coerce.number({ error: "petitionHeadcount" }).int("petitionHeadcount").min(MIN_PETITION_HEADCOUNT, "petitionHeadcount").max(100_000, "tooLarge"),
  version,
});
export type MarkPetitionInput = z.input<typeof markPetitionSchema>;
