// Residents' satisfaction (社会评议): the registering office's return visit (回访) on a closed
// complaint, which may reopen it in the same action, and the resident's own rating on the public
// page (no sign-in; the reference and the phone's last four digits identify the one complaint,
// and look-ups are throttled per address and per reference). docs/decisions/035, 036.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { currentDueDate, transition } from "@/lib/domain/complaint";
import { cityDate } from "@/lib/domain/dates";
import {
  lookupAttemptsSince,
  lookupsRefused,
  mayRecordReturnVisit,
  mayReopenWith,
  mayResidentRate,
  phoneMatches,
  publicStage,
  ratingCounts,
  type PublicStage,
  type Rating,
} from "@/lib/domain/satisfaction";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { enqueueWorkOrderEvent } from "@/lib/data/work-order-events";
import { writeTransaction } from "@/lib/data/submissions";
import { dueDateAfter, today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { eventActor } from "@/lib/data/records";
import { dutyNameMap } from "@/lib/data/routing";
import { findRow, findRows } from "@/lib/data/read";
import type { PublicRatingData, ReturnVisitData } from "@/lib/validation/satisfaction";

export type RatingRow = { id: number; source: string; method: string | null; rating: string; comment: string; reopened: boolean; actorName: string; at: Date };

/** The ratings of a complaint the actor sees (return visits and the resident's own), oldest first. */
export async function complaintRatings(actor: Actor, complaintId: number): Promise<RatingRow[]> {
  requirePermission(actor, "complaints.view");
  const c = await findRow("Complaint", { where: scoped(actor, "complaint", { id: complaintId }), select: ["id"] });
  if (!c) throw notFound();
  return findRows("ComplaintRating", { where: { complaintId }, orderBy: [["id", "asc"]], select: ["id", "source", "method", "rating", "comment", "reopened", "actorName", "at"] });
}

/** Whether the actor may record a return visit on this complaint now (the page shows the form). */
export function mayVisit(actor: Actor, c: { status: string; registeredOrgId: number }): boolean {
  return mayRecordReturnVisit(c, actor.orgId);
}

/**
 * Records a return visit in one transaction with its timeline row and audit row; a dissatisfied
 * one with `reopen` also reopens the complaint (the state machine's "reopen": accepted again, a
 * new handling deadline), so the office can assign it anew.
 */
export async function recordReturnVisit(actor: Actor, complaintId: number, data: ReturnVisitData, ip = ""): Promise<{ reopened: boolean }> {
  requirePermission(actor, "complaints.register");
  const reopen = data.reopen && mayReopenWith(data.rating);
  const handleDueDate = reopen ? await dueDateAfter("COMPLAINT_HANDLE", today()) : null;
  return writeTransaction(async (tx) => {
    const c = await tx.complaint.findFirst({ where: scoped(actor, "complaint", { id: complaintId }) });
    if (!c) throw notFound();
    if (c.version !== data.version) throw new AppError("conflict");
    if (!mayRecordReturnVisit(c, actor.orgId)) throw new AppError("invalidTransition");
    if (data.reopen && !mayReopenWith(data.rating)) throw new AppError("validation", { fieldErrors: { reopen: ["reopenNeedsDissatisfied"] } });
    const now = new Date();
    const counts = ratingCounts(c, "RETURN_VISIT");
    let status = c.status;
    if (reopen) {
      const t = transition(c, "reopen", actor);
      if (!t.ok) throw new AppError("invalidTransition");
      status = t.status;
    }
    const changes = {
      ...(counts ? { satisfaction: data.rating, satisfactionSource: "RETURN_VISIT", satisfactionAt: now } : {}),
      ...(reopen
        ? { status, handleDueDate, extendedDueDate: null, extensionStatus: null, closedAt: null, reopenCount: { increment: 1 } as const }
        : {}),
    };
    const due = currentDueDate({ status, acceptDueDate: c.acceptDueDate, handleDueDate: reopen ? handleDueDate : c.handleDueDate, extendedDueDate: reopen ? null : c.extendedDueDate });
    const { count } = await tx.complaint.updateMany({ where: { id: c.id, version: c.version }, data: { ...changes, currentDueDate: due, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await tx.complaintRating.create({
      data: { complaintId: c.id, source: "RETURN_VISIT", method: data.method, rating: data.rating, comment: data.comment, reopened: reopen, actorUserId: actor.userId, actorOrgId: actor.orgId, actorName: actor.name },
    });
    await tx.complaintEvent.create({ data: { complaintId: c.id, kind: "RETURN_VISIT", ...eventActor(actor), note: data.comment } });
    if (reopen) await tx.complaintEvent.create({ data: { complaintId: c.id, kind: "REOPENED", ...eventActor(actor), note: data.comment } });
    await enqueueWorkOrderEvent(tx, c.id, "RETURN_VISIT", { note: data.comment, rating: data.rating });
    if (reopen) await enqueueWorkOrderEvent(tx, c.id, "REOPENED", { note: data.comment });
    await writeAudit(tx, actor, {
      action: reopen ? "complaint.returnVisitReopen" : "complaint.returnVisit",
      entity: "Complaint",
      entityId: c.id,
      summary: `${c.ref} ${data.rating}`,
      details: { method: data.method, rating: data.rating, counts, reopened: reopen, from: c.status, to: status },
      ip,
    });
    return { reopened: reopen };
  });
}

// ─────────────────────────────── The public page ───────────────────────────────

/** What a resident sees of their complaint: plain words, no staff names, nobody else's data. */
export type PublicComplaintView = {
  ref: string;
  stage: PublicStage;
  category: string;
  receivedOn: string;
  handledOn: string | null;
  closedOn: string | null;
  result: string;
  rated: boolean;
  canRate: boolean;
};

export type PublicLookup = { ok: true; view: PublicComplaintView } | { ok: false; reason: "notFound" | "rateLimited" };

function normaliseRef(ref: string): string {
  return ref.trim().toUpperCase();
}

/** Refuses when this address or this reference has failed too often lately (both are checked). */
async function refused(tx: Tx, ip: string, ref: string, now: Date): Promise<boolean> {
  const since = lookupAttemptsSince(now);
  const [byIp, byRef] = await Promise.all([
    tx.publicRatingAttempt.findMany({ where: { ip, createdAt: { gte: since } }, select: { success: true, createdAt: true } }),
    tx.publicRatingAttempt.findMany({ where: { ref, createdAt: { gte: since } }, select: { success: true, createdAt: true } }),
  ]);
  const shape = (rows: { success: boolean; createdAt: Date }[]) => rows.map((r) => ({ success: r.success, at: r.createdAt }));
  return lookupsRefused(shape(byIp), now) || lookupsRefused(shape(byRef), now);
}

type Matched = NonNullable<Awaited<ReturnType<typeof findPair>>>;

/** The complaint with this reference and phone suffix; null for a wrong pair and an unknown reference alike. */
async function findPair(tx: Tx, ref: string, suffix: string) {
  const c = await tx.complaint.findUnique({ where: { ref } });
  return c && phoneMatches(c.residentPhone, suffix) ? c : null;
}

async function viewOf(c: Matched): Promise<PublicComplaintView> {
  const duties = await dutyNameMap();
  return {
    ref: c.ref,
    stage: publicStage(c.status),
    category: duties.get(c.categoryId)?.name ?? "",
    receivedOn: cityDate(c.receivedAt),
    handledOn: c.handledAt ? cityDate(c.handledAt) : null,
    closedOn: c.closedAt ? cityDate(c.closedAt) : null,
    // The handling result as written for the resident; internal steps and names are not shown.
    result: c.status === "NOT_ACCEPTED" ? c.notAcceptedReason : c.result,
    rated: c.residentRatedAt !== null,
    canRate: mayResidentRate(c),
  };
}

/** Checks the throttle, then the pair; records the attempt either way (in one transaction). */
async function withPair<T>(input: { ref: string; phoneSuffix: string }, ip: string, body: (tx: Tx, c: Matched) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: "notFound" | "rateLimited" }> {
  const ref = normaliseRef(input.ref);
  const now = new Date();
  return db.$transaction(async (tx) => {
    if (await refused(tx, ip, ref, now)) return { ok: false as const, reason: "rateLimited" as const };
    const c = await findPair(tx, ref, input.phoneSuffix);
    await tx.publicRatingAttempt.create({ data: { ip, ref, success: c !== null, createdAt: now } });
    // Look-ups are needed for the throttle's window only; a day is kept.
    await tx.publicRatingAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
    if (!c) return { ok: false as const, reason: "notFound" as const };
    return { ok: true as const, value: await body(tx, c) };
  });
}

export async function lookUpForResident(input: { ref: string; phoneSuffix: string }, ip: string): Promise<PublicLookup> {
  const r = await withPair(input, ip, async (_tx, c) => viewOf(c));
  return r.ok ? { ok: true, view: r.value } : r;
}

export type PublicRatingResult = { ok: true; view: PublicComplaintView } | { ok: false; reason: "notFound" | "rateLimited" | "alreadyRated" | "notClosed" };

/** The resident's own rating: once, on a closed complaint; it counts over any return visit. */
export async function rateAsResident(input: PublicRatingData, ip: string): Promise<PublicRatingResult> {
  const r = await withPair(input, ip, async (tx, c): Promise<PublicRatingResult> => {
    if (c.residentRatedAt !== null) return { ok: false, reason: "alreadyRated" };
    if (!mayResidentRate(c)) return { ok: false, reason: "notClosed" };
    const now = new Date();
    const rating: Rating = input.rating;
    // residentRatedAt: null in the where makes a second, concurrent rating update nothing.
    const { count } = await tx.complaint.updateMany({
      where: { id: c.id, residentRatedAt: null },
      data: { satisfaction: rating, satisfactionSource: "RESIDENT", satisfactionAt: now, residentRatedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "alreadyRated" };
    await tx.complaintRating.create({ data: { complaintId: c.id, source: "RESIDENT", rating, comment: input.comment, at: now } });
    await tx.complaintEvent.create({ data: { complaintId: c.id, kind: "RESIDENT_RATED", note: input.comment } });
    await notify(tx, [c.registeredOrgId], { type: "complaint.residentRated", entityType: "Complaint", entityId: c.id, message: "complaint.residentRated", params: { ref: c.ref, rating } });
    await writeAudit(tx, null, { action: "complaint.residentRated", entity: "Complaint", entityId: c.id, summary: `${c.ref} ${rating}`, details: { rating }, ip });
    const updated = await tx.complaint.findUniqueOrThrow({ where: { id: c.id } });
    return { ok: true, view: await viewOf(updated) };
  });
  return r.ok ? r.value : r;
}
