import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { splitReplyNote } from "@/lib/domain/complaint";
import { requireActor } from "@/lib/auth";
import { assignmentTargets, disputeOfComplaint, getComplaint } from "@/lib/data/complaints";
import { can } from "@/lib/permissions";
import { LinkButton } from "@/components/ui/button";
import { deadlineRule } from "@/lib/data/calendar";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { AttachmentList } from "@/components/ui/attachment-list";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { ComplaintStatusBadge } from "@/components/complaints/status-badge";
import { ComplaintSteps } from "@/components/complaints/lazy";
import { DueDate } from "@/components/intake/due-date";
import { Timeline } from "@/components/intake/timeline";
import { ComplaintSupervisionCard } from "@/components/supervision/complaint-card";
import { SatisfactionCard } from "@/components/satisfaction/satisfaction-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints");
  return { title: t("details") };
}

const DONE = ["accept", "notAccept", "assign", "reassign", "start", "return", "press", "requestExtension", "decideExtension", "handle", "reply", "close", "created", "petition"] as const;

export default async function ComplaintPage({ params, searchParams }: PageProps<"/complaints/[id]">) {
  const actor = await requireActor();
  const c = await loadOr404(async () => getComplaint(actor, routeId((await params).id)));
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const needsTargets = c.allowed.includes("assign") || c.allowed.includes("reassign");
  // toDispute has its own card; reopen comes with a dissatisfied return visit (SatisfactionCard).
  const steps = c.allowed.filter((a) => a !== "toDispute" && a !== "reopen");
  const [targets, acceptRule, handleRule, dispute] = await Promise.all([
    needsTargets ? assignmentTargets(actor, c.id) : Promise.resolve([]),
    deadlineRule("COMPLAINT_ACCEPT"),
    deadlineRule("COMPLAINT_HANDLE"),
    disputeOfComplaint(actor, c.disputeId),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—");
  const ruleText = (r: { days: number; dayType: string }) => t(`intake.ruleDays.${r.dayType}` as never, { days: r.days } as never);
  const done = typeof query.done === "string" && (DONE as readonly string[]).includes(query.done) ? query.done : null;
  const replyNote = (kind: string, note: string) => {
    if (kind !== "REPLIED") return note;
    const { method, text } = splitReplyNote(note);
    return method ? `${t(`complaints.replyMethod.${method}` as never)}｜${text}` : text;
  };
  const withheld = <span className="text-xs text-slate-500">（{t("complaints.masked")}）</span>;

  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{c.ref} <ComplaintStatusBadge status={c.status} />{c.overdue ? <Badge tone="danger">{t("complaints.overdue")}</Badge> : null}</span>}
        description={t("complaints.registeredBy", { org: c.registeredOrg.name, date: when(c.createdAt) })}
        breadcrumbs={<Link href="/complaints" className="hover:underline">{t("complaints.title")}</Link>}
      />
      {done ? <div className="mb-4"><Notice tone="success">{t(`complaints.done.${done}` as never)}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={t("complaints.details")}>
            <DescriptionList
              items={[
                { label: t("complaints.field.channel"), value: `${t(`complaints.channel.${c.channel}` as never)}${c.channelRef ? `（${c.channelRef}）` : ""}` },
                { label: t("complaints.field.receivedAt"), value: when(c.receivedAt) },
                { label: t("complaints.field.area"), value: c.area.name },
                { label: t("complaints.field.category"), value: c.category?.name ?? "—" },
                { label: t("complaints.field.residentName"), value: <span data-testid="resident-name">{c.residentName}{c.residentIdentified ? null : withheld}</span> },
                { label: t("complaints.field.residentPhone"), value: <span data-testid="resident-phone">{c.residentPhone || "—"}{c.residentIdentified || !c.residentPhone ? null : withheld}</span> },
                { label: t("complaints.field.aboutOrg"), value: c.aboutOrg?.name ?? t("complaints.field.aboutNone") },
                { label: t("complaints.field.handlerOrg"), value: c.handlerOrg.name },
              ]}
            />
            {!c.residentIdentified ? <p className="mt-3 text-xs text-slate-500">{t("complaints.maskedNote")}</p> : null}
            <h3 className="mt-4 text-xs font-medium text-slate-500">{t("complaints.field.description")}</h3>
            <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-900">{c.description}</p>
            <h3 className="mt-4 mb-1 text-xs font-medium text-slate-500">{t("complaints.field.attachments")}</h3>
            {c.attachments ? <AttachmentList files={c.attachments} /> : <p className="text-sm text-slate-500">{t("complaints.maskedFiles", { count: c.attachmentCount })}</p>}
          </Card>

          {c.photosBefore.length + c.photosAfter.length > 0 ? (
            <Card title={t("complaints.photos.title")}>
              <div className="grid gap-4 sm:grid-cols-2" data-testid="result-photos">
                <div><h3 className="mb-1 text-xs font-medium text-slate-600">{t("complaints.photos.before")}</h3><AttachmentList files={c.photosBefore} /></div>
                <div><h3 className="mb-1 text-xs font-medium text-slate-600">{t("complaints.photos.after")}</h3><AttachmentList files={c.photosAfter} /></div>
              </div>
            </Card>
          ) : null}

          <Card title={t("complaints.routing.title")}>
            <div className="space-y-2 text-sm" data-testid="complaint-routing">
              <p>
                <span className="text-slate-500">{t("complaints.routing.proposed")}：</span>
                <span className="font-medium">{c.proposedOrg?.name ?? "—"}</span>
                {c.proposedMode ? <span className="ml-2 text-xs text-slate-600">{t(`complaints.routing.mode${c.proposedMode}` as never)}</span> : null}
              </p>
              <p><span className="text-slate-500">{t("complaints.routing.dutyLine", { name: c.matchedDutyName })}</span></p>
              <p className="text-xs leading-relaxed text-slate-600">{t("complaints.routing.policy")}：{c.matchedPolicyText}</p>
              {c.suggested.length > 0 ? (
                <p className="text-xs text-slate-600">
                  {t("complaints.routing.words")}：{c.suggested.map((s) => `${s.name}（${s.terms.join("、")}）`).join("；")}
                </p>
              ) : null}
              {c.overrideReason ? <p className="text-sm"><span className="text-slate-500">{t("complaints.routing.override")}：</span>{c.overrideReason}</p> : null}
            </div>
          </Card>

          <Card title={t("complaints.resultTitle")}>
            {c.status === "NOT_ACCEPTED" ? (
              <DescriptionList items={[{ label: t("complaints.field.notAcceptedReason"), value: c.notAcceptedReason }]} />
            ) : c.result ? (
              <DescriptionList
                items={[
                  { label: t("complaints.field.result"), value: <span className="whitespace-pre-line">{c.result}</span> },
                  { label: t("complaints.field.handledAt"), value: when(c.handledAt) },
                  { label: t("complaints.field.replyMethod"), value: c.replyMethod ? t(`complaints.replyMethod.${c.replyMethod}` as never) : "—" },
                  { label: t("complaints.field.repliedAt"), value: when(c.repliedAt) },
                  { label: t("complaints.field.replyNote"), value: c.replyNote || "—" },
                  { label: t("complaints.field.closedAt"), value: when(c.closedAt) },
                ]}
              />
            ) : (
              <p className="text-sm text-slate-500">{t("complaints.noResult")}</p>
            )}
          </Card>

          <Card title={t("complaints.timeline.title")}>
            <Timeline
              empty="—"
              entries={c.events.map((e) => ({
                id: e.id, at: e.at, actorName: e.actorName, actorOrgName: e.actorOrgName, note: replyNote(e.kind, e.note),
                label: t(`complaints.timeline.kind.${e.kind}` as never),
                detail: e.toOrgName ? t("complaints.timeline.to", { org: e.toOrgName }) : undefined,
              }))}
            />
          </Card>
        </div>

        {/* On phones the record's actions come before its details. */}
        <div className="order-first space-y-5 xl:order-none">
          <Card title={t("complaints.actions.title")}>
            {steps.length === 0 ? (
              <p className="text-sm text-slate-500">{t("complaints.actions.none")}</p>
            ) : (
              <ClientMessages namespaces={["complaints", "org"]}>
                <ComplaintSteps
                  key={c.version}
                  id={c.id}
                  version={c.version}
                  allowed={steps}
                  targets={targets}
                  proposedOrgId={c.proposedOrgId}
                  currentHandlerId={c.handlerOrgId}
                  extensionMaxDays={c.extensionMaxDays}
                  handleDays={ruleText(handleRule)}
                  extensionRequest={c.extensionStatus === "REQUESTED" ? t("complaints.actions.extensionPending", { org: c.handlerOrg.name, days: c.extensionDays ?? 0, reason: c.extensionReason }) : null}
                />
              </ClientMessages>
            )}
          </Card>

          <SatisfactionCard actor={actor} complaint={c} done={typeof query.done === "string" ? query.done : undefined} />

          <Card title={t("complaints.deadlines.title")}>
            <DescriptionList
              items={[
                { label: t("complaints.deadlines.current"), value: <DueDate date={c.currentDueDate} overdue={c.overdue} /> },
                { label: t("complaints.deadlines.accept"), value: c.acceptDueDate },
                { label: t("complaints.deadlines.handle"), value: c.handleDueDate ?? "—" },
                ...(c.extendedDueDate ? [{ label: t("complaints.deadlines.extended"), value: c.extendedDueDate }] : []),
                ...(c.stepDueDate && (c.status === "RETURNED" || c.status === "HANDLED" || c.status === "REPLIED") ? [{ label: t(`complaints.deadlines.step.${c.status}`), value: c.stepDueDate }] : []),
                ...(c.extensionStatus
                  ? [{
                      label: t("complaints.deadlines.extension"),
                      value: c.extensionStatus === "APPROVED"
                        ? t("complaints.deadlines.extensionApproved", { days: c.extensionDays ?? 0, approver: c.extensionApproverName })
                        : c.extensionStatus === "REFUSED"
                          ? t("complaints.deadlines.extensionRefused", { approver: c.extensionApproverName })
                          : t("complaints.deadlines.extensionRequested", { days: c.extensionDays ?? 0, reason: c.extensionReason }),
                    }]
                  : []),
                { label: t("complaints.field.pressCount"), value: c.pressCount },
              ]}
            />
            <p className="mt-3 text-xs text-slate-500">{t("complaints.deadlines.rule", { accept: ruleText(acceptRule), handle: ruleText(handleRule) })}</p>
          </Card>

          <Card title={t("complaints.holders.title")} actions={<Badge tone={c.handOverCount > 1 ? "warning" : "neutral"}>{t("complaints.holders.count", { count: c.handOverCount })}</Badge>}>
            {c.holders.length === 0 ? (
              <p className="text-sm text-slate-500">{t("complaints.holders.none")}</p>
            ) : (
              <ol className="space-y-2" data-testid="holder-chain">
                {c.holders.map((h) => (
                  <li key={h.seq} className="rounded border border-slate-200 p-2 text-sm">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium">{h.seq}. {h.org.name}</span>
                      <Badge tone={h.endedAs === null ? "info" : h.endedAs === "HANDLED" ? "success" : "warning"}>
                        {h.endedAs === null ? t("complaints.holders.current") : t(`complaints.holders.ended.${h.endedAs}` as never)}
                      </Badge>
                    </div>
                    <p className="text-xs text-slate-500">
                      {h.until ? t("complaints.holders.range", { from: when(h.since), until: when(h.until) }) : t("complaints.holders.since", { from: when(h.since) })}
                    </p>
                    {h.endReason ? <p className="mt-1 text-xs text-slate-700">{h.endReason}</p> : null}
                    {h.overrideReason && h.endReason !== h.overrideReason ? <p className="mt-1 text-xs text-slate-500">{t("complaints.routing.override")}：{h.overrideReason}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>

          <ComplaintSupervisionCard actor={actor} complaintId={c.id} />

          {dispute || (c.allowed.includes("toDispute") && can(actor, "disputes.register")) ? (
            <Card title={t("complaints.dispute.title")}>
              {dispute ? (
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  {t("complaints.dispute.linked")}
                  <Link href={`/disputes/${dispute.id}`} className="record-link">{dispute.ref}</Link>
                </p>
              ) : (
                <>
                  <p className="mb-3 text-sm text-slate-600">{t("complaints.dispute.help")}</p>
                  <LinkButton href={`/disputes/new?complaint=${c.id}`}>{t("complaints.dispute.turn")}</LinkButton>
                </>
              )}
            </Card>
          ) : null}

          {c.duplicateOf || c.duplicates.length > 0 ? (
            <Card title={t("complaints.duplicates.linkedTitle")}>
              {c.duplicateOf ? (
                <p className="text-sm">
                  {t("complaints.duplicates.duplicateOf", { ref: c.duplicateOf.ref })}{" "}
                  <Link href={`/complaints/${c.duplicateOf.id}`} className="text-brand-700 hover:underline">{c.duplicateOf.ref}</Link>
                </p>
              ) : null}
              {c.duplicates.length > 0 ? (
                <ul className="mt-1 space-y-1 text-sm">
                  {c.duplicates.map((d) => (
                    <li key={d.id} className="flex items-center gap-2">
                      <Link href={`/complaints/${d.id}`} className="text-brand-700 hover:underline">{d.ref}</Link>
                      <ComplaintStatusBadge status={d.status} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
