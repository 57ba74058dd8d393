"use client";
// Referring a violation to the competent department: where, what was found, the legal category
// (the duty matrix line, suggested from the words of the findings), the department the matrix
// names (overridable with a reason) and the evidence.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RoutingPreview } from "@/lib/data/routing";
import type { CreateReferralInput } from "@/lib/validation/referral";
import { RoutingSuggestions } from "@/components/intake/routing-suggestions";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FileField, filesOf } from "@/components/ui/file-field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { createReferralAction, referralRoutingAction } from "@/app/(app)/referrals/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const createReferralSchema = () => import("@/lib/validation/referral").then((m) => m.createReferralSchema);

type FormValues = CreateReferralInput & { evidence?: unknown };
type Target = { id: number; name: string; kind: string };

export function ReferralForm({ areas, duties }: { areas: { id: number; name: string }[]; duties: { id: number; name: string }[] }) {
  const t = useTranslations("referrals");
  const tc = useTranslations("common");
  const tk = useTranslations("org.kind");
  const router = useRouter();
  const [routing, setRouting] = useState<{ key: string; targets: Target[]; preview: RoutingPreview } | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<FormValues, { id: number }>({
    schema: createReferralSchema,
    defaultValues: { areaId: "" as never, location: "", findings: "", categoryId: "" as never, departmentOrgId: "" as never, overrideReason: "" },
    action: (values) => createReferralAction({ ...values, evidence: undefined }, filesOf(values.evidence)),
    onSuccess: (data) => router.push(`/referrals/${data?.id ?? ""}?done=created`),
  });
  const areaId = form.watch("areaId");
  const categoryId = form.watch("categoryId");
  const findings = form.watch("findings");
  const departmentOrgId = form.watch("departmentOrgId");
  useEffect(() => {
    if (!areaId) return;
    const timer = setTimeout(async () => {
      const result = await referralRoutingAction({ areaId, categoryId: categoryId || "", findings: findings ?? "" });
      if (!result.ok || !result.data) return;
      const { targets, preview } = result.data;
      setRouting({ key: String(areaId), targets, preview });
    }, 350);
    return () => clearTimeout(timer);
  }, [areaId, categoryId, findings, form]);

  const current = routing && routing.key === String(areaId) ? routing : null;
  const proposal = current?.preview.proposal ?? null;
  const proposedOrgId = proposal?.orgId ?? null;
  // Follow the duty matrix unless the clerk chose a department already. After the render that
  // lists the departments: a <select> cannot take a value before its option exists.
  useEffect(() => {
    if (proposedOrgId && !form.getValues("departmentOrgId")) form.setValue("departmentOrgId", String(proposedOrgId) as never);
  }, [proposedOrgId, form]);
  const overriding = proposal?.orgId != null && departmentOrgId !== "" && Number(departmentOrgId) !== proposal.orgId;
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5 lg:grid-cols-5">
      <div className="space-y-4 lg:col-span-3">
        <FormError code={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("field.area")} required placeholder={tc("choose")} registration={form.register("areaId")} error={e.areaId} options={areas.map((a) => ({ value: a.id, label: a.name }))} />
          <TextField label={t("field.location")} hint={t("field.locationHint")} required registration={form.register("location")} error={e.location} />
        </div>
        <TextareaField label={t("field.findings")} required rows={5} registration={form.register("findings")} error={e.findings} />
        <SelectField label={t("field.category")} hint={t("field.categoryHint")} required placeholder={tc("choose")} registration={form.register("categoryId")} error={e.categoryId} options={duties.map((d) => ({ value: d.id, label: d.name }))} />
        <SelectField
          label={t("field.department")}
          required
          placeholder={areaId ? tc("choose") : t("field.chooseAreaFirst")}
          registration={form.register("departmentOrgId")}
          error={e.departmentOrgId}
          options={(current?.targets ?? []).map((o) => ({ value: o.id, label: o.name, group: tk(o.kind as never) }))}
        />
        {overriding ? <TextareaField label={t("field.overrideReason")} hint={t("field.overrideHint")} required rows={2} registration={form.register("overrideReason")} error={e.overrideReason} /> : null}
        <FileField label={t("field.evidence")} registration={form.register("evidence")} error={e.evidence as never} />
        <Button type="submit" disabled={pending}>{pending ? tc("loading") : t("refer")}</Button>
      </div>
      <aside className="space-y-4 lg:col-span-2" aria-live="polite">
        <section className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="routing-suggestions">
          <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("routing.suggestTitle")}</h2>
          <RoutingSuggestions suggestions={current?.preview.suggestions ?? []} selectedId={categoryId ? Number(categoryId) : null} onUse={(id) => form.setValue("categoryId", String(id) as never)} />
        </section>
        <section className="rounded-md border border-slate-200 bg-white p-3" data-testid="routing-proposal">
          <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("routing.proposalTitle")}</h2>
          {!proposal ? <p className="text-xs text-slate-600">{t("routing.proposalEmpty")}</p> : (
            <div className="space-y-1.5 text-sm">
              <p className="font-medium">{proposal.orgName ?? "—"}</p>
              <p className="text-xs text-slate-700">{t("routing.dutyLine", { name: proposal.duty.name })}</p>
              <p className="text-xs leading-relaxed text-slate-500">{t("routing.policy")}：{proposal.duty.policyText}</p>
            </div>
          )}
        </section>
      </aside>
    </form>
  );
}
