"use client";
// A utility registers an outage: why, from when, until when expected, and the areas affected.
// Each area's property company gets an assist task for emergency-repair support.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RegisterOutageInput } from "@/lib/validation/works";
import { Button } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { AreaPicker, type PickableArea } from "@/components/intake/area-picker";
import { registerOutageAction } from "@/app/(app)/outages/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const registerOutageSchema = () => import("@/lib/validation/works").then((m) => m.registerOutageSchema);

export function OutageForm({ areas, startAt, expectedEndAt }: { areas: PickableArea[]; startAt: string; expectedEndAt: string }) {
  const t = useTranslations("outages");
  const tc = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<RegisterOutageInput, { id: number }>({
    schema: registerOutageSchema,
    defaultValues: { reason: "", startAt, expectedEndAt, areaIds: [] },
    action: registerOutageAction,
    onSuccess: (data) => router.push(`/outages/${data?.id ?? ""}?done=created`),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextareaField className="sm:col-span-2" label={t("field.reason")} hint={t("field.reasonHint")} required rows={3} registration={form.register("reason")} error={e.reason} />
      <TextField label={t("field.startAt")} type="datetime-local" required registration={form.register("startAt")} error={e.startAt} />
      <TextField label={t("field.expectedEndAt")} type="datetime-local" required registration={form.register("expectedEndAt")} error={e.expectedEndAt} />
      <div className="sm:col-span-2">
        <AreaPicker label={t("field.areas")} hint={t("field.areasHint")} areas={areas} registration={form.register("areaIds")} error={e.areaIds as never} />
      </div>
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{pending ? tc("loading") : t("register")}</Button></div>
    </form>
  );
}
