import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { assessedUnit, getPeriod, unitRecords, type MeetingRecord } from "@/lib/data/assessment";
import { complaintMeasureSchema, meetingMeasureSchema } from "@/lib/domain/assessment";
import { loadOr404, routeId } from "@/lib/page-guards";
import { param } from "@/lib/search-params";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { InvalidPeriodNotice } from "@/components/assessment/invalid-period";
import { drillHref } from "@/components/assessment/ranking-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("records.title") };
}

/** The joint-meeting records behind one of a unit's assessment numbers (invitations, resolutions,
 * escalations); the list's length is the number on the ranking. Out of scope: 404. */
export default async function AssessmentRecordsPage({ params, searchParams }: PageProps<"/assessment/[id]/units/[orgId]/records">) {
  const actor = await requireActor();
  const { id, orgId } = await params;
  const asked = param(await searchParams, "measure");
  const measure = meetingMeasureSchema.safeParse(asked).data;
  const complaintMeasure = complaintMeasureSchema.safeParse(asked).data;
  if (!measure && !complaintMeasure) notFound();
  const period = await loadOr404(() => getPeriod(actor, routeId(id)));
  if (!period.datesValid) return <InvalidPeriodNotice period={period} />;
  // The ranking links every number here (short links: a street ranking has 2,000 of them); the
  // complaints behind a number are the complaints list, filtered.
  if (complaintMeasure) {
    const unit = await loadOr404(() => assessedUnit(actor, period.id, routeId(orgId)));
    redirect(drillHref(unit.period, unit.orgId, complaintMeasure)!);
  }
  if (!measure) notFound();
  const d = await loadOr404(() => unitRecords(actor, routeId(id), routeId(orgId), measure));
  const [t, td, format] = await Promise.all([getTranslations("assessment"), getTranslations("disputes"), getFormatter()]);
  const p = d.period;
  const when = (at: Date) => format.dateTime(at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const link = "text-brand-700 hover:underline";
  return (
    <>
      <PageHeader
        title={`${d.unit.name}：${t(`records.measure.${measure}`)}`}
        description={`${p.name} · ${t("period.dates", { from: p.fromDate, to: p.toDate })}`}
        breadcrumbs={<><Link href={`/assessment/${p.id}?kind=${d.unit.kind}`} className="hover:underline">{p.name}</Link> / <Link href={`/assessment/${p.id}/units/${d.unit.id}`} className="hover:underline">{d.unit.name}</Link></>}
      />
      <Card title={t("records.count", { count: d.records.length })} className="min-w-0">
        <p className="mb-3 text-xs text-slate-500">{t(`records.rule.${measure}`)}</p>
        {d.records.length === 0 ? <EmptyState>{t("records.empty")}</EmptyState> : (
          <Table caption={t(`records.measure.${measure}`)}>
            <RecordsHead kind={d.records[0]!.kind} t={t} />
            <tbody data-testid="assessment-records">
              {d.records.map((r) => (
                <Tr key={`${r.kind}-${r.id}`}>
                  {r.kind === "invitation" ? (
                    <>
                      <Td className="whitespace-nowrap tabular-nums">{when(r.startsAt)}</Td>
                      <Td><Link href={`/meetings/${r.meetingId}`} className={link}>{r.meetingRef}</Link> {r.meetingTitle}</Td>
                      <Td className="whitespace-nowrap">{td(`levelMeeting.${r.level}` as never)}</Td>
                      <Td>{r.attended ? <Badge tone="success">{t("records.attended")}</Badge> : <Badge tone="danger">{t("records.absent")}</Badge>}</Td>
                    </>
                  ) : r.kind === "resolution" ? (
                    <>
                      <Td className="whitespace-nowrap tabular-nums">{r.dueDate}</Td>
                      <Td>{r.description}</Td>
                      <Td className="whitespace-nowrap"><Link href={`/meetings/${r.meetingId}`} className={link}>{r.meetingRef}</Link></Td>
                      <Td className="whitespace-nowrap tabular-nums">{r.doneDate ?? t("records.notDone")}</Td>
                      <Td>{r.overdue ? <Badge tone="danger">{t("records.overdue")}</Badge> : <Badge tone="success">{t("records.inTime")}</Badge>}</Td>
                    </>
                  ) : (
                    <>
                      <Td className="whitespace-nowrap tabular-nums">{when(r.createdAt)}</Td>
                      <Td><Link href={`/disputes/${r.disputeId}`} className={link}>{r.disputeRef}</Link> {r.disputeTitle}</Td>
                      <Td>{r.toOrgName}</Td>
                      <Td>
                        <Badge tone={r.status === "RETURNED" ? "danger" : r.status === "ACCEPTED" ? "success" : "neutral"}>{td(`escalationStatusValue.${r.status}` as never)}</Badge>
                        {r.returnReason ? <div className="mt-1 text-xs text-slate-600">{r.returnReason}</div> : null}
                      </Td>
                    </>
                  )}
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}

function RecordsHead({ kind, t }: { kind: MeetingRecord["kind"]; t: Awaited<ReturnType<typeof getTranslations<"assessment">>> }) {
  const cols = {
    invitation: ["meetingTime", "meeting", "level", "attendance"],
    resolution: ["dueDate", "resolution", "meeting", "doneDate", "result"],
    escalation: ["escalatedAt", "dispute", "escalatedTo", "status"],
  } as const;
  return <thead><tr>{cols[kind].map((c) => <Th key={c}>{t(`records.col.${c}`)}</Th>)}</tr></thead>;
}
