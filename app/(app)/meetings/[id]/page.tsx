import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { findOverlaps, getMeeting, meetingActionsFor, meetingOrgOptions } from "@/lib/data/meetings";
import { addDays } from "@/lib/domain/dates";
import { cityDateTimeLabel, mayStartAt } from "@/lib/domain/meeting";
import { loadOr404, routeId } from "@/lib/page-guards";
import { param, type SearchParams } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Card, DescriptionList, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CrossDistrictBadge, DisputeStatusBadge, LevelBadge, MeetingStatusBadge, OutcomeBadge, OverdueBadge, ResolutionStatusBadge } from "@/components/disputes/badges";
import { AmendmentForm, RespondForm, ResolutionForm } from "@/components/meetings/lazy";
import { addAmendmentAction, addResolutionAction, deleteResolutionAction, holdMeetingAction, respondToInvitationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("title") };
}

const DONE = ["scheduled", "rescheduled", "invitations", "cancelled", "responded", "attendance", "minutes", "finalized", "resolutionAdded", "amended"] as const;

export default async function MeetingPage({ params, searchParams }: PageProps<"/meetings/[id]">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  const sp = (await searchParams) as SearchParams;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const actions = meetingActionsFor(actor, { ...meeting, invitations: meeting.invitations });
  const convener = actor.orgId === meeting.convenerOrgId;
  const day = today();
  const [overlaps, orgs] = await Promise.all([
    convener && meeting.status === "SCHEDULED" ? findOverlaps(actor, { startsAt: meeting.startsAt, endsAt: meeting.endsAt, orgIds: meeting.invitations.map((i) => i.orgId), excludeMeetingId: meeting.id }) : Promise.resolve([]),
    actions.includes("editResolutions") ? meetingOrgOptions(actor) : Promise.resolve([]),
  ]);
  const done = DONE.find((d) => d === param(sp, "done"));
  const doneText: Record<(typeof DONE)[number], string> = {
    scheduled: t("meetings.saved"), rescheduled: t("meetings.rescheduled"), invitations: t("meetings.invitationsSaved"), cancelled: t("meetings.cancelled"),
    responded: t("meetings.respond.done"), attendance: t("meetings.attendanceSaved"), minutes: t("meetings.minutesSaved"), finalized: t("meetings.minutesFinalized"),
    resolutionAdded: t("meetings.resolutionAdded"), amended: t("meetings.amendmentAdded"),
  };
  const dateTime = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const timeRange = `${dateTime(meeting.startsAt)}–${format.dateTime(meeting.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
  const myInvitation = meeting.invitations.find((i) => i.orgId === actor.orgId) ?? null;
  const attendedOrgs = new Set(meeting.attendance.map((a) => a.orgId));
  const absent = meeting.invitations.filter((i) => !attendedOrgs.has(i.orgId));
  const held = meeting.status === "HELD";
  const final = meeting.minutesStatus === "FINAL";
  const itemOptions = meeting.agendaItems.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` }));
  const invitedFirst = [...meeting.invitations.map((i) => ({ value: i.org.id, label: i.org.name, group: t("meetings.invitees") })), ...orgs.filter((o) => !meeting.invitations.some((i) => i.orgId === o.id)).map((o) => ({ value: o.id, label: o.name, group: t(`org.kind.${o.kind}` as never) }))];

  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.ref} · ${t("disputes.labelled", { label: t("meetings.convener"), value: meeting.convener.name })} · ${timeRange}`}
        breadcrumbs={<Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link>}
        actions={
          <>
            {actions.includes("hold") && !mayStartAt(meeting.startsAt, new Date()) ? (
              <p className="max-w-xs text-sm text-slate-600" data-testid="starts-later">{t("meetings.startsLater", { time: cityDateTimeLabel(meeting.startsAt) })}</p>
            ) : actions.includes("hold") ? (
              <ConfirmAction variant="primary" label={t("meetings.actions.hold")} confirm={t("meetings.holdConfirm")} action={holdMeetingAction.bind(null, meeting.id, meeting.version)} />
            ) : null}
            {actions.includes("recordAttendance") ? <LinkButton href={`/meetings/${meeting.id}/attendance`} variant="primary">{t("meetings.actions.attendance")}</LinkButton> : null}
            {actions.includes("editMinutes") ? <LinkButton href={`/meetings/${meeting.id}/minutes`} variant="primary">{t("meetings.actions.minutes")}</LinkButton> : null}
            {actions.includes("reschedule") ? <LinkButton href={`/meetings/${meeting.id}/edit`}>{t("meetings.actions.edit")}</LinkButton> : null}
            {held ? <LinkButton href={`/meetings/${meeting.id}/print`}>{t("meetings.actions.print")}</LinkButton> : null}
            {convener && meeting.status !== "CANCELLED" ? <LinkButton href={`/meetings/${meeting.id}/sign-in-sheet`}>{t("meetings.actions.signInSheet")}</LinkButton> : null}
            <a href={`/api/ical/meetings/${meeting.id}`} className={buttonClass("ghost")} download>{t("meetings.actions.ics")}</a>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <LevelBadge level={meeting.level} meeting />
        <MeetingStatusBadge status={meeting.status} minutesStatus={meeting.minutesStatus} />
        {convener ? <Badge tone="info">{t("meetings.yourMeeting")}</Badge> : null}
      </div>
      <div className="mb-4 space-y-2">
        {done ? <Notice tone="success">{doneText[done]}</Notice> : null}
        {meeting.status === "CANCELLED" ? (
          <Notice tone="danger">{t("meetings.cancelledNotice", { date: meeting.cancelledAt ? dateTime(meeting.cancelledAt) : "", reason: meeting.cancelReason })}</Notice>
        ) : null}
        {overlaps.length > 0 ? (
          <div data-testid="overlap-warning">
            <Notice tone="warning">
              <p className="font-medium">{t("meetings.overlapTitle")}</p>
              <p>{t("meetings.overlapIntro")}</p>
              <ul className="mt-1 list-disc pl-5">
                {overlaps.map((w, i) => {
                  const args = { meeting: w.title ?? "", convener: w.convenerName, orgs: w.orgNames.join("、"), start: cityDateTimeLabel(w.startsAt), end: cityDateTimeLabel(w.endsAt).slice(11) };
                  return <li key={i}>{w.title ? t("meetings.overlapMeeting", args) : t("meetings.overlapOther", args)}</li>;
                })}
              </ul>
            </Notice>
          </div>
        ) : null}
      </div>

      <div className="grid gap-5 xl:grid-cols-3">
        <div className="min-w-0 space-y-5 xl:col-span-2">
          <Card title={t("meetings.agenda")}>
            {held && meeting.summary ? <p className="mb-4 whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm text-slate-700">{meeting.summary}</p> : null}
            <ol className="space-y-4">
              {meeting.agendaItems.map((a, i) => (
                <li key={a.id} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-sm font-semibold">{i + 1}.</span>
                    {a.dispute ? (
                      <>
                        <Link href={`/disputes/${a.dispute.id}`} className="record-link">{a.title}</Link>
                        <span className="font-mono text-xs text-slate-500">{a.dispute.ref}</span>
                        <DisputeStatusBadge status={a.dispute.status} />
                        {a.dispute.crossDistrict ? <CrossDistrictBadge /> : null}
                        {held ? <OutcomeBadge outcome={a.outcome} /> : null}
                      </>
                    ) : (
                      <>
                        <span className="font-medium">{a.title}</span>
                        <Badge>{t("meetings.agendaOther")}</Badge>
                      </>
                    )}
                  </div>
                  {held ? <p className="mt-2 whitespace-pre-wrap text-sm text-slate-700">{a.minutes || t("meetings.noMinutes")}</p> : null}
                </li>
              ))}
            </ol>
            {final && meeting.finalizedAt ? <p className="mt-3 text-xs text-slate-500">{t("meetings.minutesFinalAt", { name: meeting.finalizedByName, time: dateTime(meeting.finalizedAt) })}</p> : null}
          </Card>

          <Card title={t("meetings.resolutions")} id="resolutions">
            <p className="mb-3 text-xs text-slate-500">{t("meetings.resolutionsIntro")}</p>
            {meeting.resolutions.length === 0 ? <EmptyState>{t("meetings.noResolutions")}</EmptyState> : (
              <Table caption={t("meetings.resolutions")}>
                <thead>
                  <tr><Th>{t("meetings.resolutionDescription")}</Th><Th>{t("meetings.resolutionResponsible")}</Th><Th>{t("meetings.resolutionDue")}</Th><Th>{t("meetings.resolutionStatus")}</Th>{actions.includes("editResolutions") ? <Th><span className="sr-only">{t("common.actions")}</span></Th> : null}</tr>
                </thead>
                <tbody>
                  {meeting.resolutions.map((r) => (
                    <Tr key={r.id}>
                      <Td className="min-w-48">
                        {final ? <Link href={`/resolutions/${r.id}`} className="text-brand-700 hover:underline">{r.description}</Link> : r.description}
                        {r.agendaItem ? <p className="text-xs text-slate-500">{r.agendaItem.title}</p> : null}
                      </Td>
                      <Td className="min-w-32 text-xs">{r.responsibleOrg.name}</Td>
                      <Td className="whitespace-nowrap text-xs">{r.dueDate}</Td>
                      <Td>
                        <span className="inline-flex flex-wrap gap-1">
                          <ResolutionStatusBadge status={r.status} />
                          {final ? <OverdueBadge due={r.dueDate} today={day} outstanding={r.status === "OPEN" || r.status === "IN_PROGRESS"} /> : null}
                        </span>
                      </Td>
                      {actions.includes("editResolutions") ? (
                        <Td>
                          <ClientMessages namespaces={["meetings"]}>
                            <ConfirmAction variant="ghost" label={t("meetings.resolutionDelete")} confirm={t("meetings.resolutionDeleteConfirm")} action={deleteResolutionAction.bind(null, meeting.id, r.id)} />
                          </ClientMessages>
                        </Td>
                      ) : null}
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
            {actions.includes("editResolutions") ? (
              <div className="mt-4">
                <ClientMessages namespaces={["meetings"]}>
                  <ResolutionForm meetingId={meeting.id} orgs={invitedFirst} items={itemOptions} defaultDue={addDays(day, 15)} action={addResolutionAction.bind(null, meeting.id)} />
                </ClientMessages>
              </div>
            ) : null}
          </Card>

          {final ? (
            <Card title={t("meetings.amendments")}>
              <p className="mb-3 text-xs text-slate-500">{t("meetings.amendmentsIntro")}</p>
              {meeting.amendments.length === 0 ? <p className="text-sm text-slate-500">{t("meetings.noAmendments")}</p> : (
                <ul className="mb-4 space-y-2" data-testid="amendments">
                  {meeting.amendments.map((a) => (
                    <li key={a.id} className="rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm">
                      {a.agendaItemId ? <p className="text-xs text-slate-600">{meeting.agendaItems.find((i) => i.id === a.agendaItemId)?.title}</p> : null}
                      <p className="whitespace-pre-wrap">{a.text}</p>
                      <p className="mt-1 text-xs text-slate-500">{t("meetings.amendmentBy", { name: a.authorName, time: dateTime(a.at) })}</p>
                    </li>
                  ))}
                </ul>
              )}
              {actions.includes("amend") ? (
                <ClientMessages namespaces={["meetings"]}>
                  <AmendmentForm meetingId={meeting.id} items={itemOptions} action={addAmendmentAction.bind(null, meeting.id)} />
                </ClientMessages>
              ) : null}
            </Card>
          ) : null}
        </div>

        <div className="min-w-0 space-y-5">
          {actions.includes("respond") && myInvitation ? (
            <Card title={t("meetings.respond.title")}>
              <p className="mb-2 flex flex-wrap items-center gap-2 text-sm">{t("meetings.myInvitation")}<Badge tone={myInvitation.status === "CONFIRMED" ? "success" : myInvitation.status === "DECLINED" ? "warning" : "info"}>{t(`meetings.invitationStatus.${myInvitation.status}` as never)}</Badge></p>
              <ClientMessages namespaces={["meetings"]}>
                <RespondForm
                  meetingId={meeting.id}
                  initial={{ response: myInvitation.status === "DECLINED" ? "DECLINE" : "CONFIRM", attendeeNames: myInvitation.attendeeNames, declineReason: myInvitation.declineReason }}
                  action={respondToInvitationAction.bind(null, meeting.id)}
                />
              </ClientMessages>
            </Card>
          ) : null}

          <Card title={t("disputes.details")}>
            <DescriptionList
              items={[
                { label: t("meetings.time"), value: timeRange },
                { label: t("meetings.place"), value: meeting.place },
                { label: t("meetings.chair"), value: meeting.chair },
                { label: t("meetings.convener"), value: meeting.convener.name },
                { label: t("meetings.level"), value: t(`disputes.levelMeeting.${meeting.level}` as never) },
                { label: t("meetings.ref"), value: meeting.ref },
              ]}
            />
          </Card>

          <Card title={t("meetings.invitations")}>
            <ul className="divide-y divide-slate-100" data-testid="invitations">
              {meeting.invitations.map((i) => (
                <li key={i.id} className="py-2 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span>{i.org.name}</span>
                    <Badge tone={i.status === "CONFIRMED" ? "success" : i.status === "DECLINED" ? "warning" : "neutral"}>{t(`meetings.invitationStatus.${i.status}` as never)}</Badge>
                  </div>
                  {i.status === "CONFIRMED" && i.attendeeNames ? <p className="text-xs text-slate-600">{t("disputes.labelled", { label: t("meetings.attendeeNames"), value: i.attendeeNames })}</p> : null}
                  {i.status === "DECLINED" ? <p className="text-xs text-amber-900">{t("disputes.labelled", { label: t("meetings.declineReason"), value: i.declineReason })}</p> : null}
                </li>
              ))}
            </ul>
          </Card>

          {held ? (
            <Card title={t("meetings.attendance")}>
              {meeting.attendance.length === 0 ? <p className="text-sm text-slate-500">{t("meetings.attendanceEmpty")}</p> : (
                <ul className="space-y-1 text-sm" data-testid="attendance">
                  {meeting.attendance.map((a) => (
                    <li key={a.id}>
                      {a.org?.name ?? t("meetings.attendanceNoOrg")} · {a.position ? t("disputes.withNote", { text: a.personName, note: a.position }) : a.personName}
                      {a.capacity === "OBSERVING" ? <Badge className="ml-1">{t("meetings.capacityValue.OBSERVING")}</Badge> : null}
                    </li>
                  ))}
                </ul>
              )}
              <h3 className="mt-4 text-xs font-semibold text-slate-600">{t("meetings.absent")}</h3>
              {absent.length === 0 ? <p className="text-sm text-slate-500">{t("meetings.absentNone")}</p> : (
                <ul className="mt-1 space-y-1 text-sm" data-testid="absent">
                  {absent.map((i) => (
                    <li key={i.id} className="text-red-800">
                      {i.org.name}
                      {i.status === "DECLINED" ? <span className="ml-1 text-xs text-slate-600">{t("disputes.labelled", { label: t("meetings.excused"), value: i.declineReason })}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
