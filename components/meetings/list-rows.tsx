// The meetings list's rows as markup (docs/decisions/093), the cells the page rendered as elements.
import { getFormatter, getTranslations } from "next-intl/server";
import { html } from "@/lib/html";
import type { MeetingListRow } from "@/lib/data/meetings";
import { MEETING_TONE } from "@/components/disputes/badges";
import { badgeHtml, phoneCardHtml, recordLinkHtml, wideCellHtml } from "@/components/ui/html-cells";

const INVITATION_TONE = { CONFIRMED: "success", DECLINED: "warning" } as const;

export async function MeetingRows({ rows, actorOrgId }: { rows: readonly MeetingListRow[]; actorOrgId: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const markup = rows.map((m) => {
    const day = format.dateTime(m.startsAt, { year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
    const hours = `${format.dateTime(m.startsAt, { hour: "2-digit", minute: "2-digit" })}–${format.dateTime(m.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
    const answer = m.invitations[0]?.status;
    const invitation = m.convenerOrgId === actorOrgId ? badgeHtml("info", t("meetings.yourMeeting"))
      : answer ? badgeHtml(INVITATION_TONE[answer as keyof typeof INVITATION_TONE] ?? "neutral", t(`meetings.invitationStatus.${answer}` as never)) : null;
    const status = html`<span class='inline-flex flex-wrap gap-1'>${badgeHtml(MEETING_TONE[m.status] ?? "neutral", t(`meetings.statusValue.${m.status}` as never))}${m.status === "HELD" && m.minutesStatus ? badgeHtml(m.minutesStatus === "FINAL" ? "success" : "warning", t(`meetings.minutesStatusValue.${m.minutesStatus}` as never)) : null}</span>`;
    const level = badgeHtml("neutral", t(`disputes.levelValue.${m.level}` as never));
    const card = phoneCardHtml("meeting-card", html`<p class='text-sm tabular-nums text-slate-800'>${day} ${hours}</p><div class='flex flex-wrap items-center gap-1'>${status}${level}${invitation}</div><p class='text-xs text-slate-600'>${m.convener.name}</p>`);
    return html`<tr>${wideCellHtml(html`${day}<br>${hours}`, "whitespace-nowrap text-xs")}<td class='sm:min-w-56'>${recordLinkHtml(`/meetings/${m.id}`, m.title)}<p class='text-xs text-slate-500'>${m.place}</p>${card}</td>${[
      wideCellHtml(level),
      wideCellHtml(m.convener.name, "min-w-32 text-xs"),
      wideCellHtml(m.agendaItems.map((a) => a.dispute?.ref).filter(Boolean).join(" "), "font-mono text-xs"),
      wideCellHtml(status),
      wideCellHtml(invitation ?? "—"),
    ]}</tr>`;
  });
  return <tbody dangerouslySetInnerHTML={{ __html: html`${markup}`.text }} />;
}
