// The complaints list's rows as markup (docs/decisions/093): the same cells and phone card the
// page rendered as React elements, at a fraction of the server's work.
import { getFormatter, getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { ComplaintRow } from "@/lib/data/complaints";
import { COMPLAINT_STATUS_TONES } from "@/components/complaints/status-badge";
import { badgeHtml, dueDateHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

export async function ComplaintRows({ rows }: { rows: readonly ComplaintRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const overdue = (days: number) => t("common.overdueDays", { days });
  const markup = rows.map((c) => {
    const status = badgeHtml(COMPLAINT_STATUS_TONES[c.status] ?? "neutral", t(`complaints.status.${c.status}` as never));
    const due = dueDateHtml(c.currentDueDate, c.overdue, overdue);
    const card = phoneCardHtml("complaint-card", html`<div class='flex flex-wrap items-center gap-1'>${status}${due}</div><p class='text-sm text-slate-800'>${c.area.name} · ${c.category?.name ?? "—"}</p><p class='line-clamp-2 text-sm text-slate-700'>${c.description}</p><p class='text-xs text-slate-600'>${c.handlerOrg.name}</p>`);
    return html`<tr><td class='sm:whitespace-nowrap'>${recordLinkHtml(`/complaints/${c.id}`, c.ref)}<div class='text-xs text-slate-600'>${t(`complaints.channel.${c.channel}` as never)}</div>${card}</td>${[
      wideCellHtml(html`${status}${c.handOverCount > 1 ? html`<div class='mt-1'>${badgeHtml("warning", t("complaints.holders.count", { count: c.handOverCount }))}</div>` : null}`),
      wideCellHtml(c.area.name, "whitespace-nowrap"),
      wideCellHtml(c.category?.name ?? "—", "min-w-32"),
      wideCellHtml(html`<p class='line-clamp-2'>${c.description}</p>`, "max-w-xs"),
      wideCellHtml(c.residentName, "whitespace-nowrap"),
      wideCellHtml(c.handlerOrg.name, "min-w-36"),
      wideCellHtml(due, "whitespace-nowrap"),
      wideCellHtml(format.dateTime(c.receivedAt, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }), "whitespace-nowrap text-xs tabular-nums"),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
