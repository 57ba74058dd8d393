"use client";
// Create or edit an organisation. The kind is chosen once, on creation; the parent must be of
// a kind the tree allows (lib/domain/organisation.ts), checked again on the server.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { parentKindsFor, sectorsFor, ORG_KINDS, type OrgKind } from "@/lib/domain/codes";
import type { ActionResult } from "@/lib/action-result";
import type { OrganisationInput } from "@/lib/validation/organisation";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const organisationSchema = () => import("@/lib/validation/organisation").then((m) => m.organisationSchema);

type ParentOption = { id: number; name: string; kind: string };

export function OrganisationForm({
  initial,
  parents,
  action,
  kindFixed,
}: {
  initial: OrganisationInput;
  parents: ParentOption[];
  action: (values: OrganisationInput) => Promise<ActionResult<{ id: number }>>;
  kindFixed: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<OrganisationInput, { id: number }>({
    schema: organisationSchema,
    defaultValues: initial,
    action,
    onSuccess: (data) => {
      router.push(`/admin/organisations/${data?.id ?? ""}`);
      router.refresh();
    },
  });
  const kind = form.watch("kind") as OrgKind;
  const allowedParents = parentKindsFor(kind) as readonly string[];
  const sectors = sectorsFor(kind);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <SelectField
        label={t("org.fields.kind")}
        required
        disabled={kindFixed}
        registration={form.register("kind")}
        error={e.kind}
        options={ORG_KINDS.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
      />
      {sectors.length > 0 ? (
        <SelectField
          label={t("org.fields.sector")}
          required
          registration={form.register("sector")}
          error={e.sector}
          placeholder={t("common.choose")}
          options={sectors.map((s) => ({ value: s, label: t(`org.sector.${s}`) }))}
        />
      ) : <div className="hidden sm:block" />}
      <TextField className="sm:col-span-2" label={t("org.fields.name")} required registration={form.register("name")} error={e.name} />
      {allowedParents.length > 0 ? (
        <SelectField
          className="sm:col-span-2"
          label={t("org.fields.parent")}
          required
          registration={form.register("parentId")}
          error={e.parentId}
          placeholder={t("common.choose")}
          options={parents.filter((p) => allowedParents.includes(p.kind)).map((p) => ({ value: p.id, label: p.name, group: t(`org.kind.${p.kind}` as never) }))}
        />
      ) : null}
      <TextField label={t("org.fields.code")} hint={t("org.fields.codeHint")} inputMode="numeric" registration={form.register("code")} error={e.code} />
      <TextField label={t("org.fields.contactPerson")} registration={form.register("contactPerson")} error={e.contactPerson} />
      <TextField label={t("org.fields.phone")} type="tel" hint={t("org.fields.phoneHint")} registration={form.register("phone")} error={e.phone} />
      <TextField label={t("org.fields.email")} type="email" registration={form.register("email")} error={e.email} />
      <TextField className="sm:col-span-2" label={t("org.fields.address")} registration={form.register("address")} error={e.address} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{t("common.save")}</Button>
      </div>
    </form>
  );
}
