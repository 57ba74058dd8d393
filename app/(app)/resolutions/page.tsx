import type { Metadata } from "next";
import Link from "@/components/ui/link";
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
import { PhoneCard, Table, Td, Th, Tr, WIDE } from "@/components/ui/table";
import { OverdueBadge, ResolutionStatusBadge } from "@/components/disputes/badges";

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
            <tbody>
              {page.rows.map((r) => (
                <Tr key={r.id}>
                  <Td className="sm:min-w-48">
                    <Link href={`/resolutions/${r.id}`} className="record-link">{r.description}</Link>
                    <PhoneCard testId="resolution-card">
                      <div className="flex flex-wrap items-center gap-1">
                        <ResolutionStatusBadge status={r.status} />
                        <OverdueBadge due={r.dueDate} today={day} outstanding={r.status === "OPEN" || r.status === "IN_PROGRESS"} />
                        <span className="text-xs tabular-nums text-slate-700">{t("meetings.resolutionDue")}：{r.dueDate}</span>
                      </div>
                      <p className="text-sm text-slate-800">{r.responsibleOrg.name}</p>
                      <p className="text-xs text-slate-600"><Link href={`/meetings/${r.meeting.id}`} className="hover:underline">{r.meeting.title}</Link>{r.dispute ? <> · <span className="font-mono">{r.dispute.ref}</span></> : null}</p>
                    </PhoneCard>
                  </Td>
                  <Td className={`${WIDE} min-w-32 text-xs`}>{r.responsibleOrg.name}</Td>
                  <Td className={`${WIDE} min-w-40 text-xs`}><Link href={`/meetings/${r.meeting.id}`} className="hover:underline">{r.meeting.title}</Link></Td>
                  <Td className={`${WIDE} font-mono text-xs`}>{r.dispute ? <Link href={`/disputes/${r.dispute.id}`} className="hover:underline">{r.dispute.ref}</Link> : "—"}</Td>
                  <Td className={`${WIDE} whitespace-nowrap text-xs`}>{r.dueDate}</Td>
                  <Td className={WIDE}>
                    <span className="inline-flex flex-wrap gap-1">
                      <ResolutionStatusBadge status={r.status} />
                      <OverdueBadge due={r.dueDate} today={day} outstanding={r.status === "OPEN" || r.status === "IN_PROGRESS"} />
                    </span>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/resolutions" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
