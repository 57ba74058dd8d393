import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listDisputes } from "@/lib/data/disputes";
import { pageRequest } from "@/lib/data/paging";
import { DISPUTE_LEVELS, DISPUTE_STATUSES } from "@/lib/domain/dispute";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, filterParams, param, type SearchParams } from "@/lib/search-params";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { DisputeRows } from "@/components/disputes/list-rows";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("title") };
}

const FILTER_KEYS = ["q", "status", "level", "held", "cross"] as const;

export default async function DisputesPage({ searchParams }: PageProps<"/disputes">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "disputes.view"));
  const params = (await searchParams) as SearchParams;
  const t = await getTranslations();
  const filter = {
    q: param(params, "q"),
    status: enumParam(params, "status", DISPUTE_STATUSES),
    level: enumParam(params, "level", DISPUTE_LEVELS),
    held: param(params, "held") === "1",
    crossDistrict: param(params, "cross") === "1",
  };
  const page = await listDisputes(actor, filter, pageRequest(params));
  return (
    <>
      <PageHeader
        title={t("disputes.title")}
        description={t(`disputes.scope.${actor.scope.level}`)}
        actions={can(actor, "disputes.register") ? <LinkButton href="/disputes/new" variant="primary">{t("disputes.new")}</LinkButton> : null}
      />
      <Card>
        <FilterBar>
          <FilterText name="q" label={t("common.search")} defaultValue={filter.q} placeholder={t("disputes.filter.search")} />
          <FilterSelect name="status" label={t("disputes.status")} defaultValue={filter.status} allLabel={t("common.all")} options={DISPUTE_STATUSES.map((s) => ({ value: s, label: t(`disputes.statusValue.${s}`) }))} />
          <FilterSelect name="level" label={t("disputes.level")} defaultValue={filter.level} allLabel={t("common.all")} options={DISPUTE_LEVELS.map((l) => ({ value: l, label: t(`disputes.levelValue.${l}`) }))} />
          <FilterSelect name="held" label={t("disputes.filter.held")} defaultValue={filter.held ? "1" : ""} allLabel={t("common.all")} options={[{ value: "1", label: t("disputes.filter.heldMine") }]} />
          <FilterSelect name="cross" label={t("disputes.crossDistrict")} defaultValue={filter.crossDistrict ? "1" : ""} allLabel={t("common.all")} options={[{ value: "1", label: t("disputes.filter.crossOnly") }]} />
        </FilterBar>
        {page.rows.length === 0 ? (
          <EmptyState>{t("disputes.empty")}</EmptyState>
        ) : (
          <Table caption={t("disputes.title")} stacks>
            <thead>
              <tr>
                <Th className={WIDE}>{t("disputes.ref")}</Th>
                <Th>{t("disputes.name")}</Th>
                <Th className={WIDE}>{t("disputes.areas")}</Th>
                <Th className={WIDE}>{t("disputes.level")}</Th>
                <Th className={WIDE}>{t("disputes.status")}</Th>
                <Th className={WIDE}>{t("disputes.owner")}</Th>
                <Th className={WIDE}>{t("disputes.registeredAt")}</Th>
              </tr>
            </thead>
            <DisputeRows rows={page.rows} />
          </Table>
        )}
        <Pagination basePath="/disputes" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
