// CSV export of the outage list with the same filters, in the user's scope.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { csvResponse, refusedExportResponse, type CsvValue } from "@/lib/csv";
import { exportOutages } from "@/lib/data/outages";
import { cityDate, toCityDateTimeInput } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { outageFilterFrom } from "@/lib/validation/works";

export const dynamic = "force-dynamic";

const time = (d: Date | null) => (d ? toCityDateTimeInput(d).replace("T", " ") : "");

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, "outages.view")) return new Response("Not found", { status: 404 });
  const filter = outageFilterFrom(Object.fromEntries(new URL(request.url).searchParams));
  const [t, tc] = await Promise.all([getTranslations("outages"), getTranslations("common")]);
  // An impossible date is refused whole, before the first byte: never a file cut off midway.
  if (filter.problems?.length) return refusedExportResponse(tc("filterProblemExport", { values: filter.problems.map((p) => p.value).join("、") }));
  const header = ["ref", "kind", "utility", "reason", "startAt", "expectedEndAt", "actualEndAt", "areas", "status", "overrunning", "confirmed"] as const;
  async function* rows(): AsyncGenerator<CsvValue[][]> {
    for await (const batch of exportOutages(actor!, filter)) {
      yield batch.map((o) => [
        o.ref, t(`kind.${o.kind}` as never), o.utilityOrg.name, o.reason, time(o.startAt), time(o.expectedEndAt), time(o.actualEndAt),
        o.tasks.map((x) => x.area.name).join("、"), t(`status.${o.status}` as never), o.overrunning ? tc("yes") : "",
        `${o.tasks.filter((x) => x.status === "CONFIRMED").length}/${o.tasks.length}`,
      ]);
    }
  }
  return csvResponse(`${t("csv.fileName")}-${cityDate(new Date())}.csv`, header.map((h) => t(`csv.${h}`)), rows());
}
