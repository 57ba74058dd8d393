// CSV export of the planned-works list with the same filters, in the user's scope.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { csvResponse, refusedExportResponse, type CsvValue } from "@/lib/csv";
import { exportWorks } from "@/lib/data/works";
import { cityDate, toCityDateTimeInput } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { worksFilterFrom } from "@/lib/validation/works";

export const dynamic = "force-dynamic";

const time = (d: Date | null) => (d ? toCityDateTimeInput(d).replace("T", " ") : "");

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, "works.view")) return new Response("Not found", { status: 404 });
  const filter = worksFilterFrom(Object.fromEntries(new URL(request.url).searchParams));
  const [t, tc] = await Promise.all([getTranslations("works"), getTranslations("common")]);
  // An impossible date is refused whole, before the first byte: never a file cut off midway.
  if (filter.problems?.length) return refusedExportResponse(tc("filterProblemExport", { values: filter.problems.map((p) => p.value).join("、") }));
  const header = ["ref", "utility", "title", "occupies", "startDate", "endDate", "areas", "status", "overdue", "restoredOn", "confirmed", "createdAt"] as const;
  async function* rows(): AsyncGenerator<CsvValue[][]> {
    for await (const batch of exportWorks(actor!, filter)) {
      yield batch.map((w) => [
        w.ref, w.utilityOrg.name, w.title, w.occupies, w.startDate, w.endDate, w.areas.map((a) => a.area.name).join("、"), t(`status.${w.status}` as never),
        w.overdue ? tc("yes") : "", w.restoredOn ?? "", `${w.areas.filter((a) => a.restoration === "CONFIRMED").length}/${w.areas.length}`, time(w.createdAt),
      ]);
    }
  }
  return csvResponse(`${t("csv.fileName")}-${cityDate(new Date())}.csv`, header.map((h) => t(`csv.${h}`)), rows());
}
