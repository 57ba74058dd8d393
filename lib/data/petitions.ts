// Collective petitions (群体上访): marking a complaint as one, and the accountability-review flag
// of lib/domain/petition.ts over the earlier complaints about the same area (docs/decisions/031).
import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import { accountabilityReview, PETITION_LOOKBACK_DAYS, wasOverdue, type ReviewReason } from "@/lib/domain/petition";
import { cityDate } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/errors";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { bouncedComplaintIds } from "@/lib/data/buck-passing";
import { today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { eventActor } from "@/lib/data/records";
import { sharedForOrg } from "@/lib/data/shared-cache";
import { findRow } from "@/lib/data/read";

type PetitionCandidate = { id: number; areaId: number; receivedAt: Date; isPetition: boolean | null };

/** The review reasons of several petitions at once: one query for the earlier complaints, one for bouncing. */
async function reviewsOf(actor: Actor, petitions: PetitionCandidate[]): Promise<Map<number, ReviewReason[]>> {
  const out = new Map<number, ReviewReason[]>();
  const marked = petitions.filter((p) => p.isPetition);
  if (marked.length === 0) return out;
  const earliest = Math.min(...marked.map((p) => p.receivedAt.getTime())) - PETITION_LOOKBACK_DAYS * 86_400_000 - 86_400_000;
  const latest = Math.max(...marked.map((p) => p.receivedAt.getTime()));
  const priors = await db.complaint.findMany({
    where: scoped(actor, "complaint", { areaId: { in: [...new Set(marked.map((p) => p.areaId))] }, receivedAt: { gte: new Date(earliest), lte: new Date(latest) } }),
    select: { id: true, ref: true, areaId: true, receivedAt: true, currentDueDate: true, handledAt: true, handleDueDate: true, extendedDueDate: true },
    take: 2000,
  });
  const bounced = await bouncedComplaintIds(actor, priors.map((p) => p.id));
  const day = today();
  for (const p of marked) {
    const summaries = priors
      .filter((c) => c.areaId === p.areaId)
      .map((c) => ({
        id: c.id, ref: c.ref, receivedOn: cityDate(c.receivedAt), bounced: bounced.has(c.id),
        overdue: wasOverdue({ currentDueDate: c.currentDueDate, handledOn: c.handledAt ? cityDate(c.handledAt) : null, dueDate: c.extendedDueDate ?? c.handleDueDate }, day),
      }));
    out.set(p.id, accountabilityReview({ id: p.id, isPetition: p.isPetition, receivedOn: cityDate(p.receivedAt) }, summaries));
  }
  return out;
}

export type PetitionInfo = { isPetition: boolean; headcount: number | null; review: ReviewReason[]; mayMark: boolean; version: number };

/** A complaint's petition status and review flag (its record page). */
export async function petitionInfo(actor: Actor, complaintId: number): Promise<PetitionInfo> {
  requirePermission(actor, "complaints.view");
  const c = await findRow("Complaint", {
    where: scoped(actor, "complaint", { id: complaintId }),
    select: ["id", "areaId", "receivedAt", "isPetition", "petitionHeadcount", "registeredOrgId", "status", "version"],
  });
  if (!c) throw notFound();
  const review = (await reviewsOf(actor, [c])).get(c.id) ?? [];
  return {
    isPetition: c.isPetition === true, headcount: c.petitionHeadcount, review, version: c.version,
    mayMark: c.registeredOrgId === actor.orgId && can(actor, "complaints.register") && c.status !== "DUPLICATE",
  };
}

/** The registering office marks (or corrects the headcount of) a collective petition: one transaction with its timeline row. */
export async function markPetition(actor: Actor, complaintId: number, data: { petitionHeadcount: number; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "complaints.register");
  await writeTransaction(async (tx) => {
    const c = await tx.complaint.findFirst({ where: scoped(actor, "complaint", { id: complaintId }), select: { id: true, ref: true, registeredOrgId: true, status: true, version: true, isPetition: true, petitionHeadcount: true } });
    if (!c) throw notFound();
    if (c.registeredOrgId !== actor.orgId || c.status === "DUPLICATE") throw notFound();
    if (c.version !== data.version) throw new AppError("conflict");
    const { count } = await tx.complaint.updateMany({
      where: { id: complaintId, version: data.version },
      data: { isPetition: true, petitionHeadcount: data.petitionHeadcount, version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await tx.complaintEvent.create({ data: { complaintId, kind: "MARKED_PETITION", ...eventActor(actor), note: `${data.petitionHeadcount}人` } });
    await writeAudit(tx, actor, {
      action: "complaint.markPetition", entity: "Complaint", entityId: complaintId, summary: `${c.ref} ${data.petitionHeadcount}`,
      details: { before: { isPetition: c.isPetition, headcount: c.petitionHeadcount }, after: { isPetition: true, headcount: data.petitionHeadcount } }, ip,
    });
  });
}

export type PetitionForReview = { id: number; ref: string; areaName: string; headcount: number | null; receivedAt: Date; review: ReviewReason[] };

/** Recent collective petitions in scope that follow an overdue or bounced matter (the supervision view). */
export async function petitionsForReview(actor: Actor): Promise<PetitionForReview[]> {
  requirePermission(actor, "supervision.view");
  // The same for everyone of the organisation until a matter changes, or the day ends (shared-cache.ts).
  return sharedForOrg(actor, "petitionsForReview", () => reviewList(actor));
}

async function reviewList(actor: Actor): Promise<PetitionForReview[]> {
  const rows = await db.complaint.findMany({
    where: scoped(actor, "complaint", { isPetition: true, receivedAt: { gte: new Date(Date.now() - 365 * 86_400_000) } }),
    select: { id: true, ref: true, areaId: true, receivedAt: true, isPetition: true, petitionHeadcount: true, area: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: 100,
  });
  const reviews = await reviewsOf(actor, rows);
  return rows
    .map((r) => ({ id: r.id, ref: r.ref, areaName: r.area.name, headcount: r.petitionHeadcount, receivedAt: r.receivedAt, review: reviews.get(r.id) ?? [] }))
    .filter((r) => r.review.length > 0);
}
