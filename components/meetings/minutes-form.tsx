"use client";
// The minutes: a summary, each agenda item's discussion and each dispute's outcome. Saved as a
// draft, then finalized (after which they are read-only). Finalizing checks every item has
// minutes and every dispute an outcome, and that attendance was recorded.
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { OUTCOMES } from "@/lib/domain/codes";
import type { MinutesInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { useValidationMessage, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const minutesSchema = () => import("@/lib/validation/meeting").then((m) => m.minutesSchema);

type Item = { id: number | ""; title: string; minutes: string; outcome: string; disputeRef: string | null; resolutions?: number };
type Values = { summary: string; items: Item[]; finalize: boolean; confirmNoResolutions: boolean; version: number };

export function MinutesForm({ meetingId, initial, action }: { meetingId: number; initial: { summary: string; items: Item[]; version: number }; action: (v: MinutesInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations("meetings");
  const td = useTranslations("disputes");
  const message = useValidationMessage();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values, { id: number }>({
    schema: minutesSchema as never,
    defaultValues: { summary: initial.summary, items: initial.items, finalize: false, confirmNoResolutions: false, version: initial.version },
    action: (values) => action({ ...values, items: values.items.map(({ id, title, minutes, outcome }) => ({ id, title, minutes, outcome: outcome as never })) }),
    onSuccess: (_data, values) => { router.replace(`/meetings/${meetingId}?done=${values.finalize ? "finalized" : "minutes"}`); router.refresh(); },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const e = form.formState.errors;
  const outcomes = (form.watch("items") as Item[] | undefined) ?? [];
  // Disputes marked resolved that this meeting gave no resolution: settled at once when final.
  const resolvedBare = outcomes.some((item, i) => item.disputeRef && item.outcome === "RESOLVED" && (fields[i]?.resolutions ?? 0) === 0);
  const extra = e as unknown as Record<string, { message?: string } | undefined>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError code={formError} />
      <TextareaField label={t("summary")} hint={t("summaryHint")} rows={3} registration={form.register("summary")} error={e.summary} />
      <ol className="space-y-4">
        {fields.map((field, i) => {
          const isDispute = Boolean(field.disputeRef);
          return (
            <li key={field.id} className="space-y-3 rounded-md border border-slate-200 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold">{i + 1}.</span>
                {isDispute ? (
                  <p className="text-sm font-medium">{field.title} <span className="font-mono text-xs text-slate-500">{field.disputeRef}</span></p>
                ) : (
                  <TextField className="min-w-64 flex-1" label={t("itemTitle")} required registration={form.register(`items.${i}.title`)} error={e.items?.[i]?.title} />
                )}
              </div>
              <TextareaField label={t("itemMinutesN", { n: i + 1 })} rows={5} registration={form.register(`items.${i}.minutes`)} error={e.items?.[i]?.minutes} />
              {isDispute ? (
                <SelectField
                  label={t("itemOutcomeN", { n: i + 1 })}
                  placeholder={td("outcomePending")}
                  options={OUTCOMES.map((o) => ({ value: o, label: td(`outcomeValue.${o}`) }))}
                  registration={form.register(`items.${i}.outcome`)}
                  error={e.items?.[i]?.outcome}
                />
              ) : (
                <Button variant="ghost" onClick={() => remove(i)}>{t("removeItem")}</Button>
              )}
            </li>
          );
        })}
      </ol>
      {resolvedBare ? (
        <label className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <input type="checkbox" className="mt-1" {...form.register("confirmNoResolutions")} />
          <span>{t("confirmNoResolutions")}</span>
        </label>
      ) : null}
      {extra.agenda?.message ? <p className="text-sm text-red-700" role="alert">{message(extra.agenda.message)}</p> : null}
      {extra.attendance?.message ? <p className="text-sm text-red-700" role="alert">{message(extra.attendance.message)}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => append({ id: "", title: "", minutes: "", outcome: "", disputeRef: null })}>{t("addOtherItem")}</Button>
        <Button type="submit" variant="secondary" disabled={pending} onClick={() => form.setValue("finalize", false)}>{t("saveDraft")}</Button>
        <Button
          type="submit"
          disabled={pending}
          onClick={(ev) => {
            if (!window.confirm(t("finalizeConfirm"))) { ev.preventDefault(); return; }
            form.setValue("finalize", true);
          }}
        >
          {t("finalize")}
        </Button>
      </div>
    </form>
  );
}
