"use client";
// The small forms of a dispute's page that carry a reason: escalate, accept or return an
// escalation, reopen. Each names the version it was loaded with (a concurrent change is a conflict).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { DisputeLevel } from "@/lib/domain/dispute";
import type { DecideEscalationInput, EscalateInput, ReopenInput } from "@/lib/validation/dispute";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const decideEscalationSchema = () => import("@/lib/validation/dispute").then((m) => m.decideEscalationSchema);
const escalateSchema = () => import("@/lib/validation/dispute").then((m) => m.escalateSchema);
const reopenSchema = () => import("@/lib/validation/dispute").then((m) => m.reopenSchema);

type Action<T> = (values: T) => Promise<ActionResult<{ id: number }>>;

function useDone(disputeId: number, done: string) {
  const router = useRouter();
  return () => {
    router.replace(`/disputes/${disputeId}?done=${done}`);
    router.refresh();
  };
}

export function EscalateForm({ disputeId, toLevel, version, action }: { disputeId: number; toLevel: DisputeLevel; version: number; action: Action<EscalateInput> }) {
  const t = useTranslations("disputes");
  const onSuccess = useDone(disputeId, "escalated");
  const { form, onSubmit, formError, pending } = useActionForm<EscalateInput, { id: number }>({ schema: escalateSchema, defaultValues: { toLevel, reason: "", version }, action, onSuccess });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm font-medium text-slate-900">{t(`escalateTo.${toLevel === "CITY" ? "CITY" : "DISTRICT"}`)}</p>
      <p className="text-xs text-slate-500">{t("escalateIntro")}</p>
      <FormError code={formError} />
      <TextareaField label={t("escalateReason")} hint={t("escalateReasonHint")} required rows={4} registration={form.register("reason")} error={form.formState.errors.reason} />
      <Button type="submit" disabled={pending}>{t("escalateSubmit")}</Button>
    </form>
  );
}

export function DecideEscalationForm({ disputeId, version, action }: { disputeId: number; version: number; action: Action<DecideEscalationInput> }) {
  const t = useTranslations("disputes");
  const onSuccess = useDone(disputeId, "decided");
  const { form, onSubmit, formError, pending } = useActionForm<DecideEscalationInput, { id: number }>({
    schema: decideEscalationSchema, defaultValues: { decision: "accept", reason: "", version }, action, onSuccess,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError code={formError} />
      <TextareaField label={t("decisionReason")} hint={t("decisionReasonHint")} rows={3} registration={form.register("reason")} error={form.formState.errors.reason} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} onClick={() => form.setValue("decision", "accept")}>{t("accept")}</Button>
        <Button type="submit" variant="danger" disabled={pending} onClick={() => form.setValue("decision", "return")}>{t("return")}</Button>
      </div>
    </form>
  );
}

export function ReopenForm({ disputeId, version, action }: { disputeId: number; version: number; action: Action<ReopenInput> }) {
  const t = useTranslations("disputes");
  const onSuccess = useDone(disputeId, "reopened");
  const { form, onSubmit, formError, pending } = useActionForm<ReopenInput, { id: number }>({ schema: reopenSchema, defaultValues: { reason: "", version }, action, onSuccess });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-xs text-slate-500">{t("reopenIntro")}</p>
      <FormError code={formError} />
      <TextareaField label={t("reopenReason")} required rows={3} registration={form.register("reason")} error={form.formState.errors.reason} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("reopen")}</Button>
    </form>
  );
}
