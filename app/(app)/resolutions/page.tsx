import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { pageRequest } from "@/lib/data/paging";
import { listResolutions } from "@/lib/data/resolutions";
import { RESOLUTION_STATUSES } from "@/lib/domain/resolution";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, filterParams, param, type SearchParams } from "@/lib/search-params";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { ResolutionRows } from "@/components/meetings/resolution-rows";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.resolutionList");
  return { title: t("title") };
}

const FILTER_KEYS = ["role", "status", "overdue", "confirm"] as const;

export default async function ResolutionsPage({ searchParams }: PageProps<"/resolutions">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "resolutions.view"));
  const params = (await searchParams) as SearchParams;
  const filter = {
    role: enumParam(params, "role", ["mine", "convened"] as const),
    status: enumParam(params, "status", RESOLUTION_STATUSES),
    overdue: param(params, "overdue") === "1",
    toConfirm: param(params, "confirm") === "1",
  };
  const [t, page] = await Promise.all([getTranslations(), listResolutions(actor, filter, pageRequest(params))]);
  const day = today();
  const l = (k: string) => t(`meetings.resolutionList.${k}` as never);
  return (
    <>
      <PageHeader title={l("title")} description={l("intro")} />
      <Card>
        <FilterBar>
          <FilterSelect name="role" label={l("role")} defaultValue={filter.role} allLabel={t("common.all")} options={[{ value: "mine", label: l("mine") }, { value: "convened", label: l("convened") }]} />
          <FilterSelect name="status" label={t("meetings.resolutionStatus")} defaultValue={filter.status} allLabel={t("common.all")} options={RESOLUTION_STATUSES.map((s) => ({ value: s, label: t(`meetings.resolutionStatusValue.${s}`) }))} />
          <FilterSelect name="overdue" label={t("meetings.overdue")} defaultValue={filter.overdue ? "1" : ""} allLabel={t("common.all")} options={[{ value: "1", label: l("overdueOnly") }]} />
          <FilterSelect name="confirm" label={l("toConfirm")} defaultValue={filter.toConfirm ? "1" : ""} allLabel={t("common.all")} options={[{ value: "1", label: l("toConfirm") }]} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{l("empty")}</EmptyState> : (
          <Table caption={l("title")} stacks>
            <thead>
              <tr><Th>{t("meetings.resolutionDescription")}</Th><Th className={WIDE}>{t("meetings.resolutionResponsible")}</Th><Th className={WIDE}>{l("meeting")}</Th><Th className={WIDE}>{l("dispute")}</Th><Th className={WIDE}>{t("meetings.resolutionDue")}</Th><Th className={WIDE}>{t("meetings.resolutionStatus")}</Th></tr>
            </thead>
            <ResolutionRows rows={page.rows} today={day} />
          </Table>
        )}
        <Pagination basePath="/resolutions" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
