// The home page's weekly report: this week's matters of the organisation against its district
// and the city (taken on, on-time rate, resolution rate, satisfaction rate).
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/scope";
import { weeklyReport } from "@/lib/data/assessment";
import type { IndicatorCode } from "@/lib/domain/assessment";
import { Card } from "@/components/ui/layout";
import { formatPercent } from "@/components/assessment/ranking-table";

const SHOWN: IndicatorCode[] = ["ON_TIME_RATE", "RESOLUTION_RATE", "SATISFACTION_RATE"];

export async function WeeklyReportCard({ actor }: { actor: Actor }) {
  const report = await weeklyReport(actor);
  if (!report) return null;
  const t = await getTranslations("assessment");
  return (
    <Card title={t("weekly.title")}>
      <p className="mb-2 text-xs text-slate-600">{t("weekly.range", { from: report.from, to: report.to })} · {t("weekly.hint")}</p>
      <table className="w-full text-sm" data-testid="weekly-report">
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium" />
            <th scope="col" className="py-1 font-medium">{t("table.volume")}</th>
            {SHOWN.map((c) => <th key={c} scope="col" className="py-1 font-medium">{t(`indicator.${c}.name`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100" data-testid={`weekly-${r.key}`}>
              <th scope="row" className="py-1.5 pr-2 text-left font-medium">{t(`weekly.row.${r.key}`)}</th>
              <td className="tabular-nums">{r.volume}</td>
              {SHOWN.map((c) => <td key={c} className="tabular-nums">{formatPercent(r.indicators.find((i) => i.code === c)?.value ?? null)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {!report.resolutionRateKnown ? <p className="mt-2 text-xs text-slate-600" data-testid="weekly-not-due">{t("weekly.notDue")}</p> : null}
    </Card>
  );
}
