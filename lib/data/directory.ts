// The directory every page names things from: organisations, residential areas and the duty
// matrix, a few thousand rows that administrators change rarely. Read whole once and kept in
// memory until a change bumps the "directory" counter (shared-cache.ts), so a list names its
// rows' areas and organisations without joining them. Organisations are visible to every signed-in
// user (lib/scope.ts "organisation"); areas here are only looked up by the id of a record the
// actor already sees, never listed from here.
import "server-only";
import { readDb } from "@/lib/db-read";
import { modelRows } from "@/lib/data/rows";
import { shared } from "@/lib/data/shared-cache";

export type DirectoryOrg = { id: number; name: string; kind: string; sector: string | null; parentId: number | null; districtId: number | null; streetId: number | null; active: boolean };
export type DirectoryArea = {
  id: number; name: string; districtId: number; streetId: number; communityId: number; propertyCompanyId: number | null;
  policeStationId: number | null; ownersCommitteeId: number | null; active: boolean;
};
export type DirectoryDuty = {
  id: number; code: string; name: string; nameEn: string; policyText: string; responsibleKind: string; responsibleSector: string | null;
  responsibleOrgId: number | null; propertyScope: boolean; active: boolean;
};

export type Directory = {
  orgs: Map<number, DirectoryOrg>;
  areas: Map<number, DirectoryArea>;
  /** Every line of the duty matrix, inactive ones too (old records name them), in the matrix's order. */
  duties: DirectoryDuty[];
  dutyById: Map<number, DirectoryDuty>;
};

async function load(): Promise<Directory> {
  const [orgs, areas, duties] = await Promise.all([
    readDb.selectFrom("Organisation").select(["id", "name", "kind", "sector", "parentId", "districtId", "streetId", "active"]).execute(),
    readDb.selectFrom("ResidentialArea").select(["id", "name", "districtId", "streetId", "communityId", "propertyCompanyId", "policeStationId", "ownersCommitteeId", "active"]).execute(),
    readDb.selectFrom("DutyCategory")
      .select(["id", "code", "name", "nameEn", "policyText", "responsibleKind", "responsibleSector", "responsibleOrgId", "propertyScope", "active"])
      .orderBy("sortOrder", "asc").orderBy("id", "asc").execute(),
  ]);
  const dutyRows = modelRows("DutyCategory", duties) as DirectoryDuty[];
  return {
    orgs: new Map((modelRows("Organisation", orgs) as DirectoryOrg[]).map((o) => [o.id, o])),
    areas: new Map((modelRows("ResidentialArea", areas) as DirectoryArea[]).map((a) => [a.id, a])),
    duties: dutyRows,
    dutyById: new Map(dutyRows.map((d) => [d.id, d])),
  };
}

/** The directory as of the last change. */
export function directory(): Promise<Directory> {
  return shared("directory", ["directory"], load);
}

export type OrgRef = { id: number; name: string; kind: string };

/** An organisation's id, name and kind (as the lists' `named` selects). */
export function orgRef(dir: Directory, id: number): OrgRef {
  const o = dir.orgs.get(id);
  return { id, name: o?.name ?? "", kind: o?.kind ?? "" };
}

export function orgRefOrNull(dir: Directory, id: number | null): OrgRef | null {
  return id === null ? null : orgRef(dir, id);
}

/** An area's id and name. */
export function areaRef(dir: Directory, id: number): { id: number; name: string } {
  return { id, name: dir.areas.get(id)?.name ?? "" };
}
