"use client";
// Registering a complaint: while the clerk types, the words of the description suggest a
// category (with the words that matched) and the duty matrix proposes the responsible party
// (with the duty line that matched). Before saving, open complaints about the same area and
// category with similar text are offered as duplicates.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { CHANNELS } from "@/lib/domain/codes";
import type { DuplicateCandidate } from "@/lib/data/complaints";
import type { RoutingPreview } from "@/lib/data/routing";
import type { RegisterComplaintInput } from "@/lib/validation/complaint";
import { Badge } from "@/components/ui/badge";
import { RoutingSuggestions } from "@/components/intake/routing-suggestions";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FileField, filesOf } from "@/components/ui/file-field";
import { FormError } from "@/components/ui/form-error";
import { PetitionFields } from "@/components/supervision/petition-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { findDuplicatesAction, previewRoutingAction, registerComplaintAction } from "@/app/(app)/complaints/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const registerComplaintSchema = () => import("@/lib/validation/complaint").then((m) => m.registerComplaintSchema);

export type RegisterFormArea = { id: number; name: string; propertyCompanyId: number | null; policeStationId: number | null; ownersCommitteeId: number | null; communityId: number };
export type RegisterFormOrg = { id: number; name: string; kind: string };
type FormValues = RegisterComplaintInput & { attachments?: unknown };

export function RegisterComplaintForm({ areas, duties, orgs, receivedAt }: { areas: RegisterFormArea[]; duties: { id: number; name: string }[]; orgs: RegisterFormOrg[]; receivedAt: string }) {
  const t = useTranslations("complaints");
  const tk = useTranslations("org.kind");
  const tc = useTranslations("common");
  const router = useRouter();
  const [preview, setPreview] = useState<RoutingPreview | null>(null);
  // The duplicate question is asked for one area, category and text; a change asks it anew.
  const [dup, setDup] = useState<{ key: string; candidates: DuplicateCandidate[]; decided: boolean; linkTo: DuplicateCandidate | null } | null>(null);
  // Read inside the submit closure: the latest choice, not the one of the render that made it.
  const choice = useRef<{ key: string; decided: boolean; linkTo: DuplicateCandidate | null }>({ key: "", decided: false, linkTo: null });
  const keyOf = (v: { areaId?: unknown; categoryId?: unknown; description?: unknown }) => `${String(v.areaId ?? "")}|${String(v.categoryId ?? "")}|${String(v.description ?? "")}`;

  const { form, onSubmit, formError, pending } = useActionForm<FormValues, { id: number }>({
    schema: registerComplaintSchema,
    defaultValues: { channel: "HOTLINE_12319", channelRef: "", receivedAt, residentName: "", residentPhone: "", areaId: "" as never, categoryId: "" as never, aboutOrgId: "", description: "", duplicateOfId: "", isPetition: false, petitionHeadcount: "" },
    action: async (values): Promise<ActionResult<{ id: number }>> => {
      const files = filesOf(values.attachments);
      const key = keyOf(values);
      const decided = choice.current.key === key && choice.current.decided;
      const link = decided ? choice.current.linkTo : null;
      if (!decided) {
        const found = await findDuplicatesAction({ areaId: values.areaId, categoryId: values.categoryId, description: values.description });
        if (found.ok && found.data && found.data.length > 0) {
          setDup({ key, candidates: found.data, decided: false, linkTo: null });
          return { ok: false, formError: "possibleDuplicates" };
        }
      }
      return registerComplaintAction({ ...values, attachments: undefined, duplicateOfId: link?.id ?? "" }, files);
    },
    onSuccess: (data) => router.push(`/complaints/${data?.id ?? ""}?done=created`),
  });

  const description = form.watch("description");
  const areaId = form.watch("areaId");
  const categoryId = form.watch("categoryId");
  const aboutOrgId = form.watch("aboutOrgId");
  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await previewRoutingAction({ areaId: areaId || "", categoryId: categoryId || "", description: description ?? "" });
      if (result.ok && result.data) setPreview(result.data);
    }, 350);
    return () => clearTimeout(timer);
  }, [description, areaId, categoryId]);
  const current = dup && dup.key === keyOf({ areaId, categoryId, description }) ? dup : null;
  const linkTo = current?.decided ? current.linkTo : null;

  const area = areas.find((a) => a.id === Number(areaId));
  const local = area ? [area.propertyCompanyId, area.ownersCommitteeId, area.policeStationId, area.communityId] : [];
  const aboutOptions = orgs
    .filter((o) => local.includes(o.id) || o.kind === "CITY_DEPARTMENT" || o.kind === "UTILITY")
    .map((o) => ({ value: o.id, label: o.name, group: tk(o.kind as never) }));
  const proposal = preview?.proposal ?? null;
  const e = form.formState.errors;

  const submitChoice = (link: DuplicateCandidate | null) => {
    if (!current) return;
    choice.current = { key: current.key, decided: true, linkTo: link };
    setDup({ ...current, decided: true, linkTo: link });
    void onSubmit();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5 lg:grid-cols-5">
      <div className="space-y-4 lg:col-span-3">
        <FormError code={formError} />
        {current && !current.decided ? (
          <section className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="duplicates">
            <h2 className="text-sm font-semibold text-amber-900">{t("duplicates.title", { count: current.candidates.length })}</h2>
            <p className="text-xs text-amber-900">{t("duplicates.intro")}</p>
            <ul className="space-y-2">
              {current.candidates.map((c) => (
                <li key={c.id} className="rounded border border-amber-200 bg-white p-2 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <a href={`/complaints/${c.id}`} target="_blank" rel="noopener" className="record-link">{c.ref}</a>
                    <Badge tone="warning">{t("duplicates.similarity", { percent: Math.round(c.similarity * 100) })}</Badge>
                    <Badge>{t(`status.${c.status}` as never)}</Badge>
                    <span className="text-xs text-slate-500">{c.registeredOrgName}</span>
                  </div>
                  <p className="mt-1 text-slate-700">{c.description}</p>
                  <Button className="mt-2" variant="secondary" disabled={pending} onClick={() => submitChoice(c)}>{t("duplicates.link", { ref: c.ref })}</Button>
                </li>
              ))}
            </ul>
            <Button variant="primary" disabled={pending} onClick={() => submitChoice(null)}>{t("duplicates.notDuplicate")}</Button>
          </section>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("field.channel")} required registration={form.register("channel")} error={e.channel} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          <TextField label={t("field.channelRef")} hint={t("field.channelRefHint")} registration={form.register("channelRef")} error={e.channelRef} />
          <TextField label={t("field.receivedAt")} type="datetime-local" required registration={form.register("receivedAt")} error={e.receivedAt} />
          <SelectField label={t("field.area")} required placeholder={tc("choose")} registration={form.register("areaId")} error={e.areaId} options={areas.map((a) => ({ value: a.id, label: a.name }))} />
          <TextField label={t("field.residentName")} required autoComplete="off" registration={form.register("residentName")} error={e.residentName} />
          <TextField label={t("field.residentPhone")} type="tel" autoComplete="off" registration={form.register("residentPhone")} error={e.residentPhone} />
        </div>
        <TextareaField label={t("field.description")} required rows={5} registration={form.register("description")} error={e.description} />
      </div>

      {/* Beside the form on wide screens; between the description and the category on phones. */}
      <aside className="space-y-4 lg:col-span-2 lg:col-start-4 lg:row-span-2 lg:row-start-1" aria-live="polite">
        <section className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="routing-suggestions">
          <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("routing.suggestTitle")}</h2>
          <RoutingSuggestions suggestions={preview?.suggestions ?? []} selectedId={categoryId ? Number(categoryId) : null} onUse={(id) => form.setValue("categoryId", String(id) as never, { shouldDirty: true })} />
        </section>
        <section className="rounded-md border border-slate-200 bg-white p-3" data-testid="routing-proposal">
          <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("routing.proposalTitle")}</h2>
          {!proposal ? (
            <p className="text-xs text-slate-600">{t("routing.proposalEmpty")}</p>
          ) : (
            <div className="space-y-1.5 text-sm">
              <p className="font-medium text-slate-900">{proposal.orgName ?? "—"}</p>
              {proposal.missing ? <p className="text-xs text-red-700">{t(`routing.missing.${proposal.missing}`)}</p> : null}
              <p className="text-xs text-slate-700">{t(`routing.mode${proposal.mode}`)}</p>
              <p className="text-xs text-slate-700">{t("routing.dutyLine", { name: proposal.duty.name })}</p>
              <p className="text-xs leading-relaxed text-slate-500">{t("routing.policy")}：{proposal.duty.policyText}</p>
              {proposal.orgId !== null && String(proposal.orgId) === String(aboutOrgId) ? <p className="text-xs text-amber-800">{t("routing.aboutIsHandler")}</p> : null}
            </div>
          )}
        </section>
      </aside>

      <div className="space-y-4 lg:col-span-3">
        <SelectField label={t("field.category")} hint={t("field.categoryHint")} required placeholder={tc("choose")} registration={form.register("categoryId")} error={e.categoryId} options={duties.map((d) => ({ value: d.id, label: d.name }))} />
        <SelectField label={t("field.aboutOrg")} hint={t("field.aboutOrgHint")} placeholder={t("field.aboutNone")} registration={form.register("aboutOrgId")} error={e.aboutOrgId} options={aboutOptions} />
        <FileField label={t("field.attachments")} registration={form.register("attachments")} error={e.attachments as never} />
        <PetitionFields form={form} />
        {linkTo ? <p className="text-sm text-amber-900">{t("duplicates.linking", { ref: linkTo.ref })}</p> : null}
        <Button type="submit" disabled={pending}>{pending ? tc("loading") : t("register")}</Button>
      </div>

    </form>
  );
}
