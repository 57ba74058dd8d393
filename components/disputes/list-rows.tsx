// The disputes list's rows as markup (docs/decisions/093), the cells the page rendered as elements.
import { getFormatter, getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { DisputeListRow } from "@/lib/data/disputes";
import { DISPUTE_TONE } from "@/components/disputes/badges";
import { badgeHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

export async function DisputeRows({ rows }: { rows: readonly DisputeListRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const markup = rows.map((d) => {
    const registered = format.dateTime(d.createdAt, { year: "numeric", month: "2-digit", day: "2-digit" });
    const status = badgeHtml(DISPUTE_TONE[d.status] ?? "neutral", t(`disputes.statusValue.${d.status}` as never));
    const level = badgeHtml("neutral", t(`disputes.levelValue.${d.level}` as never));
    const areas = d.areas.map((a) => a.area.name).join("、");
    const flags = html`${d.urgency !== "NORMAL" ? badgeHtml("danger", t(`disputes.urgencyValue.${d.urgency}` as never)) : null}${d.crossDistrict ? badgeHtml("warning", t("disputes.crossDistrict")) : null}${d._count.resolutions + d._count.escalations > 0 ? badgeHtml("danger", t("disputes.overdue"), "font-semibold") : null}`;
    const card = phoneCardHtml("dispute-card", html`<div class='flex flex-wrap items-center gap-1'>${status}${level}</div><p class='text-sm text-slate-800'>${areas}</p><p class='text-xs text-slate-600'><span class='font-mono'>${d.ref}</span> · ${d.owner.name} · ${registered}</p>`);
    return html`<tr>${wideCellHtml(d.ref, "whitespace-nowrap font-mono text-xs")}<td class='sm:min-w-56'>${recordLinkHtml(`/disputes/${d.id}`, d.title)}<span class='ml-1 inline-flex gap-1 align-middle'>${flags}</span>${card}</td>${[
      wideCellHtml(areas, "min-w-32 text-xs"),
      wideCellHtml(level),
      wideCellHtml(status),
      wideCellHtml(d.owner.name, "min-w-32 text-xs"),
      wideCellHtml(registered, "whitespace-nowrap text-xs"),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
