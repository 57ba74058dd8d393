"use client";
// The utility's steps on its planned works (report restoration, cancel before the start), and
// an area's answer to a reported restoration (confirm, or dispute with what is missing).
import { useTranslations } from "next-intl";
import type { WorksAction } from "@/lib/domain/works";
import { StepForm } from "@/components/intake/step-form";
import { answerRestorationAction, cancelWorksAction, reportRestorationAction } from "@/app/(app)/works/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const answerRestorationSchema = () => import("@/lib/validation/works").then((m) => m.answerRestorationSchema);
const cancelWorksSchema = () => import("@/lib/validation/works").then((m) => m.cancelWorksSchema);
const restorationSchema = () => import("@/lib/validation/works").then((m) => m.restorationSchema);

export function WorksSteps({ id, version, allowed, today }: { id: number; version: number; allowed: WorksAction[]; today: string }) {
  const t = useTranslations("works.actions");
  return (
    <div className="space-y-4" data-testid="works-steps">
      {allowed.includes("reportRestoration") ? (
        <section>
          <h3 className="mb-2 text-sm font-semibold">{t("reportRestoration")}</h3>
          <StepForm schema={restorationSchema} defaults={{ version, restoredOn: today, note: "" }} done="reportRestoration"
            fields={[
              { name: "restoredOn", kind: "date", label: t("restoredOn"), required: true },
              { name: "note", kind: "textarea", label: t("restorationNote"), required: true, rows: 3 },
              { name: "files", kind: "files", label: t("photos") },
            ]}
            action={(values, files) => reportRestorationAction(id, values, files)} submits={[{ label: t("reportRestoration") }]} />
        </section>
      ) : null}
      {allowed.includes("cancel") ? (
        <section>
          <h3 className="mb-2 text-sm font-semibold">{t("cancel")}</h3>
          <StepForm schema={cancelWorksSchema} defaults={{ version, reason: "" }} done="cancel" confirm={t("cancelConfirm")}
            fields={[{ name: "reason", kind: "textarea", label: t("cancelReason"), required: true, rows: 2 }]}
            action={(values) => cancelWorksAction(id, values)} submits={[{ label: t("cancel"), variant: "danger" }]} />
        </section>
      ) : null}
    </div>
  );
}

export function RestorationAnswer({ areaRowId, version }: { areaRowId: number; version: number }) {
  const t = useTranslations("works.actions");
  return (
    <StepForm schema={answerRestorationSchema} defaults={{ version, confirm: true, note: "" }} done="answer"
      fields={[{ name: "note", kind: "textarea", label: t("answerNote"), hint: t("answerHint"), rows: 2 }]}
      action={(values) => answerRestorationAction(areaRowId, values)}
      submits={[{ label: t("confirmRestoration"), values: { confirm: true } }, { label: t("disputeRestoration"), variant: "secondary", values: { confirm: false } }]} />
  );
}
