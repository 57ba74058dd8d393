import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { complaintCounts, complaintHandlerOptions, countComplaints, listComplaints } from "@/lib/data/complaints";
import { dutyLines } from "@/lib/data/routing";
import { CHANNELS, COMPLAINT_STATUSES } from "@/lib/domain/complaint";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { filterParams, param } from "@/lib/search-params";
import { COMPLAINT_FILTER_KEYS, complaintFilterFrom } from "@/lib/validation/complaint";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { ListViews } from "@/components/ui/list-views";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { ComplaintRows } from "@/components/complaints/list-rows";
import { PlaceFilters } from "@/components/intake/place-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints");
  return { title: t("title") };
}

export default async function ComplaintsPage({ searchParams }: PageProps<"/complaints">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "complaints.view"));
  const params = await searchParams;
  const filter = complaintFilterFrom(params);
  const [t, page, counts, duties, handlers] = await Promise.all([
    getTranslations(),
    listComplaints(actor, filter, { cursor: param(params, "cursor"), size: 20 }),
    complaintCounts(actor),
    dutyLines(),
    complaintHandlerOptions(actor),
  ]);
  const query = filterParams(params, COMPLAINT_FILTER_KEYS);
  // The views' totals are indexed counts; a view narrowed by other filters shows none.
  const onlyStatus = !filter.q && !filter.channel && !filter.categoryId && !filter.areaId && !filter.streetId && !filter.districtId && !filter.handlerOrgId && !filter.overdue && !filter.from && !filter.to && !filter.measure && !filter.unitOrgId;
  const total = !onlyStatus ? null : filter.mine && !filter.status ? counts.mine : !filter.mine && filter.status === "OPEN" ? counts.open : null;
  // Drill-down from the assessment: say which number these matters are behind, and how many.
  const drill = filter.measure || filter.unitOrgId ? await countComplaints(actor, filter) : null;
  const exportHref = `/api/complaints/export?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <PageHeader
        title={t("complaints.title")}
        description={`${t(`complaints.scope.${actor.scope.level}`)} · ${t("complaints.counts", counts)}`}
        actions={
          <>
            <LinkButton href={exportHref} prefetch={false}>{t("complaints.exportCsv")}</LinkButton>
            {can(actor, "complaints.import") ? <LinkButton href="/complaints/import">{t("complaints.import.link")}</LinkButton> : null}
            {can(actor, "complaints.register") ? <LinkButton href="/complaints/new" variant="primary">{t("complaints.new")}</LinkButton> : null}
          </>
        }
      />
      <FilterProblems problems={filter.problems} />
      <Card>
        <ListViews
          label={t("complaints.views.label")}
          views={[
            { href: "/complaints?mine=1", label: t("complaints.views.mine", { count: counts.mine }), active: Boolean(filter.mine) },
            { href: "/complaints", label: t("complaints.views.open", { count: counts.open }), active: !filter.mine && filter.status === "OPEN" && onlyStatus },
            { href: "/complaints?status=", label: t("complaints.views.all"), active: !filter.mine && !filter.status && onlyStatus },
          ]}
        />
        {total !== null ? <p className="mb-2 text-sm text-slate-700" data-testid="list-total">{t("complaints.views.total", { count: total })}</p> : null}
        <FilterBar>
          {filter.mine ? <input type="hidden" name="mine" value="1" /> : null}
          <FilterText name="q" type="search" label={t("common.search")} defaultValue={filter.q} placeholder={t("complaints.searchPlaceholder")} />
          <FilterSelect name="status" label={t("complaints.filter.status")} defaultValue={filter.status} allLabel={t("common.all")}
            options={[{ value: "OPEN", label: t("complaints.filter.open") }, ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))]} />
          <FilterSelect name="overdue" label={t("complaints.filter.overdue")} defaultValue={filter.overdue ? "1" : undefined} allLabel={t("common.all")} options={[{ value: "1", label: t("complaints.filter.overdueOnly") }]} />
          <FilterSelect name="channel" label={t("complaints.filter.channel")} defaultValue={filter.channel} allLabel={t("common.all")} options={CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))} />
          <FilterSelect name="category" label={t("complaints.filter.category")} defaultValue={filter.categoryId} allLabel={t("common.all")} options={duties.map((d) => ({ value: d.id, label: d.name }))} />
          <PlaceFilters actor={actor} districtId={filter.districtId} streetId={filter.streetId} areaId={filter.areaId} />
          {handlers.length > 0 ? <FilterSelect name="handler" label={t("complaints.filter.handler")} defaultValue={filter.handlerOrgId} allLabel={t("common.all")} options={handlers.map((h) => ({ value: h.id, label: h.name }))} /> : null}
          <FilterText name="from" type="date" label={t("complaints.filter.from")} defaultValue={filter.from} />
          <FilterText name="to" type="date" label={t("complaints.filter.to")} defaultValue={filter.to} />
          {/* An assessment drill-down keeps its number's conditions while other filters change. */}
          {filter.measure ? <input type="hidden" name="measure" value={filter.measure} /> : null}
          {filter.unitOrgId ? <input type="hidden" name="unit" value={filter.unitOrgId} /> : null}
          <FilterSelect name="sort" label={t("complaints.filter.sort")} defaultValue={filter.sort === "recent" ? undefined : filter.sort} allLabel={t("complaints.filter.sortRecent")}
            options={[{ value: "received", label: t("complaints.filter.sortReceived") }, { value: "due", label: t("complaints.filter.sortDue") }]} />
        </FilterBar>
        <p className="-mt-2 mb-3 text-xs text-slate-500">{t("complaints.searchHint")}</p>
        {drill !== null ? (
          <p className="mb-3 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm" data-testid="drill-count" data-count={drill}>
            {t("assessment.drill.notice", { measure: t(`assessment.drill.measure.${filter.measure ?? "all"}`), count: drill })}
          </p>
        ) : null}
        {page.rows.length === 0 ? (
          <EmptyState>{t("complaints.empty")}</EmptyState>
        ) : (
          <Table caption={t("complaints.title")} stacks>
            <thead>
              <tr>
                <Th>{t("complaints.field.ref")}</Th>
                <Th className={WIDE}>{t("complaints.field.status")}</Th>
                <Th className={WIDE}>{t("complaints.field.area")}</Th>
                <Th className={WIDE}>{t("complaints.field.category")}</Th>
                <Th className={`${WIDE} min-w-56`}>{t("complaints.field.description")}</Th>
                <Th className={WIDE}>{t("complaints.field.resident")}</Th>
                <Th className={WIDE}>{t("complaints.field.handlerOrg")}</Th>
                <Th className={WIDE}>{t("complaints.field.due")}</Th>
                <Th className={WIDE}>{t("complaints.field.receivedAt")}</Th>
              </tr>
            </thead>
            <ComplaintRows rows={page.rows} />
          </Table>
        )}
        <Pagination basePath="/complaints" params={query} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
