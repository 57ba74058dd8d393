import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getPeriod, listCommendations, ranking } from "@/lib/data/assessment";
import { INDICATOR_CODES, RANKED_KINDS } from "@/lib/domain/assessment";
import { chineseDate, cityDate } from "@/lib/domain/dates";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { intParam, param } from "@/lib/search-params";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/meetings/print-button";
import { RankingTable } from "@/components/assessment/ranking-table";
import "@/components/meetings/gbt9704.css";
import "@/components/assessment/assessment-print.css";
import { InvalidPeriodNotice } from "@/components/assessment/invalid-period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("export.print") };
}

/** The printable A4 report of a period (every ranking, the formulas) or, with ?doc=commendations, the commendation list. */
export default async function AssessmentPrintPage({ params, searchParams }: PageProps<"/assessment/[id]/print">) {
  const actor = await requireActor();
  const id = routeId((await params).id);
  const query = await searchParams;
  const period = await loadOr404(() => getPeriod(actor, id));
  if (!period.datesValid) return <InvalidPeriodNotice period={period} />;
  const t = await getTranslations("assessment");
  const printed = chineseDate(cityDate(new Date()));
  const toolbar = (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <Link href={`/assessment/${period.id}`} className={buttonClass("secondary")}>{t("unit.back")}</Link>
      <PrintButton label={param(query, "doc") === "commendations" ? t("export.printCommendations") : t("export.print")} />
    </div>
  );

  if (param(query, "doc") === "commendations") {
    const commendations = await listCommendations(actor, id);
    return (
      <div className="space-y-4">
        {toolbar}
        <article className="gbt-doc gbt-sheet gbt-body" data-testid="commendations-document">
          <h1 className="gbt-title">{t("print.commendationsTitle", { name: period.name })}</h1>
          {commendations.length === 0 ? <p className="gbt-para">{t("commend.none")}</p> : null}
          {commendations.map((c, i) => (
            <p key={c.id} className="gbt-para">{i + 1}. {c.orgName}：{c.reason}</p>
          ))}
          <div className="mt-[14mm] text-right">
            <p>{t("print.issuer")}</p>
            <p>{t("print.printedOn", { date: printed })}</p>
          </div>
        </article>
      </div>
    );
  }

  // The district filter of the ranking page (404 outside the actor's districts, as there).
  const districtId = intParam(query, "district");
  notFoundUnless(districtId !== undefined || param(query, "district") === undefined);
  const rankings = await loadOr404(() => Promise.all(RANKED_KINDS.map((k) => ranking(actor, id, k, districtId))));
  const district = rankings.find((r) => r.district)?.district ?? null;
  return (
    <div className="space-y-4">
      {toolbar}
      <article className="assessment-doc" data-testid="assessment-report">
        <h1>{t("print.title", { name: period.name })}</h1>
        <p className="subtitle">{t("print.subtitle", { from: chineseDate(period.fromDate), to: chineseDate(period.toDate), min: period.minVolume, threshold: period.threshold })}</p>
        {district ? <p className="subtitle" data-testid="report-district">{t("filter.printDistrict", { district: district.name })}</p> : null}
        {rankings.map((r) => (
          <section key={r.kind}>
            <h2>{t("table.caption", { kind: t(`kind.${r.kind}`) })}</h2>
            <RankingTable ranking={r} links={false} />
          </section>
        ))}
        <section>
          <h2>{t("formulas")}</h2>
          <table className="w-full">
            <thead><tr><th>{t("table.indicator")}</th><th>{t("weight")}</th><th>{t("formulas")}</th></tr></thead>
            <tbody>
              {INDICATOR_CODES.map((c) => (
                <tr key={c}><td>{t(`indicator.${c}.name`)}</td><td>{period.weights.find((w) => w.code === c)?.weight ?? 0}</td><td>{t(`indicator.${c}.formula`)}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs">{t("scoreFormula")}</p>
        </section>
        <p className="mt-6 text-right">{t("print.issuer")}　{t("print.printedOn", { date: printed })}</p>
      </article>
    </div>
  );
}
