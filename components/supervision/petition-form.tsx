"use client";
// The registering office marks a complaint as a collective petition (群体上访) with the headcount.
import { useTranslations } from "next-intl";
import { markPetitionSchema } from "@/lib/validation/petition";
import { StepForm } from "@/components/intake/step-form";
import { markPetitionAction } from "@/app/(app)/complaints/petition-actions";

export function PetitionForm({ id, version, headcount }: { id: number; version: number; headcount: number | null }) {
  const t = useTranslations("supervision.petitionCard");
  return (
    <StepForm schema={markPetitionSchema} defaults={{ petitionHeadcount: headcount ?? "", version }} done="petition" action={(values) => markPetitionAction(id, values)}
      fields={[{ name: "petitionHeadcount", kind: "number", label: t("headcount"), hint: t("headcountHint"), required: true, min: 2 }]}
      submits={[{ label: headcount === null ? t("mark") : t("correct") }]} />
  );
}
