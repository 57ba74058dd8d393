"use client";
// The small forms of a meeting's page: answering an invitation, adding a resolution to draft
// minutes, adding a correction to final minutes, cancelling a meeting.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { AmendmentInput, CancelMeetingInput, ResolutionInput, RespondInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField, TextField, type Option } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const amendmentSchema = () => import("@/lib/validation/meeting").then((m) => m.amendmentSchema);
const cancelMeetingSchema = () => import("@/lib/validation/meeting").then((m) => m.cancelMeetingSchema);
const resolutionSchema = () => import("@/lib/validation/meeting").then((m) => m.resolutionSchema);
const respondSchema = () => import("@/lib/validation/meeting").then((m) => m.respondSchema);

type Action<T> = (values: T) => Promise<ActionResult<{ id: number }>>;

function useBack(meetingId: number, done: string, reset?: () => void) {
  const router = useRouter();
  return () => {
    reset?.();
    router.replace(`/meetings/${meetingId}?done=${done}`, { scroll: false });
    router.refresh();
  };
}

export function RespondForm({ meetingId, initial, action }: { meetingId: number; initial: RespondInput; action: Action<RespondInput> }) {
  const t = useTranslations("meetings");
  const onSuccess = useBack(meetingId, "responded");
  const { form, onSubmit, formError, pending } = useActionForm<RespondInput, { id: number }>({ schema: respondSchema, defaultValues: initial, action, onSuccess });
  const response = form.watch("response");
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-xs text-slate-500">{t("respond.intro")}</p>
      <FormError code={formError} />
      <Fieldset legend={t("respond.title")}>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm"><input type="radio" value="CONFIRM" {...form.register("response")} />{t("respond.confirm")}</label>
          <label className="flex items-center gap-2 text-sm"><input type="radio" value="DECLINE" {...form.register("response")} />{t("respond.decline")}</label>
        </div>
      </Fieldset>
      {response === "CONFIRM" ? (
        <TextField label={t("attendeeNames")} hint={t("respond.attendeeNamesHint")} required registration={form.register("attendeeNames")} error={e.attendeeNames} />
      ) : (
        <TextareaField label={t("declineReason")} required rows={2} registration={form.register("declineReason")} error={e.declineReason} />
      )}
      <Button type="submit" disabled={pending}>{t("respond.submit")}</Button>
    </form>
  );
}

export function ResolutionForm({ meetingId, orgs, items, defaultDue, action }: { meetingId: number; orgs: Option[]; items: Option[]; defaultDue: string; action: Action<ResolutionInput> }) {
  const t = useTranslations("meetings");
  const tc = useTranslations("common");
  const { form, onSubmit, formError, pending } = useActionForm<ResolutionInput, { id: number }>({
    schema: resolutionSchema,
    defaultValues: { description: "", responsibleOrgId: "", dueDate: defaultDue, agendaItemId: items[0]?.value ?? "" },
    action,
    onSuccess: () => { form.reset({ description: "", responsibleOrgId: "", dueDate: defaultDue, agendaItemId: items[0]?.value ?? "" }); back(); },
  });
  const back = useBack(meetingId, "resolutionAdded");
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" aria-label={t("resolutionAdd")}>
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextareaField className="sm:col-span-2" label={t("resolutionDescription")} required rows={2} registration={form.register("description")} error={e.description} />
      <SelectField label={t("resolutionResponsible")} required placeholder={tc("choose")} options={orgs} registration={form.register("responsibleOrgId")} error={e.responsibleOrgId} />
      <TextField label={t("resolutionDue")} type="date" required registration={form.register("dueDate")} error={e.dueDate} />
      {items.length > 0 ? <SelectField className="sm:col-span-2" label={t("resolutionItem")} options={items} placeholder={tc("none")} registration={form.register("agendaItemId")} error={e.agendaItemId} /> : null}
      <div className="sm:col-span-2"><Button type="submit" variant="secondary" disabled={pending}>{t("resolutionAdd")}</Button></div>
    </form>
  );
}

export function AmendmentForm({ meetingId, items, action }: { meetingId: number; items: Option[]; action: Action<AmendmentInput> }) {
  const t = useTranslations("meetings");
  const { form, onSubmit, formError, pending } = useActionForm<AmendmentInput, { id: number }>({
    schema: amendmentSchema,
    defaultValues: { text: "", agendaItemId: "" },
    action,
    onSuccess: () => { form.reset({ text: "", agendaItemId: "" }); back(); },
  });
  const back = useBack(meetingId, "amended");
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("amendmentAdd")}>
      <FormError code={formError} />
      <SelectField label={t("amendmentItem")} options={items} placeholder={t("amendmentWhole")} registration={form.register("agendaItemId")} error={e.agendaItemId} />
      <TextareaField label={t("amendmentText")} required rows={3} registration={form.register("text")} error={e.text} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("amendmentAdd")}</Button>
    </form>
  );
}

export function CancelMeetingForm({ meetingId, version, action }: { meetingId: number; version: number; action: Action<CancelMeetingInput> }) {
  const t = useTranslations("meetings");
  const onSuccess = useBack(meetingId, "cancelled");
  const { form, onSubmit, formError, pending } = useActionForm<CancelMeetingInput, { id: number }>({ schema: cancelMeetingSchema, defaultValues: { reason: "", version }, action, onSuccess });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError code={formError} />
      <TextareaField label={t("cancelReason")} required rows={2} registration={form.register("reason")} error={form.formState.errors.reason} />
      <Button type="submit" variant="danger" disabled={pending}>{t("cancelSubmit")}</Button>
    </form>
  );
}
