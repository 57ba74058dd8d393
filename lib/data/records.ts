// Shared pieces of the intake records (complaints, referrals, works, outages): their numbers
// and who did what on their timelines.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { cityDate } from "@/lib/domain/dates";
import { nextRef, refPrefix, type RefKind } from "@/lib/domain/reference-number";
import type { Actor } from "@/lib/scope";

/** The next number of the year, issued inside the transaction that creates the record (the unique index guards it). */
export async function issueRef(tx: Tx, kind: RefKind, at: Date): Promise<string> {
  const year = Number(cityDate(at).slice(0, 4));
  const where = { ref: { startsWith: refPrefix(kind, year) } };
  const select = { ref: true } as const;
  const orderBy = { ref: "desc" } as const;
  const last =
    kind === "Complaint" ? await tx.complaint.findFirst({ where, select, orderBy })
    : kind === "EnforcementReferral" ? await tx.enforcementReferral.findFirst({ where, select, orderBy })
    : kind === "PlannedWorks" ? await tx.plannedWorks.findFirst({ where, select, orderBy })
    : await tx.outage.findFirst({ where, select, orderBy });
  return nextRef(kind, year, last?.ref ?? null);
}

/** Who acted, as a timeline row records it (names are kept as they were at the time). */
export function eventActor(actor: Actor): { actorUserId: number; actorOrgId: number; actorName: string; actorOrgName: string } {
  return { actorUserId: actor.userId, actorOrgId: actor.orgId, actorName: actor.name, actorOrgName: actor.orgName };
}

/** Organisation names for ids (one batched query, for exports and timelines). */
export async function orgNames(ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.organisation.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
