"use client";
// Defining an assessment period: dates, minimum volume, threshold and the indicator weights
// (which must add up to 100: the running total is shown, the server checks it again).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { INDICATOR_CODES, INDICATORS, DEFAULT_MIN_VOLUME, DEFAULT_THRESHOLD } from "@/lib/domain/codes";
import type { PeriodInput } from "@/lib/validation/assessment";
import { createPeriodAction } from "@/app/(app)/assessment/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const periodSchema = () => import("@/lib/validation/assessment").then((m) => m.periodSchema);

export function PeriodForm({ defaults }: { defaults: { name: string; fromDate: string; toDate: string } }) {
  const t = useTranslations("assessment");
  const common = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<PeriodInput, { id: number }>({
    schema: periodSchema,
    defaultValues: {
      ...defaults,
      minVolume: DEFAULT_MIN_VOLUME,
      threshold: DEFAULT_THRESHOLD,
      weights: Object.fromEntries(INDICATOR_CODES.map((c) => [c, INDICATORS[c].defaultWeight])) as PeriodInput["weights"],
    },
    action: (values) => createPeriodAction(values),
    onSuccess: (data) => {
      if (data) router.push(`/assessment/${data.id}?done=created`);
    },
  });
  const e = form.formState.errors;
  const weights = form.watch("weights");
  const total = INDICATOR_CODES.reduce((sum, c) => sum + (Number(weights?.[c]) || 0), 0);
  // A rule on the whole group (the sum) lands on "weights" itself, or on its root.
  const weightsError = (e.weights as { message?: string } | undefined)?.message ?? (e.weights as { root?: { message?: string } } | undefined)?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError code={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("period.name")} required className="sm:col-span-2" registration={form.register("name")} error={e.name} />
        <TextField type="date" label={t("period.fromDate")} required registration={form.register("fromDate")} error={e.fromDate} />
        <TextField type="date" label={t("period.toDate")} required registration={form.register("toDate")} error={e.toDate} />
        <TextField type="number" min={1} label={t("period.minVolume")} hint={t("period.minVolumeHint")} required registration={form.register("minVolume")} error={e.minVolume} />
        <TextField type="number" min={1} max={100} label={t("period.threshold")} hint={t("period.thresholdHint")} required registration={form.register("threshold")} error={e.threshold} />
      </div>
      <Fieldset legend={t("period.weights")} hint={t("period.weightsHint")} error={weightsError}>
        <div className="grid gap-3 sm:grid-cols-2">
          {INDICATOR_CODES.map((c) => (
            <TextField key={c} type="number" min={0} max={100} label={t(`indicator.${c}.name`)} hint={t(`indicator.${c}.formula`)}
              registration={form.register(`weights.${c}`)} error={e.weights?.[c]} />
          ))}
        </div>
        <p className={`mt-3 text-sm font-medium ${total === 100 ? "text-slate-700" : "text-red-700"}`} data-testid="weights-total">{t("period.weightsTotal", { total })}</p>
      </Fieldset>
      <Button type="submit" disabled={pending}>{pending ? common("loading") : t("period.save")}</Button>
    </form>
  );
}
