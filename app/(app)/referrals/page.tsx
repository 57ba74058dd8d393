import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { listReferrals } from "@/lib/data/referrals";
import { dutyLines } from "@/lib/data/routing";
import { REFERRAL_STATUSES } from "@/lib/domain/referral";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { filterParams, param } from "@/lib/search-params";
import { REFERRAL_FILTER_KEYS, referralFilterFrom } from "@/lib/validation/referral";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { PlaceFilters } from "@/components/intake/place-filters";
import { ReferralRows } from "@/components/referrals/list-rows";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("referrals");
  return { title: t("title") };
}

export default async function ReferralsPage({ searchParams }: PageProps<"/referrals">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "referrals.view"));
  const params = await searchParams;
  const filter = referralFilterFrom(params);
  const [t, page, duties, departments] = await Promise.all([
    getTranslations(),
    listReferrals(actor, filter, { cursor: param(params, "cursor"), size: 20 }),
    dutyLines(),
    actor.scope.level === "ORG" ? Promise.resolve([]) : organisationOptions(actor, ["CITY_DEPARTMENT"]),
  ]);
  const query = filterParams(params, REFERRAL_FILTER_KEYS);
  const exportHref = `/api/referrals/export?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <PageHeader
        title={t("referrals.title")}
        description={t(`referrals.scope.${actor.scope.level}`)}
        actions={
          <>
            <LinkButton href={exportHref} prefetch={false}>{t("common.exportCsv")}</LinkButton>
            {can(actor, "referrals.create") ? <LinkButton href="/referrals/new" variant="primary">{t("referrals.new")}</LinkButton> : null}
          </>
        }
      />
      <FilterProblems problems={filter.problems} />
      <Card>
        <FilterBar>
          <FilterText name="q" type="search" label={t("common.search")} defaultValue={filter.q} placeholder={t("referrals.searchPlaceholder")} />
          <FilterSelect name="status" label={t("referrals.field.status")} defaultValue={filter.status} allLabel={t("common.all")}
            options={[{ value: "OPEN", label: t("referrals.open") }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))]} />
          <FilterSelect name="overdue" label={t("referrals.field.due")} defaultValue={filter.overdue ? "1" : undefined} allLabel={t("common.all")} options={[{ value: "1", label: t("referrals.overdueOnly") }]} />
          <FilterSelect name="category" label={t("referrals.field.category")} defaultValue={filter.categoryId} allLabel={t("common.all")} options={duties.map((d) => ({ value: d.id, label: d.name }))} />
          <PlaceFilters actor={actor} districtId={filter.districtId} streetId={filter.streetId} areaId={filter.areaId} />
          {departments.length > 0 ? <FilterSelect name="department" label={t("referrals.field.department")} defaultValue={filter.departmentOrgId} allLabel={t("common.all")} options={departments.map((d) => ({ value: d.id, label: d.name }))} /> : null}
          <FilterText name="from" type="date" label={t("referrals.from")} defaultValue={filter.from} />
          <FilterText name="to" type="date" label={t("referrals.to")} defaultValue={filter.to} />
          <FilterSelect name="sort" label={t("referrals.sort")} defaultValue={filter.sort === "recent" ? undefined : filter.sort} allLabel={t("referrals.sortRecent")} options={[{ value: "due", label: t("referrals.sortDue") }]} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("referrals.empty")}</EmptyState> : (
          <Table caption={t("referrals.title")} stacks>
            <thead>
              <tr>
                <Th>{t("referrals.field.ref")}</Th>
                <Th className={WIDE}>{t("referrals.field.status")}</Th>
                <Th className={WIDE}>{t("referrals.field.area")}</Th>
                <Th className={WIDE}>{t("referrals.field.category")}</Th>
                <Th className={`${WIDE} min-w-56`}>{t("referrals.field.findings")}</Th>
                <Th className={WIDE}>{t("referrals.field.referringOrg")}</Th>
                <Th className={WIDE}>{t("referrals.field.department")}</Th>
                <Th className={WIDE}>{t("referrals.field.due")}</Th>
                <Th className={WIDE}>{t("referrals.field.referredAt")}</Th>
              </tr>
            </thead>
            <ReferralRows rows={page.rows} />
          </Table>
        )}
        <Pagination basePath="/referrals" params={query} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
