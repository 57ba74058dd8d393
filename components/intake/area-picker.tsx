"use client";
// Choosing residential areas with checkboxes, grouped by district and street, with a filter box
// for long lists. The values travel as the form's areaIds.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, useValidationMessage } from "@/components/ui/field";

export type PickableArea = { id: number; name: string; group: string };

export function AreaPicker({ label, hint, areas, registration, error }: { label: string; hint?: string; areas: PickableArea[]; registration: UseFormRegisterReturn; error?: { message?: string } }) {
  const t = useTranslations("intake");
  const message = useValidationMessage();
  const id = useId();
  const [q, setQ] = useState("");
  const shown = (a: PickableArea) => !q || a.name.includes(q) || a.group.includes(q);
  const groups = [...new Set(areas.map((a) => a.group))];
  const errorText = message(error?.message);
  return (
    <fieldset className="space-y-2" aria-describedby={errorText ? `${id}-error` : undefined} aria-invalid={Boolean(errorText)}>
      <legend className="text-sm font-medium text-slate-800">{label}<span aria-hidden="true" className="ml-0.5 text-red-700">*</span></legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("filterAreas")} aria-label={t("filterAreas")} className={controlClass} />
      <div className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-200 p-3">
        {groups.map((g) => (
          <div key={g} className={areas.some((a) => a.group === g && shown(a)) ? undefined : "hidden"}>
            <p className="mb-1 text-xs font-semibold text-slate-500">{g}</p>
            <div className="grid gap-1 sm:grid-cols-2">
              {areas.filter((a) => a.group === g).map((a) => (
                <label key={a.id} className={`flex items-center gap-2 text-sm ${shown(a) ? "" : "hidden"}`}>
                  <input type="checkbox" value={a.id} {...registration} className="size-4 rounded border-slate-300" />
                  {a.name}
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
      {errorText ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{errorText}</p> : null}
    </fieldset>
  );
}
