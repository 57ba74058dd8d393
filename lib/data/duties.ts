// The duty matrix (§二): read by everyone who routes matters, edited by administrators.
import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import type { Actor } from "@/lib/scope";
import type { DutyData } from "@/lib/validation/duty";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";

const dutyInclude = {
  responsibleOrg: { select: { id: true, name: true } },
  keywords: { select: { term: true, weight: true }, orderBy: { term: "asc" } },
} satisfies Prisma.DutyCategoryInclude;
export type DutyRow = Prisma.DutyCategoryGetPayload<{ include: typeof dutyInclude }>;

/** The duty matrix is short (tens of lines) and read whole. */
export async function listDuties(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<DutyRow[]> {
  requirePermission(actor, "duties.view");
  return db.dutyCategory.findMany({
    where: options.includeInactive ? {} : { active: true },
    include: dutyInclude,
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

export async function getDuty(actor: Actor, id: number): Promise<DutyRow> {
  requirePermission(actor, "duties.view");
  const duty = await db.dutyCategory.findUnique({ where: { id }, include: dutyInclude });
  if (!duty) throw notFound();
  return duty;
}

function dutyFields(data: DutyData) {
  return {
    code: data.code, name: data.name, nameEn: data.nameEn, policyText: data.policyText, responsibleKind: data.responsibleKind,
    responsibleSector: data.responsibleSector, responsibleOrgId: data.responsibleOrgId, propertyScope: data.propertyScope,
    sortOrder: data.sortOrder, active: data.active,
  };
}

async function checkDuty(tx: Prisma.TransactionClient, data: DutyData, selfId?: number) {
  const fieldErrors: Record<string, string[]> = {};
  const sameCode = await tx.dutyCategory.findUnique({ where: { code: data.code }, select: { id: true } });
  if (sameCode && sameCode.id !== selfId) fieldErrors.code = ["duplicate"];
  if (data.responsibleOrgId !== null) {
    const org = await tx.organisation.findUnique({ where: { id: data.responsibleOrgId }, select: { kind: true, active: true } });
    if (!org || !org.active || org.kind !== data.responsibleKind) fieldErrors.responsibleOrgId = ["orgKind"];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("validation", { fieldErrors });
}

export async function createDuty(actor: Actor, data: DutyData, ip = ""): Promise<number> {
  requirePermission(actor, "admin.duties");
  return writeTransaction(async (tx) => {
    await checkDuty(tx, data);
    const duty = await tx.dutyCategory.create({
      data: { ...dutyFields(data), keywords: { create: data.keywordList.map((term) => ({ term })) } },
    });
    await writeAudit(tx, actor, { action: "admin.duty.create", entity: "DutyCategory", entityId: duty.id, summary: duty.name, details: { ...dutyFields(data), keywords: data.keywordList }, ip });
    return duty.id;
  });
}

export async function updateDuty(actor: Actor, id: number, data: DutyData & { version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "admin.duties");
  await writeTransaction(async (tx) => {
    const current = await tx.dutyCategory.findUnique({ where: { id }, include: { keywords: true } });
    if (!current) throw notFound();
    await checkDuty(tx, data, id);
    const { count } = await tx.dutyCategory.updateMany({ where: { id, version: data.version }, data: { ...dutyFields(data), version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    const before = new Set(current.keywords.map((k) => k.term));
    const after = new Set(data.keywordList);
    await tx.routingKeyword.deleteMany({ where: { categoryId: id, term: { notIn: [...after] } } });
    const added = [...after].filter((t) => !before.has(t));
    if (added.length > 0) await tx.routingKeyword.createMany({ data: added.map((term) => ({ categoryId: id, term })) });
    await writeAudit(tx, actor, {
      action: "admin.duty.update", entity: "DutyCategory", entityId: id, summary: data.name,
      details: {
        before: { name: current.name, policyText: current.policyText, responsibleKind: current.responsibleKind, responsibleSector: current.responsibleSector, keywords: [...before] },
        after: { ...dutyFields(data), keywords: data.keywordList },
      }, ip,
    });
  });
  // The classifier learns the matrix's words: the next suggestion, on any server, retrains first
  // (the "directory" counter this edit bumped; lib/data/routing.ts).
}
