"use client";
// The utility records that supply is back; a property company confirms its assist task.
import { useTranslations } from "next-intl";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { StepForm } from "@/components/intake/step-form";
import { confirmAssistAction, restoreOutageAction } from "@/app/(app)/outages/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const confirmAssistSchema = () => import("@/lib/validation/works").then((m) => m.confirmAssistSchema);
const restoreOutageSchema = () => import("@/lib/validation/works").then((m) => m.restoreOutageSchema);

export function RestoreOutage({ id, version }: { id: number; version: number }) {
  const t = useTranslations("outages.actions");
  return (
    <StepForm schema={restoreOutageSchema} defaults={{ version, actualEndAt: toCityDateTimeInput(new Date()), note: "" }} done="restore"
      fields={[
        { name: "actualEndAt", kind: "datetime-local", label: t("actualEndAt"), required: true },
        { name: "note", kind: "textarea", label: t("restoreNote"), rows: 2 },
      ]}
      action={(values) => restoreOutageAction(id, values)} submits={[{ label: t("restore") }]} />
  );
}

export function ConfirmAssist({ taskId, version }: { taskId: number; version: number }) {
  const t = useTranslations("outages.actions");
  return (
    <StepForm schema={confirmAssistSchema} defaults={{ version, note: "" }} done="confirm"
      fields={[{ name: "note", kind: "textarea", label: t("assistNote"), hint: t("assistHint"), required: true, rows: 2 }]}
      action={(values) => confirmAssistAction(taskId, values)} submits={[{ label: t("confirm") }]} />
  );
}
