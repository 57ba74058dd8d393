"use client";
// Registering or editing a dispute: facts, parties, urgency, the residential areas (own
// territory first, related areas elsewhere by name), the units involved (warned when fewer than
// two) and attachments.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { needsMoreUnits, UNIT_FORM_KINDS, URGENCIES } from "@/lib/domain/codes";
import { shortOrgName } from "@/lib/domain/document";
import type { DisputeInput } from "@/lib/validation/dispute";
import { Button } from "@/components/ui/button";
import { controlClass, SelectField, TextareaField, TextField } from "@/components/ui/field";
import { FileField, filesOf } from "@/components/ui/file-field";
import { Fieldset } from "@/components/ui/fieldset";
import { FormError } from "@/components/ui/form-error";
import { Notice } from "@/components/ui/layout";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const disputeSchema = () => import("@/lib/validation/dispute").then((m) => m.disputeSchema);

type AreaOption = { id: number; name: string; streetName: string; districtName: string };
type UnitOption = { id: number; name: string; kind: string };
type Values = DisputeInput & { attachments?: unknown };

const CHECKBOX_LIMIT = 30;

export function DisputeForm({
  initial, ownAreas, otherAreas, units, action, submitLabel, doneKey,
}: {
  initial: Values;
  ownAreas: AreaOption[];
  otherAreas: AreaOption[];
  units: UnitOption[];
  action: (values: Values) => Promise<ActionResult<{ id: number }>>;
  submitLabel: string;
  doneKey: "registered" | "saved";
}) {
  const t = useTranslations("disputes");
  const tc = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values, { id: number }>({
    schema: disputeSchema as never,
    defaultValues: initial,
    action: (values) => action({ ...values, attachments: filesOf(values.attachments) }),
    onSuccess: (data) => {
      router.replace(`/disputes/${data?.id ?? ""}?done=${doneKey}`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const areaIds = ((form.watch("areaIds") as number[] | undefined) ?? []).map(Number);
  const unitIds = ((form.watch("unitIds") as number[] | undefined) ?? []).map(Number);
  const setIds = (field: "areaIds" | "unitIds", ids: number[]) => form.setValue(field, [...new Set(ids)], { shouldDirty: true });
  const toggle = (field: "areaIds" | "unitIds", current: number[], id: number, on: boolean) => setIds(field, on ? [...current, id] : current.filter((x) => x !== id));

  const [ownPick, setOwnPick] = useState("");
  const [otherPick, setOtherPick] = useState("");
  const allAreas = new Map([...ownAreas, ...otherAreas].map((a) => [a.id, a]));
  const chosenOther = areaIds.filter((id) => otherAreas.some((a) => a.id === id) || (ownAreas.length > CHECKBOX_LIMIT && allAreas.has(id)));
  const label = (a: AreaOption) => t("areaLabel", { name: a.name, district: shortOrgName(a.districtName), street: shortOrgName(a.streetName) });

  const picker = (options: AreaOption[], value: string, setValue: (v: string) => void, id: string, name: string) => (
    <div className="flex flex-wrap items-end gap-2">
      <label className="min-w-56 flex-1 text-xs font-medium text-slate-600" htmlFor={id}>
        {name}
        <select id={id} className={`${controlClass} mt-1`} value={value} onChange={(ev) => setValue(ev.target.value)}>
          <option value="">{tc("choose")}</option>
          {[...new Set(options.map((o) => `${shortOrgName(o.districtName)} ${shortOrgName(o.streetName)}`))].map((group) => (
            <optgroup key={group} label={group}>
              {options.filter((o) => `${shortOrgName(o.districtName)} ${shortOrgName(o.streetName)}` === group && !areaIds.includes(o.id)).map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <Button variant="secondary" onClick={() => { if (value) { setIds("areaIds", [...areaIds, Number(value)]); setValue(""); } }}>{t("addArea")}</Button>
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-5">
      <FormError code={formError} />
      <TextField label={t("name")} hint={t("nameHint")} required registration={form.register("title")} error={e.title} />
      <TextareaField label={t("description")} hint={t("descriptionHint")} required rows={5} registration={form.register("description")} error={e.description} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextareaField className="sm:col-span-2" label={t("parties")} hint={t("partiesHint")} rows={2} registration={form.register("parties")} error={e.parties} />
        <SelectField label={t("urgency")} required registration={form.register("urgency")} error={e.urgency} options={URGENCIES.map((u) => ({ value: u, label: t(`urgencyValue.${u}`) }))} />
      </div>

      <Fieldset legend={t("areas")} required error={e.areaIds as { message?: string } | undefined}>
        {ownAreas.length > 0 && ownAreas.length <= CHECKBOX_LIMIT ? (
          <div>
            <p className="mb-1 text-xs font-medium text-slate-600">{t("ownAreas")}</p>
            <div className="grid gap-1.5 sm:grid-cols-2">
              {ownAreas.map((a) => (
                <label key={a.id} className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" className="size-4 rounded border-slate-300" checked={areaIds.includes(a.id)} onChange={(ev) => toggle("areaIds", areaIds, a.id, ev.target.checked)} />
                  {a.name}
                  <span className="text-xs text-slate-500">{shortOrgName(a.streetName)}</span>
                </label>
              ))}
            </div>
          </div>
        ) : ownAreas.length > CHECKBOX_LIMIT ? (
          picker(ownAreas, ownPick, setOwnPick, "own-area-pick", t("ownAreas"))
        ) : null}
        {otherAreas.length > 0 ? (
          <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
            {picker(otherAreas, otherPick, setOtherPick, "other-area-pick", t("otherAreas"))}
            <p className="text-xs text-slate-500">{t("otherAreasHint")}</p>
          </div>
        ) : null}
        {chosenOther.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label={t("otherAreas")}>
            {chosenOther.map((id) => {
              const a = allAreas.get(id);
              return (
                <li key={id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2.5 py-1 text-sm text-brand-900 ring-1 ring-brand-200">
                  {a ? label(a) : id}
                  <button type="button" className="ml-1 text-brand-700 hover:text-red-700" aria-label={t("removeArea", { name: a?.name ?? String(id) })} onClick={() => toggle("areaIds", areaIds, id, false)}>×</button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </Fieldset>

      <Fieldset legend={t("units")} hint={t("unitsHint")} error={e.unitIds as { message?: string } | undefined}>
        <div className="grid gap-3 md:grid-cols-2">
          {UNIT_FORM_KINDS.map((kind) => {
            const group = units.filter((u) => u.kind === kind);
            if (group.length === 0) return null;
            return (
              <div key={kind} className="rounded-md border border-slate-200 p-3">
                <p className="mb-1.5 text-xs font-semibold text-slate-600">{t(`unitGroup.${kind}`)}</p>
                <div className="grid gap-1">
                  {group.map((u) => (
                    <label key={u.id} className="flex items-center gap-2 text-sm text-slate-800">
                      <input type="checkbox" className="size-4 rounded border-slate-300" checked={unitIds.includes(u.id)} onChange={(ev) => toggle("unitIds", unitIds, u.id, ev.target.checked)} />
                      {u.name}
                    </label>
                  ))}
                </div>
              </div>
            );
          })}
        </div>
        {needsMoreUnits(unitIds.length) ? <Notice tone="warning">{t("unitsWarning", { count: unitIds.length })}</Notice> : null}
      </Fieldset>

      <FileField label={t("attachments")} registration={form.register("attachments")} error={(e as Record<string, { message?: string }>).attachments} />
      <div>
        <Button type="submit" disabled={pending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
