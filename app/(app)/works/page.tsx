import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { listWorks } from "@/lib/data/works";
import { WORKS_STATUSES } from "@/lib/domain/works";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { filterParams, param } from "@/lib/search-params";
import { WORKS_FILTER_KEYS, worksFilterFrom } from "@/lib/validation/works";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCard, Table, Td, Th, Tr, WIDE } from "@/components/ui/table";
import { PlaceFilters } from "@/components/intake/place-filters";
import { WorksPhaseBadge, WorksStatusBadge } from "@/components/works/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("works");
  return { title: t("title") };
}

export default async function WorksPage({ searchParams }: PageProps<"/works">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "works.view"));
  const params = await searchParams;
  const filter = worksFilterFrom(params);
  const [t, page, utilities] = await Promise.all([
    getTranslations(),
    listWorks(actor, filter, { cursor: param(params, "cursor"), size: 20 }),
    actor.orgKind === "UTILITY" ? Promise.resolve([]) : organisationOptions(actor, ["UTILITY"]),
  ]);
  const query = filterParams(params, WORKS_FILTER_KEYS);
  const exportHref = `/api/works/export?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <PageHeader
        title={t("works.title")}
        description={t("works.intro")}
        actions={
          <>
            <LinkButton href={exportHref} prefetch={false}>{t("common.exportCsv")}</LinkButton>
            {can(actor, "works.register") ? <LinkButton href="/works/new" variant="primary">{t("works.new")}</LinkButton> : null}
          </>
        }
      />
      <FilterProblems problems={filter.problems} />
      <Card>
        <FilterBar>
          <FilterText name="q" type="search" label={t("common.search")} defaultValue={filter.q} placeholder={t("works.searchPlaceholder")} />
          <FilterSelect name="status" label={t("works.field.status")} defaultValue={filter.status} allLabel={t("common.all")} options={WORKS_STATUSES.map((s) => ({ value: s, label: t(`works.status.${s}`) }))} />
          <FilterSelect name="overdue" label={t("works.restorationDue")} defaultValue={filter.overdue ? "1" : undefined} allLabel={t("common.all")} options={[{ value: "1", label: t("works.overdueOnly") }]} />
          <PlaceFilters actor={actor} districtId={filter.districtId} streetId={filter.streetId} areaId={filter.areaId} />
          {utilities.length > 0 ? <FilterSelect name="utility" label={t("works.field.utility")} defaultValue={filter.utilityOrgId} allLabel={t("common.all")} options={utilities.map((u) => ({ value: u.id, label: u.name }))} /> : null}
          <FilterText name="from" type="date" label={t("works.from")} defaultValue={filter.from} />
          <FilterText name="to" type="date" label={t("works.to")} defaultValue={filter.to} />
          <FilterSelect name="sort" label={t("works.sort")} defaultValue={filter.sort === "recent" ? undefined : filter.sort} allLabel={t("works.sortRecent")} options={[{ value: "start", label: t("works.sortStart") }]} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("works.empty")}</EmptyState> : (
          <Table caption={t("works.title")} stacks>
            <thead>
              <tr>
                <Th>{t("works.field.ref")}</Th>
                <Th className={WIDE}>{t("works.field.status")}</Th>
                <Th className={`${WIDE} min-w-48`}>{t("works.field.title")}</Th>
                <Th className={WIDE}>{t("works.field.utility")}</Th>
                <Th className={WIDE}>{t("works.field.areas")}</Th>
                <Th className={WIDE}>{t("works.field.dates")}</Th>
                <Th className={WIDE}>{t("works.field.confirmed")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((w) => {
                // The status badges, in the phone card and in the desktop column.
                const badges = <><WorksStatusBadge status={w.status} /><WorksPhaseBadge phase={w.phase} />{w.overdue ? <Badge tone="danger">{t("works.restorationLate")}</Badge> : null}</>;
                return (
                  <Tr key={w.id}>
                    <Td className="sm:whitespace-nowrap">
                      <Link href={`/works/${w.id}`} className="record-link">{w.ref}</Link>
                      <PhoneCard testId="works-card">
                        <div className="flex flex-wrap items-center gap-1">{badges}</div>
                        <p className="text-sm text-slate-800">{w.title}</p>
                        <p className="text-sm text-slate-700">{w.areas.map((a) => a.area.name).join("、")}</p>
                        <p className="text-xs tabular-nums text-slate-600">{w.utilityOrg.name} · {w.startDate} ~ {w.endDate}</p>
                      </PhoneCard>
                    </Td>
                    <Td className={WIDE}><div className="flex flex-wrap gap-1">{badges}</div></Td>
                    <Td className={WIDE}>{w.title}<div className="text-xs text-slate-500">{w.occupies}</div></Td>
                    <Td className={WIDE}>{w.utilityOrg.name}</Td>
                    <Td className={`${WIDE} max-w-56`}>{w.areas.map((a) => a.area.name).join("、")}</Td>
                    <Td className={`${WIDE} whitespace-nowrap tabular-nums`}>{w.startDate} ~ {w.endDate}</Td>
                    <Td className={`${WIDE} tabular-nums`}>{w.areas.filter((a) => a.restoration === "CONFIRMED").length}/{w.areas.length}</Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/works" params={query} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
