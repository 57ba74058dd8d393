"use client";
// Opening an accountability record: the organisation concerned, what went wrong, the matters by
// reference number, the findings and the persons responsible (name and position).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { FAILURES } from "@/lib/domain/codes";
import type { OpenAccountabilityInput } from "@/lib/validation/accountability";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { openAccountabilityAction } from "@/app/(app)/accountability/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const openAccountabilitySchema = () => import("@/lib/validation/accountability").then((m) => m.openAccountabilitySchema);

type Subject = { id: number; name: string; kind: string };

export function OpenAccountabilityForm({ subjects, defaults }: { subjects: Subject[]; defaults: { subjectOrgId: string; matterRefs: string; failure: string } }) {
  const t = useTranslations("accountability");
  const tc = useTranslations("common");
  const tk = useTranslations("org.kind");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<OpenAccountabilityInput, { id: number }>({
    schema: openAccountabilitySchema,
    defaultValues: { subjectOrgId: defaults.subjectOrgId as never, failure: defaults.failure as never, matterRefs: defaults.matterRefs, findings: "", persons: [] },
    action: (values) => openAccountabilityAction(values),
    onSuccess: (data) => router.push(`/accountability/${data?.id ?? ""}?done=open`),
  });
  const persons = useFieldArray({ control: form.control, name: "persons" });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      <FormError code={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("field.subject")} required placeholder={tc("choose")} registration={form.register("subjectOrgId")} error={e.subjectOrgId}
          options={subjects.map((s) => ({ value: s.id, label: s.name, group: tk(s.kind as never) }))} />
        <SelectField label={t("field.failure")} required placeholder={tc("choose")} registration={form.register("failure")} error={e.failure}
          options={FAILURES.map((f) => ({ value: f, label: t(`failure.${f}`) }))} />
      </div>
      <TextareaField label={t("field.matters")} hint={t("field.mattersHint")} required rows={2} registration={form.register("matterRefs")} error={e.matterRefs} />
      <TextareaField label={t("field.findings")} required rows={5} registration={form.register("findings")} error={e.findings} />
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("field.persons")}</legend>
        <p className="text-xs text-slate-500">{t("field.personsHint")}</p>
        {persons.fields.map((p, i) => (
          <div key={p.id} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]">
            <TextField label={t("field.personName")} required registration={form.register(`persons.${i}.name`)} error={e.persons?.[i]?.name} />
            <TextField label={t("field.personPosition")} required registration={form.register(`persons.${i}.position`)} error={e.persons?.[i]?.position} />
            <Button variant="secondary" onClick={() => persons.remove(i)}>{t("field.removePerson")}</Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => persons.append({ name: "", position: "" })}>{t("field.addPerson")}</Button>
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? tc("loading") : t("openSubmit")}</Button>
    </form>
  );
}
