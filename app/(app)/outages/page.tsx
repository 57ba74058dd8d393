import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { listOutages, outageKindOf } from "@/lib/data/outages";
import { OUTAGE_KINDS, OUTAGE_STATUSES } from "@/lib/domain/outage";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { filterParams, param } from "@/lib/search-params";
import { OUTAGE_FILTER_KEYS, outageFilterFrom } from "@/lib/validation/works";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCard, Table, Td, Th, Tr, WIDE } from "@/components/ui/table";
import { PlaceFilters } from "@/components/intake/place-filters";
import { OutageStatusBadge } from "@/components/works/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outages");
  return { title: t("title") };
}

export default async function OutagesPage({ searchParams }: PageProps<"/outages">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "outages.view"));
  const params = await searchParams;
  const filter = outageFilterFrom(params);
  const [t, format, page, utilities, kind] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listOutages(actor, filter, { cursor: param(params, "cursor"), size: 20 }),
    actor.orgKind === "UTILITY" ? Promise.resolve([]) : organisationOptions(actor, ["UTILITY"]),
    outageKindOf(actor),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—");
  const query = filterParams(params, OUTAGE_FILTER_KEYS);
  const exportHref = `/api/outages/export?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <PageHeader
        title={t("outages.title")}
        description={t("outages.intro")}
        actions={
          <>
            <LinkButton href={exportHref} prefetch={false}>{t("common.exportCsv")}</LinkButton>
            {kind ? <LinkButton href="/outages/new" variant="primary">{t("outages.newKind", { kind: t(`outages.kind.${kind}`) })}</LinkButton> : null}
          </>
        }
      />
      <FilterProblems problems={filter.problems} />
      <Card>
        <FilterBar>
          <FilterText name="q" type="search" label={t("common.search")} defaultValue={filter.q} placeholder={t("outages.searchPlaceholder")} />
          <FilterSelect name="status" label={t("outages.field.status")} defaultValue={filter.status} allLabel={t("common.all")} options={OUTAGE_STATUSES.map((s) => ({ value: s, label: t(`outages.status.${s}`) }))} />
          <FilterSelect name="kind" label={t("outages.field.kind")} defaultValue={filter.kind} allLabel={t("common.all")} options={OUTAGE_KINDS.map((k) => ({ value: k, label: t(`outages.kind.${k}`) }))} />
          <FilterSelect name="overdue" label={t("outages.field.expectedEndAt")} defaultValue={filter.overdue ? "1" : undefined} allLabel={t("common.all")} options={[{ value: "1", label: t("outages.overrunningOnly") }]} />
          <PlaceFilters actor={actor} districtId={filter.districtId} streetId={filter.streetId} areaId={filter.areaId} />
          {utilities.length > 0 ? <FilterSelect name="utility" label={t("outages.field.utility")} defaultValue={filter.utilityOrgId} allLabel={t("common.all")} options={utilities.map((u) => ({ value: u.id, label: u.name }))} /> : null}
          <FilterText name="from" type="date" label={t("outages.from")} defaultValue={filter.from} />
          <FilterText name="to" type="date" label={t("outages.to")} defaultValue={filter.to} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("outages.empty")}</EmptyState> : (
          <Table caption={t("outages.title")} stacks>
            <thead>
              <tr>
                <Th>{t("outages.field.ref")}</Th>
                <Th className={WIDE}>{t("outages.field.kind")}</Th>
                <Th className={WIDE}>{t("outages.field.status")}</Th>
                <Th className={WIDE}>{t("outages.field.utility")}</Th>
                <Th className={WIDE}>{t("outages.field.areas")}</Th>
                <Th className={WIDE}>{t("outages.field.startAt")}</Th>
                <Th className={WIDE}>{t("outages.field.expectedEndAt")}</Th>
                <Th className={WIDE}>{t("outages.field.actualEndAt")}</Th>
                <Th className={WIDE}>{t("outages.field.assist")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((o) => {
                // The status and overrun badges, in the phone card and in the desktop column.
                const status = <><OutageStatusBadge status={o.status} />{o.overrunning ? <Badge tone="danger">{t("outages.overrunning")}</Badge> : null}</>;
                return (
                  <Tr key={o.id}>
                    <Td className="sm:whitespace-nowrap">
                      <Link href={`/outages/${o.id}`} className="record-link">{o.ref}</Link>
                      <PhoneCard testId="outage-card">
                        <div className="flex flex-wrap items-center gap-1"><Badge>{t(`outages.kind.${o.kind}` as never)}</Badge>{status}</div>
                        <p className="text-sm text-slate-800">{o.tasks.map((x) => x.area.name).join("、")}</p>
                        <p className="text-xs tabular-nums text-slate-600">{t("outages.field.startAt")} {when(o.startAt)} · {t("outages.field.expectedEndAt")} {when(o.expectedEndAt)}</p>
                        <p className="text-xs text-slate-600">{o.utilityOrg.name}</p>
                      </PhoneCard>
                    </Td>
                    <Td className={`${WIDE} whitespace-nowrap`}>{t(`outages.kind.${o.kind}` as never)}</Td>
                    <Td className={WIDE}><div className="flex flex-wrap gap-1">{status}</div></Td>
                    <Td className={WIDE}>{o.utilityOrg.name}</Td>
                    <Td className={`${WIDE} max-w-56`}>{o.tasks.map((x) => x.area.name).join("、")}</Td>
                    <Td className={`${WIDE} whitespace-nowrap tabular-nums`}>{when(o.startAt)}</Td>
                    <Td className={`${WIDE} whitespace-nowrap tabular-nums`}>{when(o.expectedEndAt)}</Td>
                    <Td className={`${WIDE} whitespace-nowrap tabular-nums`}>{when(o.actualEndAt)}</Td>
                    <Td className={`${WIDE} tabular-nums`}>{o.tasks.filter((x) => x.status === "CONFIRMED").length}/{o.tasks.length}</Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/outages" params={query} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
