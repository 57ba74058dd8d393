// The joint-meeting part of each organisation's inbox: invitations to answer, escalations to
// decide, disputes awaiting a meeting, returned escalations, meetings, resolutions owed, overdue
// and awaiting confirmation. Sections with nothing in them are not shown.
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { jointMeetingInbox } from "@/lib/data/joint-meeting-inbox";
import type { Actor } from "@/lib/scope";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/layout";
import { CrossDistrictBadge, DisputeStatusBadge, OverdueBadge, ResolutionStatusBadge, UrgencyBadge } from "@/components/disputes/badges";

function Section({ title, href, count, children, testId, more }: { title: string; href: string; count: number; children: ReactNode; testId: string; more: string }) {
  return (
    <Card title={<span>{title} <Badge tone="info" className="ml-1 align-middle">{count}</Badge></span>} actions={<Link href={href} className="text-sm text-brand-700 hover:underline">{more}</Link>}>
      <ul className="divide-y divide-slate-100" data-testid={testId}>{children}</ul>
    </Card>
  );
}

export async function JointMeetingInbox({ actor }: { actor: Actor }) {
  const inbox = await jointMeetingInbox(actor);
  if (!inbox) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const h = (k: string, v?: Record<string, string>) => t(`home.jointMeetings.${k}` as never, v as never);
  const when = (d: Date) => format.dateTime(d, { month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit" });
  const city = actor.orgKind === "HOUSING_BUREAU";
  const row = "flex flex-wrap items-center justify-between gap-2 py-2 text-sm";
  return (
    <>
      {inbox.invitations.length > 0 ? (
        <Section more={h("viewAll")} title={h("invitations")} href="/meetings" count={inbox.invitations.length} testId="inbox-invitations">
          {inbox.invitations.map((i) => (
            <li key={i.id} className={row}>
              <div className="min-w-0">
                <Link href={`/meetings/${i.meeting.id}`} className="record-link">{i.meeting.title}</Link>
                <p className="text-xs text-slate-500">{when(i.meeting.startsAt)} · {i.meeting.place} · {h("convenedBy", { org: i.meeting.convener.name })}</p>
              </div>
              <Link href={`/meetings/${i.meeting.id}`} className="text-xs text-brand-700 hover:underline">{h("respond")}</Link>
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.escalations.length > 0 ? (
        <Section more={h("viewAll")} title={h(city ? "cityEscalations" : "escalations")} href="/escalations?direction=received&status=PENDING" count={inbox.escalations.length} testId="inbox-escalations">
          {inbox.escalations.map((e) => (
            <li key={e.id} className={row}>
              <div className="min-w-0">
                <Link href={`/disputes/${e.dispute.id}`} className="record-link">{e.dispute.title}</Link>
                {e.dispute.crossDistrict ? <span className="ml-1 align-middle"><CrossDistrictBadge /></span> : null}
                <p className="text-xs text-slate-500">{e.dispute.ref} · {h("from", { org: e.fromOrg.name })} · {h("due", { date: e.dueDate })}</p>
              </div>
              <OverdueBadge due={e.dueDate} today={inbox.today} outstanding />
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.returned.length > 0 ? (
        <Section more={h("viewAll")} title={h("returned")} href="/disputes?held=1&status=RETURNED" count={inbox.returned.length} testId="inbox-returned">
          {inbox.returned.map((d) => (
            <li key={d.id} className={row}>
              <div className="min-w-0">
                <Link href={`/disputes/${d.id}`} className="record-link">{d.title}</Link>
                {d.escalations[0] ? <p className="text-xs text-red-800">{h("returnedBy", { org: d.escalations[0].toOrg.name, reason: d.escalations[0].returnReason })}</p> : null}
              </div>
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.awaitingMeeting.length > 0 ? (
        <Section more={h("viewAll")} title={h("awaitingMeeting")} href="/disputes?held=1" count={inbox.awaitingMeeting.length} testId="inbox-awaiting">
          {inbox.awaitingMeeting.map((d) => (
            <li key={d.id} className={row}>
              <div className="min-w-0">
                <Link href={`/disputes/${d.id}`} className="record-link">{d.title}</Link>
                <span className="ml-1 inline-flex gap-1 align-middle"><UrgencyBadge urgency={d.urgency} />{d.crossDistrict ? <CrossDistrictBadge /> : null}</span>
                <p className="text-xs text-slate-500">{d.ref}</p>
              </div>
              <DisputeStatusBadge status={d.status} />
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.meetings.length > 0 ? (
        <Section more={h("viewAll")} title={h("meetings")} href="/meetings" count={inbox.meetings.length} testId="inbox-meetings">
          {inbox.meetings.map((m) => (
            <li key={m.id} className={row}>
              <div className="min-w-0">
                <Link href={`/meetings/${m.id}`} className="record-link">{m.title}</Link>
                <p className="text-xs text-slate-500">{when(m.startsAt)} · {m.place}{m.convenerOrgId !== actor.orgId ? ` · ${h("convenedBy", { org: m.convener.name })}` : ""}</p>
              </div>
              {m.status === "HELD" ? <Badge tone="warning">{h("minutesPending")}</Badge> : null}
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.myResolutions.length > 0 ? (
        <Section more={h("viewAll")} title={h("myResolutions")} href="/resolutions?role=mine" count={inbox.myResolutions.length} testId="inbox-my-resolutions">
          {inbox.myResolutions.map((r) => (
            <li key={r.id} className={row}>
              <div className="min-w-0">
                <Link href={`/resolutions/${r.id}`} className="record-link">{r.description}</Link>
                <p className="text-xs text-slate-500">{r.meeting.title} · {h("due", { date: r.dueDate })}</p>
              </div>
              <span className="inline-flex gap-1"><ResolutionStatusBadge status={r.status} /><OverdueBadge due={r.dueDate} today={inbox.today} outstanding /></span>
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.overdueResolutions.length > 0 ? (
        <Section more={h("viewAll")} title={h("overdueResolutions")} href="/resolutions?role=convened&overdue=1" count={inbox.overdueResolutions.length} testId="inbox-overdue">
          {inbox.overdueResolutions.map((r) => (
            <li key={r.id} className={row}>
              <div className="min-w-0">
                <Link href={`/resolutions/${r.id}`} className="record-link">{r.description}</Link>
                <p className="text-xs text-slate-500">{r.responsibleOrg.name} · {h("due", { date: r.dueDate })}</p>
              </div>
              <OverdueBadge due={r.dueDate} today={inbox.today} outstanding />
            </li>
          ))}
        </Section>
      ) : null}
      {inbox.toConfirm.length > 0 ? (
        <Section more={h("viewAll")} title={h("toConfirm")} href="/resolutions?confirm=1" count={inbox.toConfirm.length} testId="inbox-to-confirm">
          {inbox.toConfirm.map((r) => (
            <li key={r.id} className={row}>
              <div className="min-w-0">
                <Link href={`/resolutions/${r.id}`} className="record-link">{r.description}</Link>
                <p className="text-xs text-slate-500">{r.responsibleOrg.name} · {r.meeting.title}</p>
              </div>
              <ResolutionStatusBadge status={r.status} />
            </li>
          ))}
        </Section>
      ) : null}
    </>
  );
}
