"use client";
// The registration form's collective-petition fields (群体上访): a checkbox, and the number of
// people once it is ticked.
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField, TextField } from "@/components/ui/field";

export function PetitionFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const t = useTranslations("supervision.petitionCard");
  const f = form as unknown as UseFormReturn<{ isPetition: boolean; petitionHeadcount: string | number }>;
  const checked = f.watch("isPetition");
  const e = f.formState.errors;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <CheckboxField label={t("isPetition")} hint={t("isPetitionHint")} registration={f.register("isPetition")} />
      {checked ? <TextField type="number" min={2} label={t("headcount")} hint={t("headcountHint")} required registration={f.register("petitionHeadcount")} error={e.petitionHeadcount} /> : null}
    </div>
  );
}
