// CSV export of the complaint list with the same filters, in the user's scope, residents masked
// by the same rule as on screen (lib/data/complaints.ts).
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { csvResponse, refusedExportResponse, type CsvValue } from "@/lib/csv";
import { exportComplaints } from "@/lib/data/complaints";
import { orgNames } from "@/lib/data/records";
import { cityDate, toCityDateTimeInput } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { complaintFilterFrom } from "@/lib/validation/complaint";

export const dynamic = "force-dynamic";

const time = (d: Date | null) => (d ? toCityDateTimeInput(d).replace("T", " ") : "");

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, "complaints.view")) return new Response("Not found", { status: 404 });
  const filter = complaintFilterFrom(Object.fromEntries(new URL(request.url).searchParams));
  const [t, tc] = await Promise.all([getTranslations("complaints"), getTranslations("common")]);
  // An impossible date is refused whole, before the first byte: never a file cut off midway.
  if (filter.problems?.length) return refusedExportResponse(tc("filterProblemExport", { values: filter.problems.map((p) => p.value).join("、") }));
  const header = ["ref", "channel", "channelRef", "receivedAt", "district", "street", "area", "category", "resident", "phone", "description", "registeredOrg", "handlerOrg", "status", "due", "overdue", "handOverCount", "result", "repliedAt"] as const;
  async function* rows(): AsyncGenerator<CsvValue[][]> {
    for await (const batch of exportComplaints(actor!, filter)) {
      const names = await orgNames(batch.flatMap((c) => [c.districtId, c.streetId]));
      yield batch.map((c) => [
        c.ref, t(`channel.${c.channel}` as never), c.channelRef, time(c.receivedAt), names.get(c.districtId) ?? "", names.get(c.streetId) ?? "",
        c.area.name, c.category?.name ?? "", c.residentName, c.residentPhone, c.description, c.registeredOrg.name, c.handlerOrg.name,
        t(`status.${c.status}` as never), c.currentDueDate ?? "", c.overdue ? tc("yes") : "", c.handOverCount, c.result, time(c.repliedAt),
      ]);
    }
  }
  return csvResponse(`${t("csv.fileName")}-${cityDate(new Date())}.csv`, header.map((h) => t(`csv.${h}`)), rows());
}
