import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getPeriod, listCommendations, ranking, rankingDistrict, rankingDistricts, type PeriodRow } from "@/lib/data/assessment";
import { INDICATOR_CODES, RANKED_KINDS, rankedKindSchema, rankingPage, type RankedKind } from "@/lib/domain/assessment";
import { cityDate } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { intParam, param } from "@/lib/search-params";
import type { Actor } from "@/lib/scope";
import { ClientMessages } from "@/components/intl-provider";
import { LinkButton } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Streamed } from "@/components/ui/streamed";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CommendForm } from "@/components/assessment/lazy";
import { RankingPages } from "@/components/assessment/ranking-pages";
import { RankingTable } from "@/components/assessment/ranking-table";
import { InvalidPeriodNotice } from "@/components/assessment/invalid-period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("title") };
}

export default async function AssessmentPeriodPage({ params, searchParams }: PageProps<"/assessment/[id]">) {
  const actor = await requireActor();
  const id = routeId((await params).id);
  const query = await searchParams;
  const kind = rankedKindSchema.safeParse(param(query, "kind")).data ?? "DISTRICT";
  // The period (or 404) before anything is sent; the ranking streams in after the header.
  const p = await loadOr404(() => getPeriod(actor, id));
  // A city-wide ranking of streets, communities or companies can be narrowed to one district; a
  // district the actor may not rank is 404 like any record out of scope.
  const districtParam = kind === "DISTRICT" ? undefined : intParam(query, "district");
  notFoundUnless(kind === "DISTRICT" || districtParam !== undefined || param(query, "district") === undefined);
  // A long ranking is read a page of rows at a time (decision 089); a page that is not a number is 404.
  const pageParam = intParam(query, "page");
  notFoundUnless(param(query, "page") === undefined || (pageParam !== undefined && rankingPage(0, pageParam) !== null));
  const [t, tc, districts, district] = await Promise.all([
    getTranslations("assessment"),
    getTranslations("common"),
    kind === "DISTRICT" ? Promise.resolve([]) : rankingDistricts(actor),
    districtParam === undefined ? Promise.resolve(null) : loadOr404(() => rankingDistrict(actor, districtParam)),
  ]);
  const within = district ? `&district=${district.id}` : "";
  const done = param(query, "done");
  return (
    <>
      <PageHeader
        title={p.name}
        description={`${t("period.dates", { from: p.fromDate, to: p.toDate })} · ${t("period.createdBy", { name: p.createdByName })}`}
        breadcrumbs={<Link href="/assessment" className="hover:underline">{t("title")}</Link>}
        actions={
          <>
            <LinkButton href={`/api/assessment/${p.id}/export?kind=${kind}&format=csv${within}`} prefetch={false}>{t("export.csv")}</LinkButton>
            <LinkButton href={`/api/assessment/${p.id}/export?format=xlsx${within}`} prefetch={false}>{t("export.xlsx")}</LinkButton>
            <LinkButton href={`/assessment/${p.id}/print?kind=${kind}${within}`} prefetch={false}>{t("export.print")}</LinkButton>
            <LinkButton href={`/assessment/${p.id}/print?doc=commendations`} prefetch={false}>{t("export.printCommendations")}</LinkButton>
          </>
        }
      />
      {done === "created" ? <div className="mb-4"><Notice tone="success">{t("period.created")}</Notice></div> : null}
      {done === "commended" ? <div className="mb-4"><Notice tone="success">{t("commend.done")}</Notice></div> : null}
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("title")}>
        {RANKED_KINDS.map((k) => (
          <Link key={k} href={`/assessment/${p.id}?kind=${k}${k === "DISTRICT" ? "" : within}`} aria-current={k === kind ? "page" : undefined}
            className={cn("rounded-md border px-3 py-1.5 text-sm", k === kind ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}>
            {t(`kind.${k}`)}
          </Link>
        ))}
      </nav>
      {districts.length > 1 ? (
        <FilterBar>
          <input type="hidden" name="kind" value={kind} />
          <FilterSelect name="district" label={t("filter.district")} defaultValue={district?.id} allLabel={t("filter.districtAll")} options={districts.map((d) => ({ value: d.id, label: d.name }))} />
        </FilterBar>
      ) : null}
      {district ? <div className="mb-4"><Notice>{t("filter.districtNote", { district: district.name, kind: t(`kind.${kind}`) })}</Notice></div> : null}
      {p.datesValid ? (
        <Streamed label={tc("loading")} className="h-64">
          <RankingSections actor={actor} period={p} kind={kind} districtId={district?.id} page={pageParam} />
        </Streamed>
      ) : <InvalidPeriodNotice period={p} />}
    </>
  );
}

/** The ranking, the formulas and the commendations: what the period's numbers take to count. */
async function RankingSections({ actor, period: p, kind, districtId, page }: { actor: Actor; period: PeriodRow; kind: RankedKind; districtId?: number; page?: number }) {
  const [r, t, commendations] = await Promise.all([ranking(actor, p.id, kind, districtId), getTranslations("assessment"), listCommendations(actor, p.id)]);
  const manage = can(actor, "assessment.manage");
  const shown = rankingPage(r.rows.length, page)!;
  // The page's rows: the commendation form offers these (a city's 1,500 companies in one list
  // were half of the page's weight).
  const rows = shown.pages > 1 ? r.rows.slice(shown.from, shown.to) : r.rows;
  const pageHref = (n: number) => `/assessment/${p.id}?kind=${kind}${districtId ? `&district=${districtId}` : ""}${n > 1 ? `&page=${n}` : ""}`;
  return (
    <div className="space-y-5">
      <Card title={t("table.caption", { kind: t(`kind.${kind}`) })} className="min-w-0">
        <p className="mb-3 text-xs text-slate-500">{t("drillHint")}</p>
        <RankingTable ranking={{ ...r, rows }} />
        <RankingPages href={pageHref} page={shown.page} pages={shown.pages} from={shown.from} to={shown.to} total={r.rows.length} />
      </Card>
      <div className="grid gap-5 xl:grid-cols-3">
        <Card title={t("formulas")} className="min-w-0 xl:col-span-2">
          <Table caption={t("formulas")}>
            <thead><tr><Th>{t("table.indicator")}</Th><Th>{t("weight")}</Th><Th>{t("formulas")}</Th></tr></thead>
            <tbody>
              {INDICATOR_CODES.map((c) => (
                <Tr key={c}>
                  <Td className="whitespace-nowrap font-medium">{t(`indicator.${c}.name`)}</Td>
                  <Td className="tabular-nums">{p.weights.find((w) => w.code === c)?.weight ?? 0}</Td>
                  <Td className="text-xs text-slate-600">{t(`indicator.${c}.formula`)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-3 text-xs text-slate-600">{t("scoreFormula")}</p>
        </Card>
        <Card title={t("commend.list")} className="min-w-0">
          {commendations.length === 0 ? (
            <EmptyState>{t("commend.none")}</EmptyState>
          ) : (
            <ul className="space-y-2" data-testid="commendations">
              {commendations.map((c) => (
                <li key={c.id} className="rounded border border-slate-200 p-2 text-sm">
                  <p className="font-medium">{c.orgName}</p>
                  <p className="text-slate-700">{c.reason}</p>
                  <p className="text-xs text-slate-500">{t("commend.by", { name: c.createdByName, date: cityDate(c.createdAt) })}</p>
                </li>
              ))}
            </ul>
          )}
          {manage && rows.length > 0 ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ClientMessages namespaces={["assessment"]}>
                <CommendForm periodId={p.id} units={rows.filter((u) => u.ranked && !u.commended).map((u) => ({ id: u.orgId, name: u.name }))} />
              </ClientMessages>
            </div>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
