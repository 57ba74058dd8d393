// List filters as a plain GET form: shareable URLs, works without JavaScript.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import { buttonClass } from "@/components/ui/button";
import { PhoneFold } from "@/components/ui/phone-fold";

const control = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm";

export async function FilterBar({ children, action }: { children: ReactNode; action?: string }) {
  const t = await getTranslations("common");
  // Folded on phones, so the list comes first (issue 12).
  return (
    <PhoneFold summary={t("showFilters")} className="print:hidden">
      <form method="get" action={action} role="search" className="mb-4 flex flex-wrap items-end gap-3">
        {children}
        <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
      </form>
    </PhoneFold>
  );
}

export function FilterText({ name, label, defaultValue, placeholder, type = "text" }: { name: string; label: string; defaultValue?: string | number; placeholder?: string; type?: "text" | "date" | "search" }) {
  return (
    <label className="min-w-40 flex-1 text-xs font-medium text-slate-600 sm:flex-none">
      {label}
      <input type={type} name={name} defaultValue={defaultValue} placeholder={placeholder} className={`${control} mt-1`} />
    </label>
  );
}

export function FilterSelect({ name, label, defaultValue, options, allLabel }: { name: string; label: string; defaultValue?: string | number; options: readonly { value: string | number; label: string }[]; allLabel: string }) {
  // The options are markup built outside React (lib/html.ts): a filter may offer a street's every
  // area or every handling organisation, and as elements they cost more than the rest of the form
  // (docs/decisions/093). The chosen one carries `selected` itself, as `defaultValue` would set.
  const chosen = String(defaultValue ?? "");
  const option = (value: string | number, text: string) => html`<option value='${value}'${String(value) === chosen ? html` selected` : null}>${text}</option>`;
  return (
    <label className="min-w-40 flex-1 text-xs font-medium text-slate-600 sm:flex-none">
      {label}
      <select name={name} className={`${control} mt-1`} dangerouslySetInnerHTML={{ __html: html`${option("", allLabel)}${options.map((o) => option(o.value, o.label))}`.text }} />
    </label>
  );
}
