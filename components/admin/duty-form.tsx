"use client";
// One line of the duty matrix: category, the policy's wording, the responsible party and the
// words that suggest this category from a complaint's description.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { ORG_KINDS, sectorsFor, type OrgKind } from "@/lib/domain/codes";
import type { DutyInput } from "@/lib/validation/duty";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const dutySchema = () => import("@/lib/validation/duty").then((m) => m.dutySchema);

type OrgOpt = { id: number; name: string; kind: string };

export function DutyForm({ initial, orgs, action }: { initial: DutyInput; orgs: OrgOpt[]; action: (v: DutyInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<DutyInput, { id: number }>({
    schema: dutySchema,
    defaultValues: initial,
    action,
    onSuccess: (data) => {
      router.replace(`/admin/duties/${data?.id ?? ""}?saved=1`);
      router.refresh();
    },
  });
  const kind = form.watch("responsibleKind") as OrgKind;
  const sectors = sectorsFor(kind);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField label={t("duties.name")} required registration={form.register("name")} error={e.name} />
      <TextField label={t("duties.code")} hint={t("duties.codeHint")} required registration={form.register("code")} error={e.code} />
      <TextField className="sm:col-span-2" label={t("duties.nameEn")} registration={form.register("nameEn")} error={e.nameEn} />
      <TextareaField className="sm:col-span-2" label={t("duties.policyText")} required rows={4} registration={form.register("policyText")} error={e.policyText} />
      <SelectField label={t("duties.responsibleKind")} required registration={form.register("responsibleKind")} error={e.responsibleKind} options={ORG_KINDS.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))} />
      {sectors.length > 0 ? (
        <SelectField label={t("duties.responsibleSector")} required placeholder={t("common.choose")} registration={form.register("responsibleSector")} error={e.responsibleSector} options={sectors.map((s) => ({ value: s, label: t(`org.sector.${s}`) }))} />
      ) : <div className="hidden sm:block" />}
      <SelectField
        className="sm:col-span-2"
        label={t("duties.responsibleOrg")}
        hint={t("duties.responsibleOrgHint")}
        placeholder={t("duties.byKind")}
        registration={form.register("responsibleOrgId")}
        error={e.responsibleOrgId}
        options={orgs.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextareaField className="sm:col-span-2" label={t("duties.keywords")} hint={t("duties.keywordsHint")} rows={3} registration={form.register("keywords")} error={e.keywords} />
      <TextField label={t("duties.sortOrder")} type="number" min={0} registration={form.register("sortOrder")} error={e.sortOrder} />
      <div className="flex flex-col justify-end gap-2">
        <CheckboxField label={t("duties.propertyScope")} hint={t("duties.propertyScopeHint")} registration={form.register("propertyScope")} />
        <CheckboxField label={t("duties.active")} registration={form.register("active")} />
      </div>
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{t("common.save")}</Button></div>
    </form>
  );
}
