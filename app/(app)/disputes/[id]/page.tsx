import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { complaintOfDispute } from "@/lib/data/complaints";
import { disputeActionsFor, disputeAttachments, getDispute, visibleMeetingIds, actorView } from "@/lib/data/disputes";
import { today } from "@/lib/data/calendar";
import { needsMoreUnits } from "@/lib/domain/dispute";
import { shortOrgName } from "@/lib/domain/document";
import { escalationActions, escalationStatusSchema, isEscalationOverdue } from "@/lib/domain/escalation";
import { loadOr404, routeId } from "@/lib/page-guards";
import { param, type SearchParams } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { AttachmentList } from "@/components/ui/attachment-list";
import { LinkButton } from "@/components/ui/button";
import { DueDate } from "@/components/intake/due-date";
import { Card, DescriptionList, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import {
  CrossDistrictBadge, DisputeStatusBadge, EscalationStatusBadge, LevelBadge, MeetingStatusBadge, OutcomeBadge, OverdueBadge, ResolutionStatusBadge, UrgencyBadge,
} from "@/components/disputes/badges";
import { DecideEscalationForm, EscalateForm, ReopenForm } from "@/components/disputes/lazy";
import { DisputeTimeline } from "@/components/disputes/timeline";
import { decideEscalationAction, escalateDisputeAction, reopenDisputeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("title") };
}

const DONE = ["registered", "saved", "escalated", "decided", "reopened"] as const;

export default async function DisputePage({ params, searchParams }: PageProps<"/disputes/[id]">) {
  const actor = await requireActor();
  const dispute = await loadOr404(async () => getDispute(actor, routeId((await params).id)));
  const sp = (await searchParams) as SearchParams;
  const [t, format, allowed, files, visible, source] = await Promise.all([
    getTranslations(),
    getFormatter(),
    disputeActionsFor(actor, dispute),
    disputeAttachments(actor, dispute.id),
    visibleMeetingIds(actor, dispute.agendaItems.map((a) => a.meeting.id)),
    complaintOfDispute(actor, dispute.sourceComplaintId),
  ]);
  const day = today();
  const done = DONE.find((d) => d === param(sp, "done"));
  const dateTime = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const pending = dispute.escalations.find((e) => e.status === "PENDING") ?? null;
  const decisions = pending ? escalationActions({ status: escalationStatusSchema.parse(pending.status), toOrgId: pending.toOrgId }, actorView(actor)) : [];
  const holder = actor.orgId === dispute.ownerOrgId;
  const doneText: Record<(typeof DONE)[number], string> = {
    registered: t("disputes.registered"), saved: t("disputes.saved"), escalated: t("disputes.escalated"), decided: t("disputes.decided"), reopened: t("disputes.reopened"),
  };

  return (
    <>
      <PageHeader
        title={dispute.title}
        description={`${dispute.ref} · ${t("disputes.labelled", { label: t("disputes.owner"), value: dispute.owner.name })}`}
        breadcrumbs={<Link href="/disputes" className="hover:underline">{t("disputes.title")}</Link>}
        actions={
          <>
            {allowed.actions.includes("schedule") ? <LinkButton variant="primary" href={`/meetings/new?dispute=${dispute.id}`}>{t("disputes.schedule")}</LinkButton> : null}
            {allowed.actions.includes("edit") ? <LinkButton href={`/disputes/${dispute.id}/edit`}>{t("disputes.edit")}</LinkButton> : null}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="dispute-badges">
        <DisputeStatusBadge status={dispute.status} />
        <LevelBadge level={dispute.level} meeting />
        {dispute.crossDistrict ? <CrossDistrictBadge /> : null}
        <UrgencyBadge urgency={dispute.urgency} />
      </div>
      <div className="mb-4 space-y-2">
        {done ? <Notice tone="success">{doneText[done]}</Notice> : null}
        {holder && needsMoreUnits(dispute.units.length) && dispute.status !== "RESOLVED" ? <Notice tone="warning">{t("disputes.unitsWarning", { count: dispute.units.length })}</Notice> : null}
      </div>

      <div className="grid gap-5 xl:grid-cols-3">
        <div className="min-w-0 space-y-5 xl:col-span-2">
          <Card title={t("disputes.details")}>
            <p className="mb-4 whitespace-pre-wrap text-sm leading-relaxed text-slate-800">{dispute.description}</p>
            <DescriptionList
              items={[
                { label: t("disputes.parties"), value: dispute.parties || "—" },
                { label: t("disputes.urgency"), value: t(`disputes.urgencyValue.${dispute.urgency}` as never) },
                { label: t("disputes.level"), value: t(`disputes.levelMeeting.${dispute.level}` as never) },
                { label: t("disputes.owner"), value: dispute.owner.name },
                ...(dispute.currentDueDate ? [{
                  label: t("disputes.currentDue"),
                  value: <span className="inline-flex flex-wrap items-center gap-2"><DueDate date={dispute.currentDueDate} overdue={dispute.currentDueDate < day} /><span className="text-slate-600">{t(`disputes.waitingFor.${dispute.status}` as never)}</span></span>,
                }] : []),
                { label: t("disputes.registeredBy"), value: dispute.registeredBy.name },
                { label: t("disputes.registeredAt"), value: dateTime(dispute.createdAt) },
                ...(dispute.resolvedAt ? [{ label: t("disputes.resolvedAt"), value: dateTime(dispute.resolvedAt) }] : []),
                ...(dispute.crossDistrict ? [{ label: t("disputes.crossDistrict"), value: t(`disputes.crossDistrictWhy.${dispute.level}` as never, { districts: [...new Set(dispute.areas.map((a) => shortOrgName(a.area.district.name)))].join("、") } as never) }] : []),
                ...(source ? [{ label: t("disputes.sourceComplaint"), value: <Link href={`/complaints/${source.id}`} className="text-brand-700 hover:underline">{source.ref}</Link> }] : []),
              ]}
            />
          </Card>

          <Card title={t("disputes.areas")}>
            <Table caption={t("disputes.areas")}>
              <thead>
                <tr><Th>{t("disputes.areas")}</Th><Th>{t("disputes.district")}</Th><Th>{t("disputes.street")}</Th><Th>{t("disputes.community")}</Th><Th>{t("areas.propertyCompany")}</Th></tr>
              </thead>
              <tbody>
                {dispute.areas.map((a) => (
                  <Tr key={a.id}>
                    <Td className="whitespace-nowrap font-medium">{a.area.name}</Td>
                    <Td className="whitespace-nowrap">{shortOrgName(a.area.district.name)}</Td>
                    <Td className="whitespace-nowrap">{shortOrgName(a.area.street.name)}</Td>
                    <Td className="min-w-36">{a.area.community.name}</Td>
                    <Td className="min-w-40">{a.area.propertyCompany?.name ?? "—"}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>

          <Card title={t("disputes.meetings")}>
            {dispute.agendaItems.length === 0 ? (
              <EmptyState>{t("disputes.noMeetings")}</EmptyState>
            ) : (
              <Table caption={t("disputes.meetings")}>
                <thead>
                  <tr><Th>{t("disputes.meeting")}</Th><Th>{t("disputes.level")}</Th><Th>{t("disputes.meetingTime")}</Th><Th>{t("meetings.status")}</Th><Th>{t("disputes.outcome")}</Th></tr>
                </thead>
                <tbody>
                  {dispute.agendaItems.map((a) => (
                    <Tr key={a.id}>
                      <Td className="min-w-48">
                        {visible.has(a.meeting.id) ? <Link href={`/meetings/${a.meeting.id}`} className="record-link">{a.meeting.title}</Link> : <span className="font-medium">{a.meeting.title}</span>}
                        <p className="text-xs text-slate-500">{a.meeting.convener.name}</p>
                      </Td>
                      <Td><LevelBadge level={a.meeting.level} /></Td>
                      <Td className="whitespace-nowrap text-xs">{dateTime(a.meeting.startsAt)}</Td>
                      <Td><MeetingStatusBadge status={a.meeting.status} minutesStatus={a.meeting.minutesStatus} /></Td>
                      <Td>{a.meeting.minutesStatus === "FINAL" ? <OutcomeBadge outcome={a.outcome} /> : "—"}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>

          <Card title={t("disputes.resolutions")}>
            {dispute.resolutions.length === 0 ? (
              <EmptyState>{t("disputes.noResolutions")}</EmptyState>
            ) : (
              <Table caption={t("disputes.resolutions")}>
                <thead>
                  <tr><Th>{t("meetings.resolutionDescription")}</Th><Th>{t("meetings.resolutionResponsible")}</Th><Th>{t("meetings.resolutionDue")}</Th><Th>{t("meetings.resolutionStatus")}</Th></tr>
                </thead>
                <tbody>
                  {dispute.resolutions.map((r) => (
                    <Tr key={r.id}>
                      <Td className="min-w-48"><Link href={`/resolutions/${r.id}`} className="text-brand-700 hover:underline">{r.description}</Link></Td>
                      <Td className="min-w-32 text-xs">{r.responsibleOrg.name}</Td>
                      <Td className="whitespace-nowrap text-xs">{r.dueDate}</Td>
                      <Td>
                        <span className="inline-flex flex-wrap gap-1">
                          <ResolutionStatusBadge status={r.status} />
                          <OverdueBadge due={r.dueDate} today={day} outstanding={r.status === "OPEN" || r.status === "IN_PROGRESS"} />
                        </span>
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>

          <Card title={t("disputes.escalations")}>
            {dispute.escalations.length === 0 ? (
              <EmptyState>{t("disputes.noEscalations")}</EmptyState>
            ) : (
              <ul className="space-y-3">
                {dispute.escalations.map((e) => (
                  <li key={e.id} className="rounded-md border border-slate-200 p-3 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{e.fromOrg.name} → {e.toOrg.name}</span>
                      <EscalationStatusBadge status={e.status} />
                      {isEscalationOverdue(e, day) ? <OverdueBadge due={e.dueDate} today={day} outstanding /> : null}
                      <span className="text-xs text-slate-500">{dateTime(e.createdAt)} · {t("disputes.escalationDue")} {e.dueDate}</span>
                    </div>
                    <p className="mt-1 whitespace-pre-wrap text-slate-700">{t("disputes.labelled", { label: t("disputes.escalationReason"), value: e.reason })}</p>
                    {e.status === "RETURNED" ? <p className="mt-1 whitespace-pre-wrap text-red-800">{t("disputes.labelled", { label: t("disputes.returnReason"), value: e.returnReason })}</p> : null}
                    {e.decidedAt ? <p className="mt-1 text-xs text-slate-500">{t("disputes.labelled", { label: t("disputes.escalationDecided"), value: `${e.decidedByName} ${dateTime(e.decidedAt)}` })}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={t("disputes.timeline")}>
            <p className="mb-3 text-xs text-slate-500">{t("disputes.timelineIntro")}</p>
            <DisputeTimeline events={dispute.events} />
          </Card>
        </div>

        <div className="min-w-0 space-y-5">
          {pending && pending.toOrgId === actor.orgId ? (
            <Card title={t("disputes.pendingEscalation")}>
              <p className="mb-1 text-sm">{t("disputes.labelled", { label: t("disputes.escalationFrom"), value: pending.fromOrg.name })}</p>
              <p className="mb-1 whitespace-pre-wrap text-sm">{t("disputes.labelled", { label: t("disputes.escalationReason"), value: pending.reason })}</p>
              <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
                {t("disputes.labelled", { label: t("disputes.escalationDue"), value: pending.dueDate })}
                <OverdueBadge due={pending.dueDate} today={day} outstanding />
              </p>
              {decisions.length > 0 ? (
                <ClientMessages namespaces={["disputes"]}>
                  <DecideEscalationForm disputeId={dispute.id} version={pending.version} action={decideEscalationAction.bind(null, pending.id)} />
                </ClientMessages>
              ) : (
                <Notice tone="info">{t("disputes.leaderOnly")}</Notice>
              )}
            </Card>
          ) : null}

          {allowed.actions.includes("escalate") && allowed.escalateTo ? (
            <Card title={t("disputes.escalate")}>
              <ClientMessages namespaces={["disputes"]}>
                <EscalateForm disputeId={dispute.id} toLevel={allowed.escalateTo} version={dispute.version} action={escalateDisputeAction.bind(null, dispute.id)} />
              </ClientMessages>
            </Card>
          ) : holder && allowed.escalationRefusal && dispute.status === "UNRESOLVED" ? (
            <Notice tone="info">{t("disputes.escalateNotOffered", { reason: t(`errors.transition.${allowed.escalationRefusal}` as never) })}</Notice>
          ) : null}

          {allowed.actions.includes("reopen") ? (
            <Card title={t("disputes.reopen")}>
              <ClientMessages namespaces={["disputes"]}>
                <ReopenForm disputeId={dispute.id} version={dispute.version} action={reopenDisputeAction.bind(null, dispute.id)} />
              </ClientMessages>
            </Card>
          ) : null}

          <Card title={t("disputes.units")}>
            {dispute.units.length === 0 ? (
              <p className="text-sm text-slate-500">{t("common.none")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {dispute.units.map((u) => (
                  <li key={u.id}>{u.org.name}<span className="ml-1 text-xs text-slate-500">{t(`org.kind.${u.org.kind}` as never)}</span></li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={t("common.attachments")}>
            <AttachmentList files={files} />
          </Card>
        </div>
      </div>
    </>
  );
}
