"use client";
// The lifecycle steps this organisation may take on a complaint now (the page passes
// lib/domain's allowedActions); each is a small form. The server checks everything again.
import { useTranslations } from "next-intl";
import type { ComplaintAction } from "@/lib/domain/complaint";
import { REPLY_METHODS } from "@/lib/domain/codes";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { StepForm } from "@/components/intake/step-form";
import {
  acceptComplaintAction,
  assignComplaintAction,
  closeComplaintAction,
  decideExtensionAction,
  handleComplaintAction,
  notAcceptComplaintAction,
  pressComplaintAction,
  reassignComplaintAction,
  replyComplaintAction,
  requestExtensionAction,
  returnComplaintAction,
  startComplaintAction,
} from "@/app/(app)/complaints/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const assignSchema = () => import("@/lib/validation/complaint").then((m) => m.assignSchema);
const decideExtensionSchema = () => import("@/lib/validation/complaint").then((m) => m.decideExtensionSchema);
const handleSchema = () => import("@/lib/validation/complaint").then((m) => m.handleSchema);
const notAcceptSchema = () => import("@/lib/validation/complaint").then((m) => m.notAcceptSchema);
const pressSchema = () => import("@/lib/validation/complaint").then((m) => m.pressSchema);
const reassignSchema = () => import("@/lib/validation/complaint").then((m) => m.reassignSchema);
const replySchema = () => import("@/lib/validation/complaint").then((m) => m.replySchema);
const requestExtensionSchema = () => import("@/lib/validation/complaint").then((m) => m.requestExtensionSchema);
const returnSchema = () => import("@/lib/validation/complaint").then((m) => m.returnSchema);
const versionOnlySchema = () => import("@/lib/validation/complaint").then((m) => m.versionOnlySchema);

type Target = { id: number; name: string; kind: string };

export type ComplaintStepsProps = {
  id: number;
  version: number;
  allowed: ComplaintAction[];
  targets: Target[];
  proposedOrgId: number | null;
  currentHandlerId: number;
  extensionMaxDays: number;
  handleDays: string;
  extensionRequest: string | null;
};

function Step({ title, help, children }: { title: string; help?: string | null; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-100 pt-3 first:border-0 first:pt-0">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {help ? <p className="mb-2 text-xs text-slate-600">{help}</p> : null}
      {children}
    </section>
  );
}

export function ComplaintSteps(p: ComplaintStepsProps) {
  const t = useTranslations("complaints.actions");
  const tk = useTranslations("org.kind");
  const tm = useTranslations("complaints.replyMethod");
  const tf = useTranslations("complaints.field");
  const has = (a: ComplaintAction) => p.allowed.includes(a);
  const targetOptions = p.targets.map((o) => ({ value: o.id, label: o.name, group: tk(o.kind as never) }));
  const v = { version: p.version };
  return (
    <div className="space-y-4" data-testid="complaint-steps">
      {has("accept") ? (
        <Step title={t("accept")} help={t("acceptHelp", { days: p.handleDays })}>
          <StepForm schema={versionOnlySchema} defaults={v} fields={[]} done="accept" confirm={t("acceptConfirm")}
            action={(values) => acceptComplaintAction(p.id, values)} submits={[{ label: t("accept") }]} />
        </Step>
      ) : null}
      {has("notAccept") ? (
        <Step title={t("notAccept")}>
          <StepForm schema={notAcceptSchema} defaults={{ ...v, reason: "" }} done="notAccept"
            fields={[{ name: "reason", kind: "textarea", label: t("notAcceptReason"), required: true }]}
            action={(values) => notAcceptComplaintAction(p.id, values)} submits={[{ label: t("notAccept"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("assign") ? (
        <Step title={t("assign")}>
          <StepForm schema={assignSchema} defaults={{ ...v, orgId: p.proposedOrgId ?? "", overrideReason: "" }} done="assign"
            fields={[
              { name: "orgId", kind: "select", label: t("assignTo"), required: true, options: targetOptions, placeholder: "—" },
              { name: "overrideReason", kind: "textarea", label: t("overrideReason"), hint: t("overrideHint"), rows: 2 },
            ]}
            action={(values) => assignComplaintAction(p.id, values)} submits={[{ label: t("assign") }]} />
        </Step>
      ) : null}
      {has("start") ? (
        <Step title={t("start")}>
          <StepForm schema={versionOnlySchema} defaults={v} fields={[]} done="start" confirm={t("startConfirm")}
            action={(values) => startComplaintAction(p.id, values)} submits={[{ label: t("start") }]} />
        </Step>
      ) : null}
      {has("handle") ? (
        <Step title={t("handle")}>
          <StepForm schema={handleSchema} defaults={{ ...v, result: "" }} done="handle"
            fields={[
              { name: "result", kind: "textarea", label: t("result"), required: true, rows: 4 },
              { name: "before", kind: "files", label: t("photosBefore") },
              { name: "after", kind: "files", label: t("photosAfter") },
            ]}
            action={(values, _files, byField) => handleComplaintAction(p.id, values, byField.before ?? [], byField.after ?? [])} submits={[{ label: t("handle") }]} />
        </Step>
      ) : null}
      {has("return") ? (
        <Step title={t("return")}>
          <StepForm schema={returnSchema} defaults={{ ...v, reason: "" }} done="return"
            fields={[{ name: "reason", kind: "textarea", label: t("returnReason"), required: true, rows: 2 }]}
            action={(values) => returnComplaintAction(p.id, values)} submits={[{ label: t("return"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("requestExtension") ? (
        <Step title={t("requestExtension")} help={t("extensionDaysHint", { max: p.extensionMaxDays })}>
          <StepForm schema={requestExtensionSchema} defaults={{ ...v, days: p.extensionMaxDays, reason: "" }} done="requestExtension"
            fields={[
              { name: "days", kind: "number", label: t("extensionDays"), required: true, min: 1, max: p.extensionMaxDays },
              { name: "reason", kind: "textarea", label: t("extensionReason"), required: true, rows: 2 },
            ]}
            action={(values) => requestExtensionAction(p.id, values)} submits={[{ label: t("requestExtension"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("approveExtension") ? (
        <Step title={t("approveExtension")} help={p.extensionRequest}>
          <StepForm schema={decideExtensionSchema} defaults={{ ...v, approve: true, note: "" }} done="decideExtension"
            fields={[{ name: "note", kind: "textarea", label: t("decisionNote"), rows: 2 }]}
            action={(values) => decideExtensionAction(p.id, values)}
            submits={[{ label: t("approveExtension"), values: { approve: true } }, { label: t("refuseExtension"), variant: "secondary", values: { approve: false } }]} />
        </Step>
      ) : null}
      {has("press") ? (
        <Step title={t("press")}>
          <StepForm schema={pressSchema} defaults={{ ...v, note: "" }} done="press"
            fields={[{ name: "note", kind: "textarea", label: t("pressNote"), rows: 2 }]}
            action={(values) => pressComplaintAction(p.id, values)} submits={[{ label: t("press"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("reassign") ? (
        <Step title={t("reassign")}>
          <StepForm schema={reassignSchema} defaults={{ ...v, orgId: "", reason: "" }} done="reassign"
            fields={[
              { name: "orgId", kind: "select", label: t("assignTo"), required: true, options: targetOptions.filter((o) => o.value !== p.currentHandlerId), placeholder: "—" },
              { name: "reason", kind: "textarea", label: t("reassignReason"), required: true, rows: 2 },
            ]}
            action={(values) => reassignComplaintAction(p.id, values)} submits={[{ label: t("reassign"), variant: "secondary" }]} />
        </Step>
      ) : null}
      {has("reply") ? (
        <Step title={t("reply")}>
          <StepForm schema={replySchema} defaults={{ ...v, method: "PHONE", repliedAt: toCityDateTimeInput(new Date()), note: "" }} done="reply"
            fields={[
              { name: "method", kind: "select", label: tf("replyMethod"), required: true, options: REPLY_METHODS.map((m) => ({ value: m, label: tm(m) })) },
              { name: "repliedAt", kind: "datetime-local", label: tf("repliedAt"), required: true },
              { name: "note", kind: "textarea", label: tf("replyNote"), rows: 2 },
            ]}
            action={(values) => replyComplaintAction(p.id, values)} submits={[{ label: t("reply") }]} />
        </Step>
      ) : null}
      {has("close") ? (
        <Step title={t("close")}>
          <StepForm schema={versionOnlySchema} defaults={v} fields={[]} done="close" confirm={t("closeConfirm")}
            action={(values) => closeComplaintAction(p.id, values)} submits={[{ label: t("close") }]} />
        </Step>
      ) : null}
    </div>
  );
}

