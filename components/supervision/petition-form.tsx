"use client";
// The registering office marks a complaint as a collective petition (群体上访) with the headcount.
import { useTranslations } from "next-intl";
import { StepForm } from "@/components/intake/step-form";
import { markPetitionAction } from "@/app/(app)/complaints/petition-actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const markPetitionSchema = () => import("@/lib/validation/petition").then((m) => m.markPetitionSchema);

export function PetitionForm({ id, version, headcount }: { id: number; version: number; headcount: number | null }) {
  const t = useTranslations("supervision.petitionCard");
  return (
    <StepForm schema={markPetitionSchema} defaults={{ petitionHeadcount: headcount ?? "", version }} done="petition" action={(values) => markPetitionAction(id, values)}
      fields={[{ name: "petitionHeadcount", kind: "number", label: t("headcount"), hint: t("headcountHint"), required: true, min: 2 }]}
      submits={[{ label: headcount === null ? t("mark") : t("correct") }]} />
  );
}
