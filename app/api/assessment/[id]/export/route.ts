// Export of a period's rankings and indicator definitions: CSV (one table: ?kind=DISTRICT|STREET|
// COMMUNITY|PROPERTY_COMPANY, or ?kind=INDICATORS) or XLSX (every table, one sheet each), in the
// actor's scope — the same numbers as the ranking page.
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { attachmentDisposition, refusedExportResponse, toCsv, type CsvValue } from "@/lib/csv";
import { ranking, type Ranking } from "@/lib/data/assessment";
import { INDICATOR_CODES, RANKED_KINDS, rankedKindSchema, roundScore } from "@/lib/domain/assessment";
import { cityDate } from "@/lib/domain/dates";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";

export const dynamic = "force-dynamic";

type T = Awaited<ReturnType<typeof getTranslations<"assessment">>>;
const num = (v: number | null) => (v === null ? null : roundScore(v));

function rankingTable(t: T, r: Ranking): { header: string[]; rows: CsvValue[][] } {
  const header = [t("table.rank"), t("table.unit"), t("table.volume"), t("table.score")];
  for (const c of INDICATOR_CODES) header.push(`${t(`indicator.${c}.name`)}(%)`, `${t(`indicator.${c}.name`)}·${t("export.numerator")}`, `${t(`indicator.${c}.name`)}·${t("export.denominator")}`);
  header.push(t("export.flags"));
  const rows: CsvValue[][] = r.rows.map((u) => [
    u.rank ?? t("table.notRanked"), u.name, u.volume, num(u.score),
    ...u.indicators.flatMap((v) => [num(v.value), v.numerator, v.denominator]),
    [u.belowThreshold ? t("table.belowThreshold", { threshold: r.period.threshold }) : "", u.commended ? t("table.commended") : ""].filter(Boolean).join("；"),
  ]);
  for (const c of r.comparisons) {
    rows.push([t("table.comparison"), c.key === "CITY" ? t("table.cityAverage") : t("table.districtAverage", { name: c.name }), c.volume, num(c.score), ...c.indicators.flatMap((v) => [num(v.value), v.numerator, v.denominator]), ""]);
  }
  return { header, rows };
}

function indicatorTable(t: T, r: Ranking): { header: string[]; rows: CsvValue[][] } {
  return {
    header: [t("table.indicator"), t("weight"), t("formulas")],
    rows: INDICATOR_CODES.map((c) => [t(`indicator.${c}.name`), r.period.weights.find((w) => w.code === c)?.weight ?? 0, t(`indicator.${c}.formula`)]),
  };
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const notFound = () => new Response("Not found", { status: 404 });
  if (!actor || !can(actor, "assessment.view")) return notFound();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) return notFound();
  const id = Number(raw);
  const search = new URL(request.url).searchParams;
  const format = search.get("format") === "xlsx" ? "xlsx" : "csv";
  // The ranking page's district filter; a district outside the actor's is 404 (ranking()).
  const districtParam = search.get("district");
  if (districtParam !== null && !/^\d{1,9}$/.test(districtParam)) return notFound();
  const districtId = districtParam === null ? undefined : Number(districtParam);
  const t = await getTranslations("assessment");
  try {
    if (format === "csv") {
      const kindParam = search.get("kind") ?? "DISTRICT";
      const kind = kindParam === "INDICATORS" ? "DISTRICT" : rankedKindSchema.safeParse(kindParam).data;
      if (!kind) return notFound();
      const r = await ranking(actor, id, kind, districtId);
      const table = kindParam === "INDICATORS" ? indicatorTable(t, r) : rankingTable(t, r);
      const label = kindParam === "INDICATORS" ? t("formulas") : t(`kind.${kind}`);
      return new Response(toCsv(table.header, table.rows), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachmentDisposition(`${r.period.name}${r.district ? `-${r.district.name}` : ""}-${label}-${cityDate(new Date())}.csv`), "cache-control": "no-store" },
      });
    }
    const rankings = await Promise.all(RANKED_KINDS.map((k) => ranking(actor, id, k, districtId)));
    const district = rankings.find((r) => r.district)?.district;
    const book = new ExcelJS.Workbook();
    book.created = new Date();
    for (const r of rankings) {
      const sheet = book.addWorksheet(t(`kind.${r.kind}`));
      const table = rankingTable(t, r);
      sheet.addRow(table.header).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row.map((v) => (v instanceof Date ? v.toISOString() : v ?? null)));
      sheet.getColumn(2).width = 28;
      sheet.views = [{ state: "frozen", xSplit: 2, ySplit: 1 }];
    }
    const ind = indicatorTable(t, rankings[0]!);
    const sheet = book.addWorksheet(t("formulas"));
    sheet.addRow(ind.header).font = { bold: true };
    for (const row of ind.rows) sheet.addRow(row);
    sheet.getColumn(1).width = 20;
    sheet.getColumn(3).width = 60;
    const buffer = await book.xlsx.writeBuffer();
    return new Response(new Uint8Array(buffer as ArrayBuffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": attachmentDisposition(`${rankings[0]!.period.name}${district ? `-${district.name}` : ""}-${cityDate(new Date())}.xlsx`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "notFound") return notFound();
    if (isAppError(error) && error.code === "assessment.invalidPeriod") return refusedExportResponse((await getTranslations("errors"))("assessment.invalidPeriod"));
    throw error;
  }
}
