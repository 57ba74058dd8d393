"use client";
// An external system's settings, and issuing a key (shown once, in this component's state only).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { INTEGRATION_CHANNELS } from "@/lib/domain/codes";
import type { ExternalSystemInput } from "@/lib/validation/integration";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Notice } from "@/components/ui/layout";
import { useActionForm } from "@/components/ui/use-action-form";

// The schemas (and zod) load with the first validation, not with the page.
const externalSystemSchema = () => import("@/lib/validation/integration").then((m) => m.externalSystemSchema);
const issueKeySchema = () => import("@/lib/validation/integration").then((m) => m.issueKeySchema);

type OrgOpt = { id: number; name: string };
type SystemInput = ExternalSystemInput & { version?: number };

export function ExternalSystemForm({ initial, scopeOrgs, hasSecret, action, submitLabel }: { initial: SystemInput; scopeOrgs: OrgOpt[]; hasSecret: boolean; action: (v: SystemInput) => Promise<ActionResult<{ id: number }>>; submitLabel: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<SystemInput, { id: number }>({
    schema: externalSystemSchema,
    defaultValues: initial,
    action,
    onSuccess: (data) => {
      router.replace(`/admin/systems/${data?.id ?? ""}?saved=1`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField label={t("integrations.name")} required registration={form.register("name")} error={e.name} />
      <TextField label={t("integrations.code")} hint={t("integrations.codeHint")} required registration={form.register("code")} error={e.code} />
      <SelectField label={t("integrations.channel")} required registration={form.register("channel")} error={e.channel} options={INTEGRATION_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))} />
      <SelectField label={t("integrations.scopeOrg")} hint={t("integrations.scopeOrgHint")} required placeholder={t("common.choose")} registration={form.register("scopeOrgId")} error={e.scopeOrgId} options={scopeOrgs.map((o) => ({ value: o.id, label: o.name }))} />
      <TextField className="sm:col-span-2" label={t("integrations.webhookUrl")} hint={t("integrations.webhookUrlHint")} type="url" inputMode="url" registration={form.register("webhookUrl")} error={e.webhookUrl} />
      <TextField
        label={`${t("integrations.webhookSecret")}（${hasSecret ? t("integrations.webhookSecretSet") : t("integrations.webhookSecretNotSet")}）`}
        hint={t("integrations.webhookSecretHint")}
        type="password"
        autoComplete="new-password"
        registration={form.register("webhookSecret")}
        error={e.webhookSecret}
      />
      <TextField label={t("integrations.rateLimit")} type="number" min={1} max={6000} registration={form.register("rateLimit")} error={e.rateLimit} />
      <CheckboxField label={t("integrations.active")} registration={form.register("active")} />
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{submitLabel}</Button></div>
    </form>
  );
}

export function IssueKeyForm({ action }: { action: (v: { label: string }) => Promise<ActionResult<{ key: string }>> }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [key, setKey] = useState<string | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<{ label: string }, { key: string }>({
    schema: issueKeySchema,
    defaultValues: { label: "" },
    action,
    onSuccess: (data) => {
      setKey(data?.key ?? null);
      form.reset({ label: "" });
      router.refresh();
    },
  });
  return (
    <div className="space-y-3">
      {key ? (
        <Notice tone="warning">
          <p className="font-semibold">{t("newKeyTitle")}</p>
          <p className="text-sm">{t("newKeyHelp")}</p>
          <output data-testid="new-api-key" className="mt-2 block break-all rounded bg-white p-2 font-mono text-sm select-all">{key}</output>
        </Notice>
      ) : null}
      <FormError code={formError} />
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField className="sm:w-72" label={t("keyLabel")} hint={t("keyLabelHint")} registration={form.register("label")} error={form.formState.errors.label} />
        <Button type="submit" disabled={pending}>{t("issueKey")}</Button>
      </form>
    </div>
  );
}
