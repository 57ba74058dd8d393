"use client";
// Scheduling a joint meeting: the disputes to settle, date and time, place, chair, other agenda
// items, and the invitation list the policy prescribes for the tier (editable). Overlapping
// meetings of the invitees are shown as a warning.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { ScheduleInput } from "@/lib/validation/meeting";
import { Button } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { InviteePicker, type Candidate, type OrgChoice } from "@/components/meetings/invitee-picker";
import { OverlapWarning } from "@/components/meetings/overlap-warning";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const scheduleSchema = () => import("@/lib/validation/meeting").then((m) => m.scheduleSchema);

type Dispute = { id: number; ref: string; title: string; status: string; crossDistrict: boolean; invitees: Candidate[] };

function candidatesFor(disputes: Dispute[], ids: number[], added: number[]): Candidate[] {
  const out = new Map<number, string>();
  for (const d of disputes) if (ids.includes(d.id)) for (const c of d.invitees) if (!out.has(c.orgId)) out.set(c.orgId, c.reason);
  for (const id of added) if (!out.has(id)) out.set(id, "added");
  return [...out].map(([orgId, reason]) => ({ orgId, reason }));
}

export function ScheduleForm({ disputes, preselected, directory, defaults, action, check }: {
  disputes: Dispute[];
  preselected: number[];
  directory: OrgChoice[];
  /** title: the convener's name for the meeting ("花园街道联席会议"); the agenda completes it. */
  defaults: { title: string; date: string; startTime: string; endTime: string };
  action: (values: ScheduleInput) => Promise<ActionResult<{ id: number }>>;
  check: (input: unknown) => Promise<{ meeting: string; convener: string; orgs: string; start: string; end: string }[]>;
}) {
  const t = useTranslations("meetings");
  const td = useTranslations("disputes");
  const router = useRouter();
  const initialIds = preselected.filter((id) => disputes.some((d) => d.id === id));
  // The default title names what is on the agenda, so two meetings do not share one name.
  const titleFor = (ids: readonly number[]) => {
    const first = disputes.find((d) => d.id === ids[0]);
    if (!first) return defaults.title;
    return ids.length > 1 ? t("nameDefaultMany", { name: defaults.title, title: first.title, count: ids.length }) : t("nameDefaultOne", { name: defaults.title, title: first.title });
  };
  const [added, setAdded] = useState<number[]>([]);
  const [excluded, setExcluded] = useState<number[]>([]);
  const { form, onSubmit, formError, pending } = useActionForm<ScheduleInput, { id: number }>({
    schema: scheduleSchema,
    defaultValues: {
      ...defaults, title: titleFor(initialIds), place: "", chair: "", otherItems: "", disputeIds: initialIds,
      inviteeIds: candidatesFor(disputes, initialIds, []).map((c) => c.orgId),
    },
    action,
    onSuccess: (data) => {
      router.replace(`/meetings/${data?.id ?? ""}?done=scheduled`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const disputeIds = ((form.watch("disputeIds") as number[] | undefined) ?? []).map(Number);
  const inviteeIds = ((form.watch("inviteeIds") as number[] | undefined) ?? []).map(Number);
  const [date, startTime, endTime] = [form.watch("date"), form.watch("startTime"), form.watch("endTime")];
  const candidates = candidatesFor(disputes, disputeIds, added);

  const sync = (nextDisputes: number[], nextExcluded: number[], nextAdded: number[]) => {
    const all = candidatesFor(disputes, nextDisputes, nextAdded).map((c) => c.orgId);
    form.setValue("disputeIds", nextDisputes, { shouldDirty: true });
    if (!form.formState.dirtyFields.title) form.setValue("title", titleFor(nextDisputes));
    form.setValue("inviteeIds", all.filter((id) => !nextExcluded.includes(id)), { shouldDirty: true });
  };

  const minutes = (() => {
    const [sh, sm] = String(startTime).split(":").map(Number);
    const [eh, em] = String(endTime).split(":").map(Number);
    const m = (eh! * 60 + em!) - (sh! * 60 + sm!);
    return Number.isFinite(m) && m > 0 ? m : null;
  })();

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-5">
      <FormError code={formError} />
      <Fieldset legend={t("disputes")} hint={t("disputesHint")} required error={e.disputeIds as { message?: string } | undefined}>
        {disputes.length === 0 ? <p className="text-sm text-slate-500">{t("noSchedulable")}</p> : (
          <ul className="space-y-1.5">
            {disputes.map((d) => (
              <li key={d.id}>
                <label className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    className="size-4 rounded border-slate-300"
                    checked={disputeIds.includes(d.id)}
                    onChange={(ev) => sync(ev.target.checked ? [...disputeIds, d.id] : disputeIds.filter((x) => x !== d.id), excluded, added)}
                  />
                  <span className="font-mono text-xs text-slate-500">{d.ref}</span>
                  <span>{d.title}</span>
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{td(`statusValue.${d.status}` as never)}</span>
                  {d.crossDistrict ? <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900">{td("crossDistrict")}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        )}
      </Fieldset>
      <TextField label={t("name")} required registration={form.register("title")} error={e.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("date")} type="date" required registration={form.register("date")} error={e.date} />
        <TextField label={t("startTime")} type="time" required registration={form.register("startTime")} error={e.startTime} />
        <TextField label={t("endTime")} type="time" required registration={form.register("endTime")} error={e.endTime} hint={minutes ? t("duration", { minutes }) : undefined} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("place")} required registration={form.register("place")} error={e.place} />
        <TextField label={t("chair")} hint={t("chairHint")} required registration={form.register("chair")} error={e.chair} />
      </div>
      <TextareaField label={t("otherItems")} hint={t("otherItemsHint")} rows={2} registration={form.register("otherItems")} error={e.otherItems} />
      <InviteePicker
        candidates={candidates}
        selected={inviteeIds}
        directory={directory}
        error={e.inviteeIds as { message?: string } | undefined}
        onToggle={(orgId, on) => {
          const nextExcluded = on ? excluded.filter((x) => x !== orgId) : [...excluded, orgId];
          setExcluded(nextExcluded);
          sync(disputeIds, nextExcluded, added);
        }}
        onAdd={(orgId) => {
          const nextAdded = [...added, orgId];
          const nextExcluded = excluded.filter((x) => x !== orgId);
          setAdded(nextAdded);
          setExcluded(nextExcluded);
          sync(disputeIds, nextExcluded, nextAdded);
        }}
      />
      <OverlapWarning date={String(date)} startTime={String(startTime)} endTime={String(endTime)} orgIds={inviteeIds} check={check} />
      <div>
        <Button type="submit" disabled={pending}>{t("schedule")}</Button>
      </div>
    </form>
  );
}
