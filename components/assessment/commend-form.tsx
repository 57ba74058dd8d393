"use client";
// The bureau commends a unit for the period, with the reason.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { CommendationInput } from "@/lib/validation/assessment";
import { commendUnitAction } from "@/app/(app)/assessment/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const commendationSchema = () => import("@/lib/validation/assessment").then((m) => m.commendationSchema);

export function CommendForm({ periodId, units }: { periodId: number; units: { id: number; name: string }[] }) {
  const t = useTranslations("assessment");
  const common = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { form, onSubmit, formError, pending } = useActionForm<CommendationInput>({
    schema: commendationSchema,
    defaultValues: { orgId: "" as never, reason: "" },
    action: (values) => commendUnitAction(periodId, values),
    onSuccess: () => {
      const q = new URLSearchParams(search.toString());
      q.set("done", "commended");
      router.replace(`${pathname}?${q.toString()}`, { scroll: false });
      router.refresh();
      form.reset();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="commend-form">
      <FormError code={formError} />
      <SelectField label={t("commend.unit")} required placeholder={common("choose")} options={units.map((u) => ({ value: u.id, label: u.name }))} registration={form.register("orgId")} error={e.orgId} />
      <TextareaField label={t("commend.reason")} required rows={2} registration={form.register("reason")} error={e.reason} />
      <Button type="submit" disabled={pending}>{pending ? common("loading") : t("commend.submit")}</Button>
    </form>
  );
}
