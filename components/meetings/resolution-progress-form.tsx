"use client";
// Acting on a resolution: the responsible organisation records progress or marks it done; the
// convener confirms or reopens it. Only the actions allowed now are offered.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { ResolutionAction } from "@/lib/domain/resolution";
import type { ProgressInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const progressSchema = () => import("@/lib/validation/meeting").then((m) => m.progressSchema);

export function ResolutionProgressForm({ resolutionId, actions, version, action }: { resolutionId: number; actions: ResolutionAction[]; version: number; action: (v: ProgressInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations("meetings.resolutionPage");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<ProgressInput, { id: number }>({
    schema: progressSchema, defaultValues: { action: actions[0] ?? "progress", note: "", version }, action,
    onSuccess: () => { router.replace(`/resolutions/${resolutionId}?done=1`); router.refresh(); },
  });
  const chosen = form.watch("action") as ResolutionAction;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError code={formError} />
      <Fieldset legend={t("actionTitle")}>
        <div className="flex flex-wrap gap-4">
          {actions.map((a) => (
            <label key={a} className="flex items-center gap-2 text-sm"><input type="radio" value={a} {...form.register("action")} />{t(`action.${a}`)}</label>
          ))}
        </div>
      </Fieldset>
      <TextareaField label={t("note")} hint={t(`noteHint.${chosen}`)} required={chosen !== "confirm"} rows={3} registration={form.register("note")} error={form.formState.errors.note} />
      <Button type="submit" disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
