// Organisations of the tree: directory look-ups for every user, administration for admins.
import "server-only";
import type { Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orgKindSchema, parentKindsFor, placeInTree, type OrgKind } from "@/lib/domain/organisation";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { OrganisationData } from "@/lib/validation/organisation";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { directory, orgRef, orgRefOrNull } from "@/lib/data/directory";
import { countBy, countRows, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";
import { shared } from "@/lib/data/shared-cache";

const ORG_COLUMNS = [
  "id", "kind", "name", "code", "sector", "parentId", "districtId", "streetId", "contactPerson", "phone", "address", "email", "active", "version",
] as const satisfies readonly (keyof ModelRow<"Organisation">)[];

export type OrgRow = Pick<ModelRow<"Organisation">, (typeof ORG_COLUMNS)[number]> & { childCount: number };
export type OrgOption = { id: number; name: string; kind: string; sector: string | null; districtId: number | null; streetId: number | null };
export type OrgDetail = Pick<ModelRow<"Organisation">, (typeof ORG_COLUMNS)[number]> & {
  parent: { id: number; name: string; kind: string } | null;
  _count: { children: number; users: number };
};

export type OrgListFilter = { parentId?: number; kind?: OrgKind; q?: string; includeInactive?: boolean };

/** How many organisations each of these has directly below it (inactive ones too). */
async function childCounts(ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await countBy("Organisation", ["parentId"], { parentId: { in: [...ids] } });
  return new Map(rows.map((r) => [r.parentId!, r.count]));
}

/** Lists organisations under a parent (or top level), of a kind, or matching a name. */
export async function listOrganisations(actor: Actor, filter: OrgListFilter, page: PageRequest): Promise<Page<OrgRow>> {
  const where: Prisma.OrganisationWhereInput = scoped(actor, "organisation", {
    ...(filter.includeInactive ? {} : { active: true }),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q ? { name: { contains: filter.q } } : filter.parentId !== undefined ? { parentId: filter.parentId } : filter.kind ? {} : { parentId: null }),
  });
  const rows = await findRows("Organisation", {
    where: page.cursor ? { AND: [where, { id: { gt: page.cursor } }] } : where,
    select: ORG_COLUMNS,
    orderBy: [["id", "asc"]],
    take: page.size + 1,
  });
  const shown = pageOf(rows, page.size, (r) => r.id);
  const children = await childCounts(shown.rows.map((r) => r.id));
  return { rows: shown.rows.map((r) => ({ ...r, childCount: children.get(r.id) ?? 0 })), nextCursor: shown.nextCursor };
}

/** Top-level organisations counted by kind: the first level of the administration tree. */
export async function countTopLevelByKind(actor: Actor, includeInactive: boolean): Promise<{ kind: string; count: number }[]> {
  const rows = await countBy("Organisation", ["kind"], scoped(actor, "organisation", { parentId: null, ...(includeInactive ? {} : { active: true }) }));
  return rows.map((r) => ({ kind: r.kind, count: r.count }));
}

export async function getOrganisation(actor: Actor, id: number): Promise<OrgDetail> {
  const [org, dir] = await Promise.all([findRow("Organisation", { where: scoped(actor, "organisation", { id }), select: ORG_COLUMNS }), directory()]);
  if (!org) throw notFound();
  const [children, users] = await Promise.all([countRows("Organisation", { parentId: id }), countRows("User", { orgId: id })]);
  return { ...org, parent: orgRefOrNull(dir, org.parentId), _count: { children, users } };
}

/** The chain of ancestors of an organisation, root first (for breadcrumbs). */
export async function organisationPath(actor: Actor, id: number): Promise<{ id: number; name: string; kind: string }[]> {
  // The chain from the directory, then one read for the part of it in the actor's scope: the
  // path stops below the first ancestor the actor may not see.
  const dir = await directory();
  const chain: number[] = [];
  for (let current: number | null = id; current !== null && chain.length < 8; ) {
    const org = dir.orgs.get(current);
    if (!org) break;
    chain.push(org.id);
    current = org.parentId;
  }
  if (chain.length === 0) return [];
  const visible = new Set((await findRows("Organisation", { where: scoped(actor, "organisation", { id: { in: chain } }), select: ["id"] })).map((o) => o.id));
  const shown = chain.findIndex((c) => !visible.has(c));
  return (shown === -1 ? chain : chain.slice(0, shown)).reverse().map((c) => orgRef(dir, c));
}

/** Active organisations of the given kinds, for pickers in forms. Nearly every list page's filters
 * show them: kept per where-input (organisations are one directory for everyone, so the key is the
 * same for every actor) until the directory changes. */
export async function organisationOptions(actor: Actor, kinds: readonly OrgKind[], within?: { districtId?: number; streetId?: number }): Promise<OrgOption[]> {
  const where = scoped(actor, "organisation", {
    active: true,
    kind: { in: [...kinds] },
    ...(within?.districtId ? { OR: [{ districtId: within.districtId }, { id: within.districtId }] } : {}),
    ...(within?.streetId ? { streetId: within.streetId } : {}),
  });
  return shared(`orgOptions:${JSON.stringify(where)}`, ["directory"], () =>
    findRows("Organisation", { where, select: ["id", "name", "kind", "sector", "districtId", "streetId"], orderBy: [["kind", "asc"], ["name", "asc"]], take: 2000 }),
  );
}

async function checkParent(tx: Tx, kind: OrgKind, parentId: number | null, selfId?: number) {
  const allowed = parentKindsFor(kind);
  if (parentId === null) {
    if (allowed.length > 0) throw new AppError("validation", { fieldErrors: { parentId: ["required"] } });
    return null;
  }
  const parent = await tx.organisation.findUnique({
    where: { id: parentId },
    select: { id: true, kind: true, parentId: true, districtId: true, streetId: true, active: true },
  });
  const parentKind = parent ? orgKindSchema.parse(parent.kind) : null;
  if (!parent || !parentKind || !parent.active || !(allowed as readonly string[]).includes(parentKind) || parent.id === selfId) {
    throw new AppError("validation", { fieldErrors: { parentId: ["parentKind"] } });
  }
  return { ...parent, kind: parentKind };
}

async function checkCodeFree(tx: Tx, code: string | null, selfId?: number) {
  if (!code) return;
  const other = await tx.organisation.findUnique({ where: { code }, select: { id: true } });
  if (other && other.id !== selfId) throw new AppError("validation", { fieldErrors: { code: ["duplicate"] } });
}

export async function createOrganisation(actor: Actor, data: OrganisationData, ip = ""): Promise<number> {
  requirePermission(actor, "admin.organisations");
  return writeTransaction(async (tx) => {
    const parent = await checkParent(tx, data.kind, data.parentId);
    await checkCodeFree(tx, data.code);
    const place = placeInTree(data.kind, parent);
    const org = await tx.organisation.create({
      data: {
        kind: data.kind, name: data.name, code: data.code, sector: data.sector, parentId: data.parentId,
        contactPerson: data.contactPerson, phone: data.phone, address: data.address, email: data.email, ...place,
      },
    });
    await writeAudit(tx, actor, { action: "admin.organisation.create", entity: "Organisation", entityId: org.id, summary: org.name, details: { ...data }, ip });
    return org.id;
  });
}

/** Updates an organisation; its kind never changes. Moving it re-derives the place of its subtree. */
export async function updateOrganisation(actor: Actor, id: number, data: OrganisationData & { version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "admin.organisations");
  await writeTransaction(async (tx) => {
    const current = await tx.organisation.findFirst({ where: scoped(actor, "organisation", { id }) });
    if (!current) throw notFound();
    const kind = orgKindSchema.parse(current.kind);
    const parent = await checkParent(tx, kind, data.parentId, id);
    await checkCodeFree(tx, data.code, id);
    const place = placeInTree(kind, parent);
    const { count } = await tx.organisation.updateMany({
      where: { id, version: data.version },
      data: {
        name: data.name, code: data.code, sector: data.sector, parentId: data.parentId, contactPerson: data.contactPerson,
        phone: data.phone, address: data.address, email: data.email, ...place, version: { increment: 1 },
      },
    });
    await assertUpdated(count, async () => true);
    if (current.parentId !== data.parentId) await replaceSubtree(tx, id);
    await writeAudit(tx, actor, {
      action: "admin.organisation.update", entity: "Organisation", entityId: id, summary: data.name,
      details: { before: { name: current.name, parentId: current.parentId, phone: current.phone }, after: { ...data } }, ip,
    });
  });
}

/** Re-derives districtId/streetId below a moved organisation (the tree is at most four deep). */
async function replaceSubtree(tx: Tx, rootId: number) {
  let frontier = [rootId];
  for (let depth = 0; frontier.length > 0 && depth < 6; depth++) {
    const parents = await tx.organisation.findMany({ where: { id: { in: frontier } } });
    const next: number[] = [];
    for (const parent of parents) {
      const children = await tx.organisation.findMany({ where: { parentId: parent.id }, select: { id: true, kind: true } });
      for (const child of children) {
        const place = placeInTree(orgKindSchema.parse(child.kind), { ...parent, kind: orgKindSchema.parse(parent.kind) });
        await tx.organisation.update({ where: { id: child.id }, data: place });
        next.push(child.id);
      }
    }
    frontier = next;
  }
}

export async function setOrganisationActive(actor: Actor, id: number, active: boolean, version: number, ip = ""): Promise<void> {
  requirePermission(actor, "admin.organisations");
  await writeTransaction(async (tx) => {
    const current = await tx.organisation.findFirst({ where: scoped(actor, "organisation", { id }), select: { name: true } });
    if (!current) throw notFound();
    if (!active && id === actor.orgId) throw new AppError("ownOrganisation");
    const { count } = await tx.organisation.updateMany({ where: { id, version }, data: { active, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, {
      action: active ? "admin.organisation.reactivate" : "admin.organisation.deactivate",
      entity: "Organisation", entityId: id, summary: current.name, ip,
    });
  });
}
