import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listDisputes } from "@/lib/data/disputes";
import { pageRequest } from "@/lib/data/paging";
import { DISPUTE_LEVELS, DISPUTE_STATUSES } from "@/lib/domain/dispute";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, filterParams, param, type SearchParams } from "@/lib/search-params";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCard, Table, Td, Th, Tr, WIDE } from "@/components/ui/table";
import { CrossDistrictBadge, DisputeStatusBadge, LevelBadge, UrgencyBadge } from "@/components/disputes/badges";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("title") };
}

const FILTER_KEYS = ["q", "status", "level", "held", "cross"] as const;

export default async function DisputesPage({ searchParams }: PageProps<"/disputes">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "disputes.view"));
  const params = (await searchParams) as SearchParams;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
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
            <tbody>
              {page.rows.map((d) => {
                const registered = format.dateTime(d.createdAt, { year: "numeric", month: "2-digit", day: "2-digit" });
                return (
                <Tr key={d.id}>
                  <Td className={`${WIDE} whitespace-nowrap font-mono text-xs`}>{d.ref}</Td>
                  <Td className="sm:min-w-56">
                    <Link href={`/disputes/${d.id}`} className="record-link">{d.title}</Link>
                    <span className="ml-1 inline-flex gap-1 align-middle">
                      <UrgencyBadge urgency={d.urgency} />
                      {d.crossDistrict ? <CrossDistrictBadge /> : null}
                      {d._count.resolutions + d._count.escalations > 0 ? <Badge tone="danger" className="font-semibold">{t("disputes.overdue")}</Badge> : null}
                    </span>
                    <PhoneCard testId="dispute-card">
                      <div className="flex flex-wrap items-center gap-1"><DisputeStatusBadge status={d.status} /><LevelBadge level={d.level} /></div>
                      <p className="text-sm text-slate-800">{d.areas.map((a) => a.area.name).join("、")}</p>
                      <p className="text-xs text-slate-600"><span className="font-mono">{d.ref}</span> · {d.owner.name} · {registered}</p>
                    </PhoneCard>
                  </Td>
                  <Td className={`${WIDE} min-w-32 text-xs`}>{d.areas.map((a) => a.area.name).join("、")}</Td>
                  <Td className={WIDE}><LevelBadge level={d.level} /></Td>
                  <Td className={WIDE}><DisputeStatusBadge status={d.status} /></Td>
                  <Td className={`${WIDE} min-w-32 text-xs`}>{d.owner.name}</Td>
                  <Td className={`${WIDE} whitespace-nowrap text-xs`}>{registered}</Td>
                </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/disputes" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
