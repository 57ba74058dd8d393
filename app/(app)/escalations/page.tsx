import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { listEscalations } from "@/lib/data/escalations";
import { pageRequest } from "@/lib/data/paging";
import { ESCALATION_STATUSES } from "@/lib/domain/escalation";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, filterParams, param, type SearchParams } from "@/lib/search-params";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { EscalationRows } from "@/components/disputes/escalation-rows";

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
  const [t, page] = await Promise.all([getTranslations(), listEscalations(actor, filter, pageRequest(params))]);
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
            <EscalationRows rows={page.rows} today={day} />
          </Table>
        )}
        <Pagination basePath="/escalations" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
