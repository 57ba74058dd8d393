"use client";
// A public-service unit announces planned works: what, where (areas), when and what is dug up or
// occupied. Registering it tells the areas' property companies and owners' committees at once.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RegisterWorksInput } from "@/lib/validation/works";
import { Button } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { AreaPicker, type PickableArea } from "@/components/intake/area-picker";
import { registerWorksAction } from "@/app/(app)/works/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const registerWorksSchema = () => import("@/lib/validation/works").then((m) => m.registerWorksSchema);

export function WorksForm({ areas, tomorrow, contactName }: { areas: PickableArea[]; tomorrow: string; contactName: string }) {
  const t = useTranslations("works");
  const tc = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<RegisterWorksInput, { id: number }>({
    schema: registerWorksSchema,
    defaultValues: { title: "", description: "", occupies: "", startDate: tomorrow, endDate: tomorrow, contactName, contactPhone: "", areaIds: [] },
    action: registerWorksAction,
    onSuccess: (data) => router.push(`/works/${data?.id ?? ""}?done=created`),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField className="sm:col-span-2" label={t("field.title")} hint={t("field.titleHint")} required registration={form.register("title")} error={e.title} />
      <TextareaField className="sm:col-span-2" label={t("field.description")} required rows={3} registration={form.register("description")} error={e.description} />
      <TextareaField className="sm:col-span-2" label={t("field.occupies")} hint={t("field.occupiesHint")} required rows={2} registration={form.register("occupies")} error={e.occupies} />
      <TextField label={t("field.startDate")} hint={t("field.startHint")} type="date" min={tomorrow} required registration={form.register("startDate")} error={e.startDate} />
      <TextField label={t("field.endDate")} type="date" min={tomorrow} required registration={form.register("endDate")} error={e.endDate} />
      <TextField label={t("field.contactName")} required registration={form.register("contactName")} error={e.contactName} />
      <TextField label={t("field.contactPhone")} type="tel" required registration={form.register("contactPhone")} error={e.contactPhone} />
      <div className="sm:col-span-2">
        <AreaPicker label={t("field.areas")} hint={t("field.areasHint")} areas={areas} registration={form.register("areaIds")} error={e.areaIds as never} />
      </div>
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{pending ? tc("loading") : t("register")}</Button></div>
    </form>
  );
}
