// A ranking of one kind of unit: rank, unit, matters, each indicator (its rate and the two counts,
// each count a link to exactly the matters behind it), the weighted score, and the comparison
// rows (district, city). Used by the ranking page and the printed report (without links).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { INDICATOR_CODES, INDICATORS, isComplaintMeasure, roundScore, type IndicatorValue, type Measure } from "@/lib/domain/assessment";
import type { Ranking } from "@/lib/data/assessment";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${roundScore(value).toFixed(1)}%`;
}

export function formatScore(value: number | null): string {
  return value === null ? "—" : roundScore(value).toFixed(1);
}

/** Where a count drills down to: the complaints list for complaint measures, the unit's
 * joint-meeting records for the others (only per unit: comparison rows have no list). */
export function drillHref(period: { id: number; fromDate: string; toDate: string }, orgId: number | null, measure: Measure): string | null {
  if (!isComplaintMeasure(measure)) return orgId === null ? null : `/assessment/${period.id}/units/${orgId}/records?measure=${measure}`;
  const q = new URLSearchParams({ from: period.fromDate, to: period.toDate, measure });
  if (orgId !== null) q.set("unit", String(orgId));
  return `/complaints?${q.toString()}`;
}

/** A count and, with `href`, the link to the matters behind it. A plain anchor (one CSS class), not
 * the client-side Link: a street ranking has about 2,000 of them, and as Link components they made
 * the page 1.5 MB and its server render the slowest of the app (docs/decisions/045). */
function Count({ n, href, testId }: { n: number; href: string | null; testId?: string }) {
  return href ? <a href={href} className="drill-link" data-testid={testId} data-count={n}>{n}</a> : <span data-testid={testId} data-count={n}>{n}</span>;
}

function IndicatorCell({ v, period, orgId, links }: { v: IndicatorValue; period: Ranking["period"]; orgId: number | null; links: boolean }) {
  const def = INDICATORS[v.code];
  const href = (m: Measure) => (links && orgId !== null ? drillHref(period, orgId, m) : null);
  return (
    <>
      <div className="rate">{formatPercent(v.value)}</div>
      <div className="counts">
        <Count n={v.numerator} href={href(def.numerator)} testId={orgId !== null ? `drill-${orgId}-${def.numerator}` : undefined} />
        {" / "}
        <Count n={v.denominator} href={href(def.denominator)} testId={orgId !== null ? `drill-${orgId}-${def.denominator}-${v.code}` : undefined} />
      </div>
    </>
  );
}

export async function RankingTable({ ranking, links = true }: { ranking: Ranking; links?: boolean }) {
  const t = await getTranslations("assessment");
  const { period } = ranking;
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="ranking-table w-full min-w-[56rem] text-sm" data-testid="ranking-table">
        <caption className="sr-only">{t("table.caption", { kind: t(`kind.${ranking.kind}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.rank")}</th>
            <th scope="col">{t("table.unit")}</th>
            <th scope="col">{t("table.volume")}</th>
            <th scope="col">{t("table.score")}</th>
            {INDICATOR_CODES.map((c) => (
              <th key={c} scope="col" className="min-w-24" title={t(`indicator.${c}.formula`)}>{t(`indicator.${c}.name`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranking.rows.length === 0 ? (
            <tr><td colSpan={INDICATOR_CODES.length + 4} className="px-2 py-6 text-center text-slate-500">{t("table.noRows")}</td></tr>
          ) : null}
          {ranking.rows.map((r) => (
            <tr key={r.orgId} className={cn(r.belowThreshold && "bg-red-50")} data-testid="rank-row" data-org={r.name} data-rank={r.rank ?? ""}>
              <td className="tabular-nums font-semibold">{r.rank ?? <span className="text-xs font-normal text-slate-500">{t("table.notRanked")}</span>}</td>
              <td className="min-w-40">
                {links ? <Link href={`/assessment/${period.id}/units/${r.orgId}`} className="record-link">{r.name}</Link> : <span className="font-medium">{r.name}</span>}
                <div className="mt-1 flex flex-wrap gap-1">
                  {!r.ranked ? <span className="text-xs text-slate-500">{t("table.notRankedHint", { min: period.minVolume })}</span> : null}
                  {r.belowThreshold ? <Badge tone="danger">{t("table.belowThreshold", { threshold: period.threshold })}</Badge> : null}
                  {r.commended ? <Badge tone="success">{t("table.commended")}</Badge> : null}
                </div>
              </td>
              <td className="tabular-nums"><Count n={r.volume} href={links ? drillHref(period, r.orgId, "volume") : null} testId={`drill-${r.orgId}-volume-total`} /></td>
              <td className="tabular-nums text-base font-semibold" data-testid="score">{formatScore(r.score)}</td>
              {r.indicators.map((v) => (
                <td key={v.code} className={cn(v.code === "SATISFACTION_RATE" && r.belowThreshold && "text-red-700")}>
                  <IndicatorCell v={v} period={period} orgId={r.orgId} links={links} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {ranking.comparisons.map((c) => (
            <tr key={c.key} className="bg-slate-50 text-slate-700" data-testid={`comparison-${c.key}`}>
              <td className="text-xs">{t("table.comparison")}</td>
              <td className="font-medium">{c.key === "CITY" ? t("table.cityAverage") : t("table.districtAverage", { name: c.name })}</td>
              <td className="tabular-nums">{c.volume}</td>
              <td className="tabular-nums font-semibold">{formatScore(c.score)}</td>
              {c.indicators.map((v) => (
                <td key={v.code}><IndicatorCell v={v} period={period} orgId={null} links={false} /></td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
      {ranking.withoutMatters > 0 ? <p className="mt-2 text-xs text-slate-500">{t("table.withoutMatters", { count: ranking.withoutMatters })}</p> : null}
    </div>
  );
}
