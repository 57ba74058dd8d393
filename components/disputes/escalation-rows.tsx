// The escalations list's rows as markup (docs/decisions/093), the cells the page rendered as elements.
import { getFormatter, getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { IsoDate } from "@/lib/domain/dates";
import { isEscalationOverdue } from "@/lib/domain/escalation";
import type { EscalationRow } from "@/lib/data/escalations";
import { ESCALATION_TONE } from "@/components/disputes/badges";
import { badgeHtml, overdueHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

export async function EscalationRows({ rows, today }: { rows: readonly EscalationRow[]; today: IsoDate }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const overdue = (days: number) => t("common.overdueDays", { days });
  const level = (l: string) => badgeHtml("neutral", t(`disputes.levelValue.${l}` as never));
  const markup = rows.map((e) => {
    const badges = html`${badgeHtml(ESCALATION_TONE[e.status] ?? "neutral", t(`disputes.escalationStatusValue.${e.status}` as never))}${isEscalationOverdue(e, today) ? overdueHtml(e.dueDate, true, overdue, today) : null}`;
    const card = phoneCardHtml("escalation-card", html`<div class='flex flex-wrap items-center gap-1'>${badges}<span class='text-xs tabular-nums text-slate-700'>${t("disputes.escalationDue")}：${e.dueDate}</span></div><p class='text-xs text-slate-700'>${e.fromOrg.name} → ${e.toOrg.name}</p>`);
    return html`<tr><td class='sm:min-w-48'>${recordLinkHtml(`/disputes/${e.dispute.id}`, e.dispute.title)}<p class='flex flex-wrap items-center gap-1 font-mono text-xs text-slate-500'>${e.dispute.ref} ${e.dispute.crossDistrict ? badgeHtml("warning", t("disputes.crossDistrict")) : null}</p>${card}</td>${[
      wideCellHtml(html`${e.fromOrg.name}<br>${level(e.fromLevel)}`, "min-w-32 text-xs"),
      wideCellHtml(html`${e.toOrg.name}<br>${level(e.toLevel)}`, "min-w-32 text-xs"),
      wideCellHtml(format.dateTime(e.createdAt, { year: "numeric", month: "2-digit", day: "2-digit" }), "whitespace-nowrap text-xs"),
      wideCellHtml(e.dueDate, "whitespace-nowrap text-xs"),
      wideCellHtml(html`<span class='inline-flex flex-wrap gap-1'>${badges}</span>`),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
