// The audit trail: written in the same transaction as the change it records; read by admins.
import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoped, type Actor } from "@/lib/scope";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | number;
  summary?: string;
  details?: Record<string, unknown>;
  ip?: string;
};

type AuditActor = Pick<Actor, "userId" | "orgId" | "name"> | null;

export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: actor?.userId ?? null,
      actorOrgId: actor?.orgId ?? null,
      actorName: actor?.name ?? "",
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined ? "" : String(entry.entityId),
      summary: entry.summary ?? "",
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? "",
    },
  });
}

export type AuditFilter = {
  action?: string;
  entity?: string;
  actor?: string;
  from?: Date;
  to?: Date;
};

export async function listAuditLog(actor: Actor, filter: AuditFilter, page: PageRequest): Promise<Page<AuditRow>> {
  const where: Prisma.AuditLogWhereInput = scoped(actor, "auditLog", {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.actor ? { actorName: { contains: filter.actor } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  });
  const rows = await db.auditLog.findMany({
    where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where,
    orderBy: { id: "desc" },
    take: page.size + 1,
  });
  return pageOf(rows, page.size, (r) => r.id);
}

export type AuditRow = Awaited<ReturnType<typeof db.auditLog.findFirstOrThrow>>;

export async function listAuditActions(actor: Actor): Promise<string[]> {
  const rows = await db.auditLog.findMany({
    where: scoped(actor, "auditLog"),
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((r) => r.action);
}
