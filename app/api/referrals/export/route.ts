// CSV export of the enforcement-referral list with the same filters, in the user's scope.
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { csvResponse, refusedExportResponse, type CsvValue } from "@/lib/csv";
import { exportReferrals } from "@/lib/data/referrals";
import { orgNames } from "@/lib/data/records";
import { cityDate, toCityDateTimeInput } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { referralFilterFrom } from "@/lib/validation/referral";

export const dynamic = "force-dynamic";

const time = (d: Date | null) => (d ? toCityDateTimeInput(d).replace("T", " ") : "");

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor, "referrals.view")) return new Response("Not found", { status: 404 });
  const filter = referralFilterFrom(Object.fromEntries(new URL(request.url).searchParams));
  const [t, tc] = await Promise.all([getTranslations("referrals"), getTranslations("common")]);
  // An impossible date is refused whole, before the first byte: never a file cut off midway.
  if (filter.problems?.length) return refusedExportResponse(tc("filterProblemExport", { values: filter.problems.map((p) => p.value).join("、") }));
  const header = ["ref", "referredAt", "district", "street", "area", "location", "category", "findings", "referringOrg", "department", "status", "due", "overdue", "measures", "penaltyDecisionNo", "outcomeAt", "acknowledgedAt"] as const;
  async function* rows(): AsyncGenerator<CsvValue[][]> {
    for await (const batch of exportReferrals(actor!, filter)) {
      const names = await orgNames(batch.flatMap((r) => [r.districtId, r.streetId]));
      yield batch.map((r) => [
        r.ref, time(r.referredAt), names.get(r.districtId) ?? "", names.get(r.streetId) ?? "", r.area.name, r.location, r.category?.name ?? "", r.findings,
        r.referringOrg.name, r.departmentOrg.name, t(`status.${r.status}` as never), r.currentDueDate ?? "", r.overdue ? tc("yes") : "", r.measures,
        r.penaltyDecisionNo, time(r.outcomeAt), time(r.acknowledgedAt),
      ]);
    }
  }
  return csvResponse(`${t("csv.fileName")}-${cityDate(new Date())}.csv`, header.map((h) => t(`csv.${h}`)), rows());
}
