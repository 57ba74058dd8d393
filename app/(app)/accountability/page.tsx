import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listAccountability } from "@/lib/data/accountability";
import { pageRequest } from "@/lib/data/paging";
import { ACCOUNTABILITY_STATUSES, FAILURES } from "@/lib/domain/accountability";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { filterParams, param, type SearchParams } from "@/lib/search-params";
import { ACCOUNTABILITY_FILTER_KEYS, accountabilityFilterFrom } from "@/lib/validation/accountability";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { AccountabilityStatusBadge, FailureBadge } from "@/components/accountability/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountability");
  return { title: t("title") };
}

export default async function AccountabilityListPage({ searchParams }: PageProps<"/accountability">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "accountability.view"));
  const params = (await searchParams) as SearchParams;
  const filter = accountabilityFilterFrom(params);
  const [t, format, page] = await Promise.all([getTranslations(), getFormatter(), listAccountability(actor, filter, pageRequest(params))]);
  const a = (k: string) => t(`accountability.${k}` as never);
  return (
    <>
      <PageHeader title={a("title")} description={a("intro")} actions={can(actor, "accountability.open") ? <LinkButton href="/accountability/new" variant="primary">{a("open")}</LinkButton> : null} />
      <Card>
        <FilterBar>
          <FilterSelect name="status" label={a("col.status")} defaultValue={filter.status} allLabel={t("common.all")} options={ACCOUNTABILITY_STATUSES.map((s) => ({ value: s, label: a(`status.${s}`) }))} />
          <FilterSelect name="failure" label={a("col.failure")} defaultValue={filter.failure} allLabel={t("common.all")} options={FAILURES.map((f) => ({ value: f, label: a(`failure.${f}`) }))} />
          <FilterSelect name="direction" label={a("direction")} defaultValue={filter.direction} allLabel={t("common.all")} options={[{ value: "about", label: a("about") }, { value: "opened", label: a("opened") }]} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{a("empty")}</EmptyState> : (
          <Table caption={a("title")}>
            <thead>
              <tr><Th>{a("col.ref")}</Th><Th>{a("col.subject")}</Th><Th>{a("col.failure")}</Th><Th>{a("col.openedBy")}</Th><Th>{a("col.openedAt")}</Th><Th>{a("col.matters")}</Th><Th>{a("col.status")}</Th></tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <Tr key={r.id}>
                  <Td><Link href={`/accountability/${r.id}`} className="font-mono font-medium text-brand-700 hover:underline">{r.ref}</Link></Td>
                  <Td className="min-w-36">{r.subject.name}</Td>
                  <Td><FailureBadge failure={r.failure} /></Td>
                  <Td className="min-w-32 text-xs">{r.openedBy.name}</Td>
                  <Td className="whitespace-nowrap text-xs">{format.dateTime(r.createdAt, { year: "numeric", month: "2-digit", day: "2-digit" })}</Td>
                  <Td className="text-xs">{t("accountability.counts", { matters: r.matterCount, explanations: r.explanationCount })}</Td>
                  <Td><AccountabilityStatusBadge status={r.status} /></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/accountability" params={filterParams(params, ACCOUNTABILITY_FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
