"use client";
// Changing a scheduled meeting: its time, place and chair (every invitee is told and asked to
// answer again when the time changes), and its invitation list.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { InvitationsInput, RescheduleInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { InviteePicker, type Candidate, type OrgChoice } from "@/components/meetings/invitee-picker";
import { OverlapWarning } from "@/components/meetings/overlap-warning";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const invitationsSchema = () => import("@/lib/validation/meeting").then((m) => m.invitationsSchema);
const rescheduleSchema = () => import("@/lib/validation/meeting").then((m) => m.rescheduleSchema);

type Action<T> = (values: T) => Promise<ActionResult<{ id: number }>>;
type Check = (input: unknown) => Promise<{ meeting: string; convener: string; orgs: string; start: string; end: string }[]>;

export function RescheduleForm({ meetingId, initial, inviteeIds, action, check }: { meetingId: number; initial: RescheduleInput; inviteeIds: number[]; action: Action<RescheduleInput>; check: Check }) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<RescheduleInput, { id: number }>({
    schema: rescheduleSchema, defaultValues: initial, action,
    onSuccess: () => { router.replace(`/meetings/${meetingId}?done=rescheduled`); router.refresh(); },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <p className="text-sm text-slate-600">{t("rescheduleIntro")}</p>
      <FormError code={formError} />
      <TextField label={t("name")} required registration={form.register("title")} error={e.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("date")} type="date" required registration={form.register("date")} error={e.date} />
        <TextField label={t("startTime")} type="time" required registration={form.register("startTime")} error={e.startTime} />
        <TextField label={t("endTime")} type="time" required registration={form.register("endTime")} error={e.endTime} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("place")} required registration={form.register("place")} error={e.place} />
        <TextField label={t("chair")} required registration={form.register("chair")} error={e.chair} />
      </div>
      <OverlapWarning date={String(form.watch("date"))} startTime={String(form.watch("startTime"))} endTime={String(form.watch("endTime"))} orgIds={inviteeIds} excludeMeetingId={meetingId} check={check} />
      <div><Button type="submit" disabled={pending}>{t("actions.edit")}</Button></div>
    </form>
  );
}

export function InvitationsForm({ meetingId, current, directory, version, action }: { meetingId: number; current: Candidate[]; directory: OrgChoice[]; version: number; action: Action<InvitationsInput> }) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const [candidates, setCandidates] = useState<Candidate[]>(current);
  const { form, onSubmit, formError, pending } = useActionForm<InvitationsInput, { id: number }>({
    schema: invitationsSchema, defaultValues: { inviteeIds: current.map((c) => c.orgId), version }, action,
    onSuccess: () => { router.replace(`/meetings/${meetingId}?done=invitations`); router.refresh(); },
  });
  const selected = ((form.watch("inviteeIds") as number[] | undefined) ?? []).map(Number);
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <FormError code={formError} />
      <InviteePicker
        candidates={candidates}
        selected={selected}
        directory={directory}
        error={form.formState.errors.inviteeIds as { message?: string } | undefined}
        onToggle={(orgId, on) => form.setValue("inviteeIds", on ? [...selected, orgId] : selected.filter((x) => x !== orgId), { shouldDirty: true })}
        onAdd={(orgId) => {
          setCandidates([...candidates, { orgId, reason: "added" }]);
          form.setValue("inviteeIds", [...selected, orgId], { shouldDirty: true });
        }}
      />
      <div><Button type="submit" disabled={pending}>{t("invitationsTitle")}</Button></div>
    </form>
  );
}
