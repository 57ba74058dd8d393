"use client";
// The feedback-loop steps this organisation may take on a referral now (from lib/domain).
import { useTranslations } from "next-intl";
import type { ReferralAction } from "@/lib/domain/referral";
import { StepForm } from "@/components/intake/step-form";
import { acceptReferralAction, acknowledgeReferralAction, reportOutcomeAction, rereferReferralAction, returnReferralAction } from "@/app/(app)/referrals/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const versionOnlySchema = () => import("@/lib/validation/complaint").then((m) => m.versionOnlySchema);
const acknowledgeSchema = () => import("@/lib/validation/referral").then((m) => m.acknowledgeSchema);
const outcomeSchema = () => import("@/lib/validation/referral").then((m) => m.outcomeSchema);
const referralReturnSchema = () => import("@/lib/validation/referral").then((m) => m.referralReturnSchema);
const rereferSchema = () => import("@/lib/validation/referral").then((m) => m.rereferSchema);

type Target = { id: number; name: string; kind: string };

function Step({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-100 pt-3 first:border-0 first:pt-0">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

export function ReferralSteps({ id, version, allowed, targets, currentDepartmentId }: { id: number; version: number; allowed: ReferralAction[]; targets: Target[]; currentDepartmentId: number }) {
  const t = useTranslations("referrals.actions");
  const tk = useTranslations("org.kind");
  const has = (a: ReferralAction) => allowed.includes(a);
  const v = { version };
  return (
    <div className="space-y-4" data-testid="referral-steps">
      {has("accept") ? (
        <Step title={t("accept")}>
          <StepForm schema={versionOnlySchema} defaults={v} fields={[]} done="accept" confirm={t("acceptConfirm")} action={(values) => acceptReferralAction(id, values)} submits={[{ label: t("accept") }]} />
        </Step>
      ) : null}
      {has("reportOutcome") ? (
        <Step title={t("reportOutcome")}>
          <StepForm schema={outcomeSchema} defaults={{ ...v, measures: "", penaltyDecisionNo: "" }} done="reportOutcome"
            fields={[
              { name: "measures", kind: "textarea", label: t("measures"), required: true, rows: 4 },
              { name: "penaltyDecisionNo", kind: "text", label: t("penaltyDecisionNo"), hint: t("penaltyHint") },
              { name: "files", kind: "files", label: t("outcomeFiles") },
            ]}
            action={(values, files) => reportOutcomeAction(id, values, files)} submits={[{ label: t("reportOutcome") }]} />
        </Step>
      ) : null}
      {has("return") ? (
        <Step title={t("return")}>
          <StepForm schema={referralReturnSchema} defaults={{ ...v, reason: "" }} done="return"
            fields={[{ name: "reason", kind: "textarea", label: t("returnReason"), required: true, rows: 2 }]}
            action={(values) => returnReferralAction(id, values)} submits={[{ label: t("return"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("acknowledge") ? (
        <Step title={t("acknowledge")}>
          <StepForm schema={acknowledgeSchema} defaults={{ ...v, note: "" }} done="acknowledge"
            fields={[{ name: "note", kind: "textarea", label: t("acknowledgeNote"), rows: 2 }]}
            action={(values) => acknowledgeReferralAction(id, values)} submits={[{ label: t("acknowledge") }]} />
        </Step>
      ) : null}
      {has("rerefer") ? (
        <Step title={t("rerefer")}>
          <StepForm schema={rereferSchema} defaults={{ ...v, departmentOrgId: "", reason: "" }} done="rerefer"
            fields={[
              { name: "departmentOrgId", kind: "select", label: t("department"), required: true, placeholder: "—", options: targets.filter((o) => o.id !== currentDepartmentId).map((o) => ({ value: o.id, label: o.name, group: tk(o.kind as never) })) },
              { name: "reason", kind: "textarea", label: t("rereferReason"), required: true, rows: 2 },
            ]}
            action={(values) => rereferReferralAction(id, values)} submits={[{ label: t("rerefer") }]} />
        </Step>
      ) : null}
    </div>
  );
}
