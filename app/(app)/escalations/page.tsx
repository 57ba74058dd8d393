import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { listEscalations } from "@/lib/data/escalations";
import { pageRequest } from "@/lib/data/paging";
import { ESCALATION_STATUSES, isEscalationOverdue } from "@/lib/domain/escalation";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, filterParams, param, type SearchParams } from "@/lib/search-params";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCard, Table, Td, Th, Tr, WIDE } from "@/components/ui/table";
import { CrossDistrictBadge, EscalationStatusBadge, LevelBadge, OverdueBadge } from "@/components/disputes/badges";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes.escalationList");
  return { title: t("title") };
}

const FILTER_KEYS = ["direction", "status", "overdue"] as const;

export default async function EscalationsPage({ searchParams }: PageProps<"/escalations">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "escalations.view"));
  const params = (await searchParams) as SearchParams;
  const filter = { direction: enumParam(params, "direction", ["received", "sent"] as const), status: enumParam(params, "status", ESCALATION_STATUSES), overdue: param(params, "overdue") === "1" };
  const [t, format, page] = await Promise.all([getTranslations(), getFormatter(), listEscalations(actor, filter, pageRequest(params))]);
  const day = today();
  const l = (k: string) => t(`disputes.escalationList.${k}` as never);
  return (
    <>
      <PageHeader title={l("title")} description={l("intro")} />
      <Card>
        <FilterBar>
          <FilterSelect name="direction" label={l("direction")} defaultValue={filter.direction} allLabel={t("common.all")} options={[{ value: "received", label: l("received") }, { value: "sent", label: l("sent") }]} />
          <FilterSelect name="status" label={t("disputes.escalationStatus")} defaultValue={filter.status} allLabel={t("common.all")} options={ESCALATION_STATUSES.map((s) => ({ value: s, label: t(`disputes.escalationStatusValue.${s}`) }))} />
          <FilterSelect name="overdue" label={t("disputes.overdue")} defaultValue={filter.overdue ? "1" : ""} allLabel={t("common.all")} options={[{ value: "1", label: l("overdueOnly") }]} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{l("empty")}</EmptyState> : (
          <Table caption={l("title")} stacks>
            <thead>
              <tr><Th>{l("dispute")}</Th><Th className={WIDE}>{t("disputes.escalationFrom")}</Th><Th className={WIDE}>{t("disputes.escalationTo")}</Th><Th className={WIDE}>{l("createdAt")}</Th><Th className={WIDE}>{t("disputes.escalationDue")}</Th><Th className={WIDE}>{t("disputes.escalationStatus")}</Th></tr>
            </thead>
            <tbody>
              {page.rows.map((e) => (
                <Tr key={e.id}>
                  <Td className="sm:min-w-48">
                    <Link href={`/disputes/${e.dispute.id}`} className="record-link">{e.dispute.title}</Link>
                    <p className="flex flex-wrap items-center gap-1 font-mono text-xs text-slate-500">{e.dispute.ref} {e.dispute.crossDistrict ? <CrossDistrictBadge /> : null}</p>
                    <PhoneCard testId="escalation-card">
                      <div className="flex flex-wrap items-center gap-1">
                        <EscalationStatusBadge status={e.status} />
                        {isEscalationOverdue(e, day) ? <OverdueBadge due={e.dueDate} today={day} outstanding /> : null}
                        <span className="text-xs tabular-nums text-slate-700">{t("disputes.escalationDue")}：{e.dueDate}</span>
                      </div>
                      <p className="text-xs text-slate-700">{e.fromOrg.name} → {e.toOrg.name}</p>
                    </PhoneCard>
                  </Td>
                  <Td className={`${WIDE} min-w-32 text-xs`}>{e.fromOrg.name}<br /><LevelBadge level={e.fromLevel} /></Td>
                  <Td className={`${WIDE} min-w-32 text-xs`}>{e.toOrg.name}<br /><LevelBadge level={e.toLevel} /></Td>
                  <Td className={`${WIDE} whitespace-nowrap text-xs`}>{format.dateTime(e.createdAt, { year: "numeric", month: "2-digit", day: "2-digit" })}</Td>
                  <Td className={`${WIDE} whitespace-nowrap text-xs`}>{e.dueDate}</Td>
                  <Td className={WIDE}>
                    <span className="inline-flex flex-wrap gap-1">
                      <EscalationStatusBadge status={e.status} />
                      {isEscalationOverdue(e, day) ? <OverdueBadge due={e.dueDate} today={day} outstanding /> : null}
                    </span>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/escalations" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
