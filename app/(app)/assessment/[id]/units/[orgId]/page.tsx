import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getPeriod, unitDetail } from "@/lib/data/assessment";
import { INDICATORS } from "@/lib/domain/assessment";
import { loadOr404, routeId } from "@/lib/page-guards";
import { Badge } from "@/components/ui/badge";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { drillHref, formatPercent, formatScore } from "@/components/assessment/ranking-table";
import { LazyTrendChart } from "@/components/assessment/trend-chart-lazy";
import { InvalidPeriodNotice } from "@/components/assessment/invalid-period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("title") };
}

/** One unit's indicators and monthly trend; a unit outside the actor's scope is 404. */
export default async function AssessmentUnitPage({ params }: PageProps<"/assessment/[id]/units/[orgId]">) {
  const actor = await requireActor();
  const { id, orgId } = await params;
  const period = await loadOr404(() => getPeriod(actor, routeId(id)));
  if (!period.datesValid) return <InvalidPeriodNotice period={period} />;
  const d = await loadOr404(() => unitDetail(actor, routeId(id), routeId(orgId)));
  const t = await getTranslations("assessment");
  const p = d.period;
  const below = d.card.satisfaction !== null && d.card.satisfaction < p.threshold;
  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{d.unit.name}{below ? <Badge tone="danger">{t("table.belowThreshold", { threshold: p.threshold })}</Badge> : null}</span>}
        description={`${p.name} · ${t("period.dates", { from: p.fromDate, to: p.toDate })} · ${t(`kind.${d.unit.kind}`)}`}
        breadcrumbs={<Link href={`/assessment/${p.id}?kind=${d.unit.kind}`} className="hover:underline">{t("unit.back")}</Link>}
      />
      {d.commendation ? <div className="mb-4"><Notice tone="success">{t("unit.commended", { reason: d.commendation.reason })}</Notice></div> : null}
      <div className="space-y-5">
        <Card title={t("unit.indicators")} className="min-w-0">
          <Table caption={t("unit.indicators")}>
            <thead><tr><Th>{t("table.indicator")}</Th><Th>{t("table.value")}</Th><Th>{t("formulas")}</Th></tr></thead>
            <tbody>
              <Tr>
                <Td className="font-medium">{t("table.volume")}</Td>
                <Td className="tabular-nums"><Link href={drillHref(p, d.unit.id, "volume")!} className="text-brand-700 hover:underline">{d.card.volume}</Link></Td>
                <Td />
              </Tr>
              {d.card.indicators.map((v) => {
                const def = INDICATORS[v.code];
                const num = drillHref(p, d.unit.id, def.numerator);
                const den = drillHref(p, d.unit.id, def.denominator);
                return (
                  <Tr key={v.code}>
                    <Td className="whitespace-nowrap font-medium">{t(`indicator.${v.code}.name`)}</Td>
                    <Td className="whitespace-nowrap tabular-nums">
                      {formatPercent(v.value)}{" "}
                      <span className="text-xs text-slate-500">
                        ({num ? <Link href={num} className="text-brand-700 hover:underline">{v.numerator}</Link> : v.numerator}/{den ? <Link href={den} className="text-brand-700 hover:underline">{v.denominator}</Link> : v.denominator})
                      </span>
                    </Td>
                    <Td className="text-xs text-slate-600">{t(`indicator.${v.code}.formula`)}</Td>
                  </Tr>
                );
              })}
              <Tr>
                <Td className="font-semibold">{t("table.score")}</Td>
                <Td className="text-base font-semibold tabular-nums">{formatScore(d.card.score)}</Td>
                <Td className="text-xs text-slate-600">{t("scoreFormula")}</Td>
              </Tr>
            </tbody>
          </Table>
        </Card>
        <Card title={t("trend.title")} className="min-w-0">
          <LazyTrendChart data={d.trend} threshold={p.threshold} labels={{ satisfaction: t("trend.satisfaction"), onTime: t("trend.onTime"), resolution: t("trend.resolution"), citySatisfaction: t("trend.citySatisfaction") }} />
          <Table caption={t("trend.title")}>
            <thead><tr><Th>{t("trend.month")}</Th><Th>{t("trend.volume")}</Th><Th>{t("trend.satisfaction")}</Th><Th>{t("trend.onTime")}</Th><Th>{t("trend.resolution")}</Th><Th>{t("trend.citySatisfaction")}</Th></tr></thead>
            <tbody>
              {d.trend.map((m) => (
                <Tr key={m.month}>
                  <Td className="tabular-nums">{m.month}</Td>
                  <Td className="tabular-nums">{m.volume}</Td>
                  <Td className="tabular-nums">{formatPercent(m.satisfaction)}</Td>
                  <Td className="tabular-nums">{formatPercent(m.onTime)}</Td>
                  <Td className="tabular-nums">{formatPercent(m.resolution)}</Td>
                  <Td className="tabular-nums">{formatPercent(m.citySatisfaction)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
