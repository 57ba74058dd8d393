// The referrals list's rows as markup (docs/decisions/093), the cells the page rendered as elements.
import { getFormatter, getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { ReferralRow } from "@/lib/data/referrals";
import { REFERRAL_STATUS_TONES } from "@/components/referrals/status-badge";
import { badgeHtml, dueDateHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

export async function ReferralRows({ rows }: { rows: readonly ReferralRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const overdue = (days: number) => t("common.overdueDays", { days });
  const markup = rows.map((r) => {
    const status = badgeHtml(REFERRAL_STATUS_TONES[r.status] ?? "neutral", t(`referrals.status.${r.status}` as never));
    const due = dueDateHtml(r.currentDueDate, r.overdue, overdue);
    const card = phoneCardHtml("referral-card", html`<div class='flex flex-wrap items-center gap-1'>${status}${due}</div><p class='text-sm text-slate-800'>${r.area.name} · ${r.category?.name ?? "—"}</p><p class='line-clamp-2 text-sm text-slate-700'>${r.findings}</p><p class='text-xs text-slate-600'>${r.referringOrg.name} → ${r.departmentOrg.name}</p>`);
    return html`<tr><td class='sm:whitespace-nowrap'>${recordLinkHtml(`/referrals/${r.id}`, r.ref)}${card}</td>${[
      wideCellHtml(status),
      wideCellHtml(html`${r.area.name}<div class='text-xs text-slate-500'>${r.location}</div>`, "whitespace-nowrap"),
      wideCellHtml(r.category?.name ?? "—"),
      wideCellHtml(html`<p class='line-clamp-2'>${r.findings}</p>`, "max-w-xs"),
      wideCellHtml(r.referringOrg.name),
      wideCellHtml(r.departmentOrg.name),
      wideCellHtml(due, "whitespace-nowrap"),
      wideCellHtml(format.dateTime(r.referredAt, { year: "numeric", month: "2-digit", day: "2-digit" }), "whitespace-nowrap text-xs tabular-nums"),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
