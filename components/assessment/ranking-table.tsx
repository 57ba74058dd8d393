// A ranking of one kind of unit: rank, unit, matters, each indicator (its rate and the two counts,
// each count a link to exactly the matters behind it), the weighted score, and the comparison
// rows (district, city). Used by the ranking page and the printed report (without links).
import { getTranslations } from "next-intl/server";
import { INDICATOR_CODES, INDICATORS, isComplaintMeasure, roundScore, type IndicatorValue, type Measure } from "@/lib/domain/assessment";
import type { Ranking } from "@/lib/data/assessment";
import type { BadgeTone } from "@/components/ui/badge";
import { html, type Html } from "@/lib/html";

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

/** The matters behind a unit's number, as the ranking links them: one short address per unit and
 * measure (the records page sends complaint measures on to the complaints list, drillHref). */
function rankingDrillHref(periodId: number, orgId: number, measure: Measure): string {
  return `/assessment/${periodId}/units/${orgId}/records?measure=${measure}`;
}

/** A count and, with `href`, the link to the matters behind it: none behind a zero (an empty list
 * to open, and a third of a street ranking's links on the full city). */
function count(n: number, href: string | null): Html {
  return href && n !== 0 ? html`<a href='${href}'>${n}</a>` : html`${n}`;
}

function indicatorCell(v: IndicatorValue, href: (m: Measure) => string | null, className: string | false): Html {
  const def = INDICATORS[v.code];
  return html`<td${className ? html` class='${className}'` : null}>${formatPercent(v.value)}<span class='counts'>${count(v.numerator, href(def.numerator))} / ${count(v.denominator, href(def.denominator))}</span></td>`;
}

/**
 * The ranking's rows are markup built outside React (lib/html.ts): a street ranking is 120 rows of
 * 16 cells and about 2,000 drill-down links, and as React elements it was the slowest page of the
 * app to render and 1.1 MB to send (docs/decisions/083). The header stays React.
 */
export async function RankingTable({ ranking, links = true }: { ranking: Ranking; links?: boolean }) {
  const t = await getTranslations("assessment");
  const { period } = ranking;
  const badge = (tone: BadgeTone, text: string) => html`<span class='badge badge-${tone}'>${text}</span>`;
  const row = (r: Ranking["rows"][number]) => {
    const notes = [
      !r.ranked && html`<span class='text-xs text-slate-500'>${t("table.notRankedHint", { min: period.minVolume })}</span>`,
      r.belowThreshold && badge("danger", t("table.belowThreshold", { threshold: period.threshold })),
      r.commended && badge("success", t("table.commended")),
    ].filter((n) => n !== false);
    const href = (m: Measure) => (links ? rankingDrillHref(period.id, r.orgId, m) : null);
    const unit = links ? html`<a class='record-link' href='/assessment/${period.id}/units/${r.orgId}'>${r.name}</a>` : html`<span class='font-medium'>${r.name}</span>`;
    return html`<tr${r.belowThreshold ? html` class='bg-red-50'` : null} data-testid='rank-row' data-org='${r.name}' data-rank='${r.rank ?? ""}'>
<td class='tabular-nums font-semibold'>${r.rank ?? html`<span class='text-xs font-normal text-slate-500'>${t("table.notRanked")}</span>`}</td>
<td class='min-w-40'>${unit}${notes.length > 0 ? html`<div class='mt-1 flex flex-wrap gap-1'>${notes}</div>` : null}</td>
<td class='tabular-nums'>${count(r.volume, href("volume"))}</td>
<td class='tabular-nums text-base font-semibold' data-testid='score'>${formatScore(r.score)}</td>
${r.indicators.map((v) => indicatorCell(v, href, v.code === "SATISFACTION_RATE" && r.belowThreshold && "text-red-700"))}</tr>`;
  };
  const noRows = html`<tr><td colspan='${INDICATOR_CODES.length + 4}' class='px-2 py-6 text-center text-slate-500'>${t("table.noRows")}</td></tr>`;
  const comparisons = ranking.comparisons.map((c) => html`<tr class='bg-slate-50 text-slate-700' data-testid='comparison-${c.key}'>
<td class='text-xs'>${t("table.comparison")}</td>
<td class='font-medium'>${c.key === "CITY" ? t("table.cityAverage") : t("table.districtAverage", { name: c.name })}</td>
<td class='tabular-nums'>${c.volume}</td>
<td class='tabular-nums font-semibold'>${formatScore(c.score)}</td>
${c.indicators.map((v) => indicatorCell(v, () => null, false))}</tr>`);
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
        <tbody dangerouslySetInnerHTML={{ __html: html`${ranking.rows.length === 0 ? noRows : ranking.rows.map(row)}`.text }} />
        <tfoot dangerouslySetInnerHTML={{ __html: html`${comparisons}`.text }} />
      </table>
      {ranking.withoutMatters > 0 ? <p className="mt-2 text-xs text-slate-500">{t("table.withoutMatters", { count: ranking.withoutMatters })}</p> : null}
    </div>
  );
}
