"use client";
// Create or edit a residential area: its community (which fixes its street and district), its
// property company, police station and, where one exists, its owners' committee.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { AreaInput } from "@/lib/validation/organisation";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const areaSchema = () => import("@/lib/validation/organisation").then((m) => m.areaSchema);

type Opt = { id: number; name: string; kind: string };

export function AreaForm({ initial, options, action }: { initial: AreaInput; options: Opt[]; action: (values: AreaInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<AreaInput, { id: number }>({
    schema: areaSchema,
    defaultValues: initial,
    action,
    onSuccess: (data) => {
      router.push(`/areas/${data?.id ?? ""}`);
      router.refresh();
    },
  });
  const of = (kind: string) => options.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField className="sm:col-span-2" label={t("areas.name")} required registration={form.register("name")} error={e.name} />
      <TextField className="sm:col-span-2" label={t("areas.address")} registration={form.register("address")} error={e.address} />
      <SelectField label={t("areas.community")} required placeholder={t("common.choose")} registration={form.register("communityId")} error={e.communityId} options={of("COMMUNITY_COMMITTEE")} />
      <TextField label={t("areas.households")} type="number" min={0} inputMode="numeric" registration={form.register("households")} error={e.households} />
      <SelectField label={t("areas.propertyCompany")} placeholder={t("common.none")} registration={form.register("propertyCompanyId")} error={e.propertyCompanyId} options={of("PROPERTY_COMPANY")} />
      <SelectField label={t("areas.policeStation")} placeholder={t("common.none")} registration={form.register("policeStationId")} error={e.policeStationId} options={of("POLICE_STATION")} />
      <SelectField className="sm:col-span-2" label={t("areas.ownersCommittee")} placeholder={t("areas.noOwnersCommittee")} registration={form.register("ownersCommitteeId")} error={e.ownersCommitteeId} options={of("OWNERS_COMMITTEE")} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("common.save")}</Button>
      </div>
    </form>
  );
}
