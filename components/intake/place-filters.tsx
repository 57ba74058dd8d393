// Where-filters of the intake lists, by the actor's scope: the city picks a district (then its
// streets), a district its streets and areas, a street its areas.
import { getTranslations } from "next-intl/server";
import { areaOptions } from "@/lib/data/areas";
import { organisationOptions } from "@/lib/data/organisations";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/scope";
import { FilterSelect } from "@/components/ui/filter-bar";

export async function PlaceFilters({ actor, districtId, streetId, areaId }: { actor: Actor; districtId?: number; streetId?: number; areaId?: number }) {
  const t = await getTranslations("common");
  const tp = await getTranslations("intake");
  const level = actor.scope.level;
  const wideScope = level === "CITY" || level === "ORG";
  const streetWithin = level === "DISTRICT" ? actor.scope.districtId : districtId;
  const [districts, streets, areas] = await Promise.all([
    wideScope ? organisationOptions(actor, ["DISTRICT_GOVERNMENT"]) : Promise.resolve([]),
    level !== "STREET" && streetWithin ? organisationOptions(actor, ["STREET_OFFICE"], { districtId: streetWithin }) : Promise.resolve([]),
    (level === "STREET" || level === "DISTRICT") && can(actor, "areas.view") ? areaOptions(actor) : Promise.resolve([]),
  ]);
  return (
    <>
      {wideScope ? <FilterSelect name="district" label={tp("district")} defaultValue={districtId} allLabel={t("all")} options={districts.map((d) => ({ value: d.id, label: d.name }))} /> : null}
      {streets.length > 0 ? <FilterSelect name="street" label={tp("street")} defaultValue={streetId} allLabel={t("all")} options={streets.map((s) => ({ value: s.id, label: s.name }))} /> : null}
      {areas.length > 0 ? <FilterSelect name="area" label={tp("area")} defaultValue={areaId} allLabel={t("all")} options={areas.filter((a) => !streetId || a.streetId === streetId).map((a) => ({ value: a.id, label: a.name }))} /> : null}
    </>
  );
}
