"use client";
// Attendance sign-in: which organisation, which person, what position, attending or observing.
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { ATTENDANCE_CAPACITIES } from "@/lib/domain/codes";
import type { AttendanceInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, type Option } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const attendanceSchema = () => import("@/lib/validation/meeting").then((m) => m.attendanceSchema);

export function AttendanceForm({ meetingId, initial, orgs, action }: { meetingId: number; initial: AttendanceInput; orgs: Option[]; action: (v: AttendanceInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<AttendanceInput, { id: number }>({
    schema: attendanceSchema, defaultValues: initial, action,
    onSuccess: () => { router.replace(`/meetings/${meetingId}?done=attendance`); router.refresh(); },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rows" });
  const e = form.formState.errors.rows;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError code={formError} />
      <ol className="space-y-3" data-testid="attendance-rows">
        {fields.map((field, i) => (
          <li key={field.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_8rem_auto] sm:items-end">
            <SelectField label={`${t("attendanceOrg")} ${i + 1}`} options={orgs} placeholder={t("attendanceNoOrg")} registration={form.register(`rows.${i}.orgId`)} error={e?.[i]?.orgId} />
            <TextField label={t("attendancePerson")} required registration={form.register(`rows.${i}.personName`)} error={e?.[i]?.personName} />
            <TextField label={t("attendancePosition")} registration={form.register(`rows.${i}.position`)} error={e?.[i]?.position} />
            <SelectField label={t("attendanceCapacity")} options={ATTENDANCE_CAPACITIES.map((c) => ({ value: c, label: t(`capacityValue.${c}`) }))} registration={form.register(`rows.${i}.capacity`)} error={e?.[i]?.capacity} />
            <Button variant="ghost" onClick={() => remove(i)}>{t("attendanceRemove")}</Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => append({ orgId: "", personName: "", position: "", capacity: "ATTENDING" })}>{t("attendanceAdd")}</Button>
        <Button type="submit" disabled={pending}>{t("attendanceSave")}</Button>
      </div>
    </form>
  );
}
