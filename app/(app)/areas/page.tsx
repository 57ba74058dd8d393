import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listAreas } from "@/lib/data/areas";
import { organisationOptions } from "@/lib/data/organisations";
import { pageRequest } from "@/lib/data/paging";
import { filterParams, intParam, param } from "@/lib/search-params";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { LinkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas");
  return { title: t("title") };
}

export default async function AreasPage({ searchParams }: PageProps<"/areas">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "areas.view"));
  const params = await searchParams;
  const t = await getTranslations();
  const filter = { q: param(params, "q"), districtId: intParam(params, "district") };
  const showDistrict = actor.scope.level === "CITY" || actor.scope.level === "ORG";
  const [page, districts] = await Promise.all([
    listAreas(actor, filter, pageRequest(params)),
    showDistrict ? organisationOptions(actor, ["DISTRICT_GOVERNMENT"]) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={t("areas.title")}
        description={t(`areas.scope.${actor.scope.level}`)}
        actions={can(actor, "admin.organisations") ? <LinkButton href="/admin/areas/new" variant="primary">{t("areas.new")}</LinkButton> : null}
      />
      <Card>
        <FilterBar>
          <FilterText name="q" label={t("common.search")} defaultValue={filter.q} placeholder={t("areas.searchPlaceholder")} />
          {showDistrict ? (
            <FilterSelect name="district" label={t("areas.district")} defaultValue={filter.districtId} options={districts.map((d) => ({ value: d.id, label: d.name }))} allLabel={t("common.all")} />
          ) : null}
        </FilterBar>
        {page.rows.length === 0 ? (
          <EmptyState>{t("areas.empty")}</EmptyState>
        ) : (
          <Table caption={t("areas.title")}>
            <thead>
              <tr>
                <Th>{t("areas.name")}</Th>
                <Th>{t("areas.district")}</Th>
                <Th>{t("areas.street")}</Th>
                <Th>{t("areas.community")}</Th>
                <Th>{t("areas.propertyCompany")}</Th>
                <Th className="text-right">{t("areas.households")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((a) => (
                <Tr key={a.id}>
                  <Td><Link href={`/areas/${a.id}`} className="record-link">{a.name}</Link></Td>
                  <Td>{a.district.name}</Td>
                  <Td>{a.street.name}</Td>
                  <Td>{a.community.name}</Td>
                  <Td>{a.propertyCompany?.name ?? "—"}</Td>
                  <Td className="text-right tabular-nums">{a.households}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/areas" params={filterParams(params, ["q", "district"])} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
