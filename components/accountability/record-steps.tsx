"use client";
// The steps the page offers on an accountability record (lib/domain/accountability allowed
// actions): decide, close, amend for the opening authority; explain for the unit concerned.
import { useTranslations } from "next-intl";
import type { AccountabilityAction } from "@/lib/domain/accountability";
import { AMENDABLE_FIELDS } from "@/lib/domain/codes";
import { StepForm } from "@/components/intake/step-form";
import { amendAccountabilityAction, closeAccountabilityAction, decideAccountabilityAction, explainAccountabilityAction } from "@/app/(app)/accountability/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const amendSchema = () => import("@/lib/validation/accountability").then((m) => m.amendSchema);
const closeSchema = () => import("@/lib/validation/accountability").then((m) => m.closeSchema);
const decideSchema = () => import("@/lib/validation/accountability").then((m) => m.decideSchema);
const explainSchema = () => import("@/lib/validation/accountability").then((m) => m.explainSchema);

export function RecordSteps({ id, seq, allowed }: { id: number; seq: number; allowed: AccountabilityAction[] }) {
  const t = useTranslations("accountability");
  const section = "space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0";
  return (
    <div className="space-y-4" data-testid="accountability-steps">
      {allowed.includes("explain") ? (
        <section className={section}>
          <h3 className="text-sm font-semibold">{t("step.explain")}</h3>
          <StepForm schema={explainSchema} defaults={{ text: "" }} done="explain" action={(values) => explainAccountabilityAction(id, values)}
            fields={[{ name: "text", kind: "textarea", label: t("field.explanation"), required: true, rows: 5 }]} submits={[{ label: t("step.explainSubmit") }]} />
        </section>
      ) : null}
      {allowed.includes("decide") ? (
        <section className={section}>
          <h3 className="text-sm font-semibold">{t("step.decide")}</h3>
          <StepForm schema={decideSchema} defaults={{ decision: "", seq }} done="decide" action={(values) => decideAccountabilityAction(id, values)}
            fields={[{ name: "decision", kind: "textarea", label: t("field.decision"), hint: t("field.decisionHint"), required: true, rows: 4 }]} submits={[{ label: t("step.decideSubmit") }]} confirm={t("step.decideConfirm")} />
        </section>
      ) : null}
      {allowed.includes("close") ? (
        <section className={section}>
          <h3 className="text-sm font-semibold">{t("step.close")}</h3>
          <StepForm schema={closeSchema} defaults={{ note: "", seq }} done="close" action={(values) => closeAccountabilityAction(id, values)}
            fields={[{ name: "note", kind: "textarea", label: t("field.closeNote"), rows: 2 }]} submits={[{ label: t("step.closeSubmit") }]} confirm={t("step.closeConfirm")} />
        </section>
      ) : null}
      {allowed.includes("amend") ? (
        <section className={section}>
          <h3 className="text-sm font-semibold">{t("step.amend")}</h3>
          <p className="text-xs text-slate-500">{t("step.amendHelp")}</p>
          <StepForm schema={amendSchema} defaults={{ field: "", text: "", seq }} done="amend" action={(values) => amendAccountabilityAction(id, values)}
            fields={[
              { name: "field", kind: "select", label: t("field.amendField"), required: true, placeholder: t("field.choose"), options: AMENDABLE_FIELDS.map((f) => ({ value: f, label: t(`amendable.${f}`) })) },
              { name: "text", kind: "textarea", label: t("field.amendText"), required: true, rows: 3 },
            ]}
            submits={[{ label: t("step.amendSubmit"), variant: "secondary" }]} />
        </section>
      ) : null}
    </div>
  );
}
