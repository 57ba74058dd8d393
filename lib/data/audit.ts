// The audit trail: written in the same transaction as the change it records; read by admins.
import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { auditHash, checkChain, type ChainCheck } from "@/lib/domain/audit-chain";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | number;
  summary?: string;
  details?: Record<string, unknown>;
  ip?: string;
};

type AuditActor = Pick<Actor, "userId" | "orgId" | "name"> | null;

/**
 * Appends an audit row, chained to the one before it (lib/domain/audit-chain.ts). Called inside
 * the write transaction of the change it records: write transactions begin IMMEDIATE, so no other
 * writer can append between reading the last row and adding this one.
 */
export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true } });
  const row = {
    id: (last?.id ?? 0) + 1,
    at: new Date(),
    actorUserId: actor?.userId ?? null,
    actorOrgId: actor?.orgId ?? null,
    actorName: actor?.name ?? "",
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined ? "" : String(entry.entityId),
    summary: entry.summary ?? "",
    details: JSON.stringify(entry.details ?? {}),
    ip: entry.ip ?? "",
  };
  await tx.auditLog.create({ data: { ...row, hash: auditHash(last?.hash ?? "", row) } });
}

export type AuditChainReport = ChainCheck & { total: number };

/**
 * Walks the whole audit log in id order and checks every link of the hash chain
 * (`npm run audit:verify`). Reports the first row where the chain breaks: that row or the one
 * before it was changed, removed or inserted outside the application.
 */
export async function verifyAuditChain(batchSize = 5000): Promise<AuditChainReport> {
  let previous = "";
  let cursor = 0;
  let checked = 0;
  let unchained = 0;
  for (;;) {
    const rows = await db.auditLog.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: batchSize });
    if (rows.length === 0) break;
    const result = checkChain(previous, rows);
    if (!result.ok) return { ...result, checked: checked + result.checked, total: checked + result.checked };
    previous = result.lastHash;
    checked += result.checked;
    unchained += result.unchained;
    cursor = rows.at(-1)!.id;
  }
  return { ok: true, lastHash: previous, checked, unchained, total: checked };
}

export type AuditFilter = {
  action?: string;
  entity?: string;
  actor?: string;
  from?: Date;
  to?: Date;
};

export async function listAuditLog(actor: Actor, filter: AuditFilter, page: PageRequest): Promise<Page<AuditRow>> {
  requirePermission(actor, "admin.audit");
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
  requirePermission(actor, "admin.audit");
  const rows = await db.auditLog.findMany({
    where: scoped(actor, "auditLog"),
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((r) => r.action);
}
