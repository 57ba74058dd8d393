// The resolutions list's rows as markup (docs/decisions/093), the cells the page rendered as elements.
import { getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { IsoDate } from "@/lib/domain/dates";
import type { ResolutionRow } from "@/lib/data/resolutions";
import { RESOLUTION_TONE } from "@/components/disputes/badges";
import { badgeHtml, linkHtml, overdueHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

export async function ResolutionRows({ rows, today }: { rows: readonly ResolutionRow[]; today: IsoDate }) {
  const t = await getTranslations();
  const overdue = (days: number) => t("common.overdueDays", { days });
  const markup = rows.map((r) => {
    const badges = html`${badgeHtml(RESOLUTION_TONE[r.status] ?? "neutral", t(`meetings.resolutionStatusValue.${r.status}` as never))}${overdueHtml(r.dueDate, r.status === "OPEN" || r.status === "IN_PROGRESS", overdue, today)}`;
    const meeting = linkHtml(`/meetings/${r.meeting.id}`, r.meeting.title);
    const card = phoneCardHtml("resolution-card", html`<div class='flex flex-wrap items-center gap-1'>${badges}<span class='text-xs tabular-nums text-slate-700'>${t("meetings.resolutionDue")}：${r.dueDate}</span></div><p class='text-sm text-slate-800'>${r.responsibleOrg.name}</p><p class='text-xs text-slate-600'>${meeting}${r.dispute ? html` · <span class='font-mono'>${r.dispute.ref}</span>` : null}</p>`);
    return html`<tr><td class='sm:min-w-48'>${recordLinkHtml(`/resolutions/${r.id}`, r.description)}${card}</td>${[
      wideCellHtml(r.responsibleOrg.name, "min-w-32 text-xs"),
      wideCellHtml(meeting, "min-w-40 text-xs"),
      wideCellHtml(r.dispute ? linkHtml(`/disputes/${r.dispute.id}`, r.dispute.ref) : "—", "font-mono text-xs"),
      wideCellHtml(r.dueDate, "whitespace-nowrap text-xs"),
      wideCellHtml(html`<span class='inline-flex flex-wrap gap-1'>${badges}</span>`),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
