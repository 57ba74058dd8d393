"use client";
// Holiday calendar and deadline rules, as an administrator edits them.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CALENDAR_DAY_KINDS } from "@/lib/domain/codes";
import { DAY_TYPES } from "@/lib/domain/codes";
import type { CalendarDayInput, DeadlineRuleInput } from "@/lib/validation/calendar";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { setCalendarDayAction, updateDeadlineRuleAction } from "@/app/(app)/admin/calendar/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const calendarDaySchema = () => import("@/lib/validation/calendar").then((m) => m.calendarDaySchema);
const deadlineRuleSchema = () => import("@/lib/validation/calendar").then((m) => m.deadlineRuleSchema);

export function CalendarDayForm({ defaultDate }: { defaultDate: string }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<CalendarDayInput>({
    schema: calendarDaySchema,
    defaultValues: { date: defaultDate, kind: "HOLIDAY", name: "" },
    action: setCalendarDayAction,
    onSuccess: (_d, values) => {
      router.replace(`/admin/calendar?year=${String(values.date).slice(0, 4)}&saved=1`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4 sm:items-end">
      <div className="sm:col-span-4"><FormError code={formError} /></div>
      <TextField label={t("date")} type="date" required registration={form.register("date")} error={e.date} />
      <SelectField label={t("kind")} required registration={form.register("kind")} error={e.kind} options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <TextField label={t("name")} hint={t("nameHint")} registration={form.register("name")} error={e.name} />
      <div><Button type="submit" disabled={pending}>{t("setDay")}</Button></div>
    </form>
  );
}

export function DeadlineRuleForm({ id, code, initial }: { id: number; code: string; initial: DeadlineRuleInput }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<DeadlineRuleInput>({
    schema: deadlineRuleSchema,
    defaultValues: initial,
    action: (values) => updateDeadlineRuleAction(id, values),
    onSuccess: () => {
      router.replace(`/admin/calendar?saved=1`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label={t.has(`rules.${code}` as never) ? t(`rules.${code}` as never) : code}>
      <FormError code={formError} />
      <TextField className="w-24" label={t("days")} type="number" min={1} max={365} registration={form.register("days")} error={e.days} />
      <SelectField className="w-36" label={t("dayType")} registration={form.register("dayType")} error={e.dayType} options={DAY_TYPES.map((d) => ({ value: d, label: t(`dayTypes.${d}`) }))} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("saveRule")}</Button>
    </form>
  );
}
