// Organisations of the tree: directory look-ups for every user, administration for admins.
import "server-only";
import { db, type Tx } from "@/lib/db";
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

const orgSelect = {
  id: true, kind: true, name: true, code: true, sector: true, parentId: true, districtId: true, streetId: true,
  contactPerson: true, phone: true, address: true, email: true, active: true, version: true,
} satisfies Prisma.OrganisationSelect;

export type OrgRow = Prisma.OrganisationGetPayload<{ select: typeof orgSelect }> & { childCount: number };
export type OrgOption = { id: number; name: string; kind: string; sector: string | null; districtId: number | null; streetId: number | null };

export type OrgListFilter = { parentId?: number; kind?: OrgKind; q?: string; includeInactive?: boolean };

/** Lists organisations under a parent (or top level), of a kind, or matching a name. */
export async function listOrganisations(actor: Actor, filter: OrgListFilter, page: PageRequest): Promise<Page<OrgRow>> {
  const where: Prisma.OrganisationWhereInput = scoped(actor, "organisation", {
    ...(filter.includeInactive ? {} : { active: true }),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q ? { name: { contains: filter.q } } : filter.parentId !== undefined ? { parentId: filter.parentId } : filter.kind ? {} : { parentId: null }),
  });
  const rows = await db.organisation.findMany({
    where: page.cursor ? { AND: [where, { id: { gt: page.cursor } }] } : where,
    select: { ...orgSelect, _count: { select: { children: true } } },
    orderBy: { id: "asc" },
    take: page.size + 1,
  });
  return pageOf(
    rows.map(({ _count, ...r }) => ({ ...r, childCount: _count.children })),
    page.size,
    (r) => r.id,
  );
}

/** Top-level organisations counted by kind: the first level of the administration tree. */
export async function countTopLevelByKind(actor: Actor, includeInactive: boolean): Promise<{ kind: string; count: number }[]> {
  const rows = await db.organisation.groupBy({
    by: ["kind"],
    where: scoped(actor, "organisation", { parentId: null, ...(includeInactive ? {} : { active: true }) }),
    _count: { _all: true },
  });
  return rows.map((r) => ({ kind: r.kind, count: r._count._all }));
}

export async function getOrganisation(actor: Actor, id: number) {
  const org = await db.organisation.findFirst({
    where: scoped(actor, "organisation", { id }),
    select: { ...orgSelect, parent: { select: { id: true, name: true, kind: true } }, _count: { select: { children: true, users: true } } },
  });
  if (!org) throw notFound();
  return org;
}

/** The chain of ancestors of an organisation, root first (for breadcrumbs). */
export async function organisationPath(actor: Actor, id: number): Promise<{ id: number; name: string; kind: string }[]> {
  const path: { id: number; name: string; kind: string }[] = [];
  let current: number | null = id;
  for (let depth = 0; current !== null && depth < 8; depth++) {
    const org: { id: number; name: string; kind: string; parentId: number | null } | null = await db.organisation.findFirst({
      where: scoped(actor, "organisation", { id: current }),
      select: { id: true, name: true, kind: true, parentId: true },
    });
    if (!org) break;
    path.unshift({ id: org.id, name: org.name, kind: org.kind });
    current = org.parentId;
  }
  return path;
}

/** Active organisations of the given kinds, for pickers in forms. */
export async function organisationOptions(actor: Actor, kinds: readonly OrgKind[], within?: { districtId?: number; streetId?: number }): Promise<OrgOption[]> {
  return db.organisation.findMany({
    where: scoped(actor, "organisation", {
      active: true,
      kind: { in: [...kinds] },
      ...(within?.districtId ? { OR: [{ districtId: within.districtId }, { id: within.districtId }] } : {}),
      ...(within?.streetId ? { streetId: within.streetId } : {}),
    }),
    select: { id: true, name: true, kind: true, sector: true, districtId: true, streetId: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: 2000,
  });
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
