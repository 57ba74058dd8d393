// Residential areas: what each scope sees, and their administration.
import "server-only";
import type { Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { AreaData } from "@/lib/validation/organisation";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { directory, type Directory } from "@/lib/data/directory";
import { allColumns, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";
import { shared } from "@/lib/data/shared-cache";

type OrgName = { id: number; name: string };
/** An area with the organisations it links to named (from the directory). */
export type AreaRow = ModelRow<"ResidentialArea"> & {
  community: OrgName; street: OrgName; district: OrgName; propertyCompany: OrgName | null; policeStation: OrgName | null; ownersCommittee: OrgName | null;
};
export type AreaFilter = { q?: string; districtId?: number; streetId?: number; communityId?: number; propertyCompanyId?: number; policeStationId?: number; includeInactive?: boolean };

const AREA_COLUMNS = allColumns("ResidentialArea");

function withNames(dir: Directory, a: ModelRow<"ResidentialArea">): AreaRow {
  const named = (id: number): OrgName => ({ id, name: dir.orgs.get(id)?.name ?? "" });
  const namedOrNull = (id: number | null): OrgName | null => (id === null ? null : named(id));
  return {
    ...a,
    community: named(a.communityId), street: named(a.streetId), district: named(a.districtId),
    propertyCompany: namedOrNull(a.propertyCompanyId), policeStation: namedOrNull(a.policeStationId), ownersCommittee: namedOrNull(a.ownersCommitteeId),
  };
}

export async function listAreas(actor: Actor, filter: AreaFilter, page: PageRequest): Promise<Page<AreaRow>> {
  requirePermission(actor, "areas.view");
  const where: Prisma.ResidentialAreaWhereInput = scoped(actor, "residentialArea", {
    ...(filter.includeInactive ? {} : { active: true }),
    ...(filter.q ? { name: { contains: filter.q } } : {}),
    ...(filter.districtId ? { districtId: filter.districtId } : {}),
    ...(filter.streetId ? { streetId: filter.streetId } : {}),
    ...(filter.communityId ? { communityId: filter.communityId } : {}),
    ...(filter.propertyCompanyId ? { propertyCompanyId: filter.propertyCompanyId } : {}),
    ...(filter.policeStationId ? { policeStationId: filter.policeStationId } : {}),
  });
  const [rows, dir] = await Promise.all([
    findRows("ResidentialArea", { where: page.cursor ? { AND: [where, { id: { gt: page.cursor } }] } : where, select: AREA_COLUMNS, orderBy: [["id", "asc"]], take: page.size + 1 }),
    directory(),
  ]);
  return pageOf(rows.map((r) => withNames(dir, r)), page.size, (r) => r.id);
}

export async function getArea(actor: Actor, id: number): Promise<AreaRow> {
  requirePermission(actor, "areas.view");
  const [area, dir] = await Promise.all([findRow("ResidentialArea", { where: scoped(actor, "residentialArea", { id }), select: AREA_COLUMNS }), directory()]);
  if (!area) throw notFound();
  return withNames(dir, area);
}

/** Areas in scope for pickers (active only). Every list page's place filter shows them: kept per
 * scope (the where-input is the key) until the directory changes. */
export async function areaOptions(actor: Actor): Promise<{ id: number; name: string; streetId: number; districtId: number }[]> {
  const where = scoped(actor, "residentialArea", { active: true });
  return shared(`areaOptions:${JSON.stringify(where)}`, ["directory"], () =>
    findRows("ResidentialArea", { where, select: ["id", "name", "streetId", "districtId"], orderBy: [["name", "asc"]], take: 5000 }),
  );
}

async function checkAreaLinks(tx: Tx, data: AreaData, selfId?: number) {
  const ids = [data.communityId, data.propertyCompanyId, data.policeStationId, data.ownersCommitteeId].filter((v): v is number => v !== null);
  const orgs = await tx.organisation.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, kind: true, streetId: true, districtId: true } });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const expect: [keyof AreaData, number | null, string][] = [
    ["communityId", data.communityId, "COMMUNITY_COMMITTEE"],
    ["propertyCompanyId", data.propertyCompanyId, "PROPERTY_COMPANY"],
    ["policeStationId", data.policeStationId, "POLICE_STATION"],
    ["ownersCommitteeId", data.ownersCommitteeId, "OWNERS_COMMITTEE"],
  ];
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, id, kind] of expect) {
    if (id !== null && byId.get(id)?.kind !== kind) fieldErrors[field] = ["orgKind"];
  }
  if (data.ownersCommitteeId !== null) {
    const taken = await tx.residentialArea.findUnique({ where: { ownersCommitteeId: data.ownersCommitteeId }, select: { id: true } });
    if (taken && taken.id !== selfId) fieldErrors.ownersCommitteeId = ["ownersCommitteeTaken"];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("validation", { fieldErrors });
  const community = byId.get(data.communityId)!;
  if (community.streetId === null || community.districtId === null) {
    throw new AppError("validation", { fieldErrors: { communityId: ["orgKind"] } });
  }
  return { streetId: community.streetId, districtId: community.districtId };
}

export async function createArea(actor: Actor, data: AreaData, ip = ""): Promise<number> {
  requirePermission(actor, "admin.organisations");
  return writeTransaction(async (tx) => {
    const place = await checkAreaLinks(tx, data);
    const area = await tx.residentialArea.create({
      data: {
        name: data.name, address: data.address, households: data.households, communityId: data.communityId,
        propertyCompanyId: data.propertyCompanyId, policeStationId: data.policeStationId, ownersCommitteeId: data.ownersCommitteeId, ...place,
      },
    });
    await writeAudit(tx, actor, { action: "admin.area.create", entity: "ResidentialArea", entityId: area.id, summary: area.name, details: { ...data }, ip });
    return area.id;
  });
}

export async function updateArea(actor: Actor, id: number, data: AreaData & { version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "admin.organisations");
  await writeTransaction(async (tx) => {
    const current = await tx.residentialArea.findFirst({ where: scoped(actor, "residentialArea", { id }) });
    if (!current) throw notFound();
    const place = await checkAreaLinks(tx, data, id);
    const { count } = await tx.residentialArea.updateMany({
      where: { id, version: data.version },
      data: {
        name: data.name, address: data.address, households: data.households, communityId: data.communityId,
        propertyCompanyId: data.propertyCompanyId, policeStationId: data.policeStationId, ownersCommitteeId: data.ownersCommitteeId,
        ...place, version: { increment: 1 },
      },
    });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, {
      action: "admin.area.update", entity: "ResidentialArea", entityId: id, summary: data.name,
      details: { before: { name: current.name, propertyCompanyId: current.propertyCompanyId, communityId: current.communityId }, after: { ...data } }, ip,
    });
  });
}

export async function setAreaActive(actor: Actor, id: number, active: boolean, version: number, ip = ""): Promise<void> {
  requirePermission(actor, "admin.organisations");
  await writeTransaction(async (tx) => {
    const current = await tx.residentialArea.findFirst({ where: scoped(actor, "residentialArea", { id }), select: { name: true } });
    if (!current) throw notFound();
    const { count } = await tx.residentialArea.updateMany({ where: { id, version }, data: { active, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, { action: active ? "admin.area.reactivate" : "admin.area.deactivate", entity: "ResidentialArea", entityId: id, summary: current.name, ip });
  });
}
