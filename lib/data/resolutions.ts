// Resolutions (议定事项): the responsible organisation records progress and marks them done; the
// convener confirms or reopens. Confirming the last resolution of a dispute settled at a meeting
// resolves the dispute. Overdue ones are listed and highlighted everywhere.
import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { disputeStatusSchema, disputeTransition } from "@/lib/domain/dispute";
import { allConfirmed, resolutionActions, resolutionRefusal, resolutionStatusSchema, resolutionTransition, type ResolutionAction, type ResolutionStatus } from "@/lib/domain/resolution";
import { minutesStatusSchema } from "@/lib/domain/meeting";
import { notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { actorView, recordDisputeEvent } from "@/lib/data/disputes";
import { notify } from "@/lib/data/notifications";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { assertAllowed, refused } from "@/lib/data/refusals";

export const RESOLUTION_ENTITY = "Resolution";

export type ResolutionFilter = {
  /** mine: my organisation is responsible; convened: resolutions of meetings my organisation convened. */
  role?: "mine" | "convened";
  status?: ResolutionStatus;
  overdue?: boolean;
  /** Waiting for my organisation's confirmation. */
  toConfirm?: boolean;
};

const listInclude = {
  responsibleOrg: { select: { id: true, name: true } },
  meeting: { select: { id: true, ref: true, title: true, convenerOrgId: true, convener: { select: { name: true } } } },
  dispute: { select: { id: true, ref: true, title: true } },
} satisfies Prisma.ResolutionInclude;
export type ResolutionRow = Prisma.ResolutionGetPayload<{ include: typeof listInclude }>;

/** How many candidates one step of the final-minutes walk reads, and how many steps a page may take. */
const WALK_BATCH = 100;
const WALK_STEPS = 20;

/** Resolutions of final minutes (a draft's resolutions are not yet anybody's work). */
export async function listResolutions(actor: Actor, filter: ResolutionFilter, page: PageRequest): Promise<Page<ResolutionRow>> {
  requirePermission(actor, "resolutions.view");
  const conditions: Prisma.ResolutionWhereInput = {
    ...(filter.role === "mine" ? { responsibleOrgId: actor.orgId } : {}),
    ...(filter.overdue ? { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today() } } : filter.toConfirm ? { status: "DONE" } : filter.status ? { status: filter.status } : {}),
  };
  const convened = filter.role === "convened" || filter.toConfirm;
  if (convened) {
    // The convener's own meetings: selective, SQLite starts from the meeting.
    const where = scoped(actor, "resolution", { ...conditions, meeting: { minutesStatus: "FINAL", convenerOrgId: actor.orgId } });
    const rows = await db.resolution.findMany({ where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where, include: listInclude, orderBy: { id: "desc" }, take: page.size + 1 });
    return pageOf(rows, page.size, (r) => r.id);
  }
  // Without a selective filter, a join on "final minutes" makes SQLite walk every meeting and sort
  // all their resolutions (0.5–1.6 s at the full city, issue 6). Walk the resolutions newest first
  // instead, in batches, keeping those of final minutes: almost all are, so one batch fills a page.
  const where = scoped(actor, "resolution", conditions);
  const ids: number[] = [];
  let cursor = page.cursor;
  let exhausted = false;
  for (let step = 0; step < WALK_STEPS && ids.length <= page.size; step++) {
    const batch = await db.resolution.findMany({
      where: cursor ? { AND: [where, { id: { lt: cursor } }] } : where,
      select: { id: true, meeting: { select: { minutesStatus: true } } },
      orderBy: { id: "desc" },
      take: WALK_BATCH,
    });
    ids.push(...batch.filter((b) => b.meeting.minutesStatus === "FINAL").map((b) => b.id));
    cursor = batch.at(-1)?.id;
    if (batch.length < WALK_BATCH) {
      exhausted = true;
      break;
    }
  }
  const shown = ids.slice(0, page.size);
  const rows = shown.length === 0 ? [] : await db.resolution.findMany({ where: scoped(actor, "resolution", { id: { in: shown } }), include: listInclude, orderBy: { id: "desc" } });
  // More rows exist when the walk found more than a page, or stopped before the end.
  const nextCursor = ids.length > page.size ? shown.at(-1)! : !exhausted && cursor ? cursor : null;
  return { rows, nextCursor };
}

const detailInclude = {
  ...listInclude,
  meeting: { select: { id: true, ref: true, title: true, convenerOrgId: true, minutesStatus: true, startsAt: true, convener: { select: { name: true } } } },
  agendaItem: { select: { id: true, title: true } },
  progress: { orderBy: { id: "asc" } },
} satisfies Prisma.ResolutionInclude;
export type ResolutionDetail = Prisma.ResolutionGetPayload<{ include: typeof detailInclude }>;

export async function getResolution(actor: Actor, id: number): Promise<ResolutionDetail> {
  requirePermission(actor, "resolutions.view");
  const resolution = await db.resolution.findFirst({ where: scoped(actor, "resolution", { id }), include: detailInclude });
  if (!resolution) throw notFound();
  return resolution;
}

export function resolutionActionsFor(actor: Actor, r: { status: string; responsibleOrgId: number; meeting: { convenerOrgId: number; minutesStatus: string } }): ResolutionAction[] {
  return resolutionActions(
    { status: resolutionStatusSchema.parse(r.status), responsibleOrgId: r.responsibleOrgId },
    { convenerOrgId: r.meeting.convenerOrgId, minutesStatus: minutesStatusSchema.parse(r.meeting.minutesStatus) },
    actorView(actor),
  );
}

const PROGRESS_KIND = { progress: "PROGRESS", markDone: "DONE", confirm: "CONFIRMED", reopen: "REOPENED" } as const;

export async function actOnResolution(actor: Actor, id: number, input: { action: ResolutionAction; note: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "resolutions.view");
  await writeTransaction(async (tx) => {
    const r = await tx.resolution.findFirst({ where: scoped(actor, "resolution", { id }), include: { meeting: { select: { id: true, title: true, convenerOrgId: true, minutesStatus: true } } } });
    if (!r) throw notFound();
    const status = resolutionStatusSchema.parse(r.status);
    assertAllowed(resolutionRefusal({ status, responsibleOrgId: r.responsibleOrgId }, { convenerOrgId: r.meeting.convenerOrgId, minutesStatus: minutesStatusSchema.parse(r.meeting.minutesStatus) }, actorView(actor), input.action));
    const step = resolutionTransition(status, input.action);
    if (!step.ok) throw refused(step.reason);
    const now = new Date();
    const { count } = await tx.resolution.updateMany({
      where: { id, version: input.version },
      data: {
        status: step.status, version: { increment: 1 },
        ...(input.action === "markDone" ? { doneNote: input.note, doneAt: now } : {}),
        ...(input.action === "confirm" ? { confirmedAt: now } : {}),
        ...(input.action === "reopen" ? { doneAt: null } : {}),
      },
    });
    await assertUpdated(count, async () => true);
    await tx.resolutionProgress.create({ data: { resolutionId: id, kind: PROGRESS_KIND[input.action], note: input.note, actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId } });
    const params = { title: r.meeting.title, description: r.description.slice(0, 60), org: actor.orgName, note: input.note };
    if (input.action === "markDone") {
      await notify(tx, [r.meeting.convenerOrgId], { type: "resolution.done", entityType: RESOLUTION_ENTITY, entityId: id, message: "resolutionDone", params });
    } else if (input.action === "confirm" || input.action === "reopen") {
      await notify(tx, [r.responsibleOrgId], { type: `resolution.${input.action}`, entityType: RESOLUTION_ENTITY, entityId: id, message: input.action === "confirm" ? "resolutionConfirmed" : "resolutionReopened", params });
    }
    if (r.disputeId !== null && input.action !== "progress") {
      const type = input.action === "markDone" ? "resolutionDone" : input.action === "confirm" ? "resolutionConfirmed" : "resolutionReopened";
      await recordDisputeEvent(tx, actor, r.disputeId, type, { note: input.note, data: { resolutionId: id, description: r.description, meetingId: r.meetingId } });
      // Confirming the last outstanding resolution of a dispute settled at a meeting resolves it.
      if (input.action === "confirm") {
        const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: r.disputeId } });
        const statuses = (await tx.resolution.findMany({ where: { disputeId: r.disputeId }, select: { status: true } })).map((x) => x.status);
        const resolve = disputeTransition(disputeStatusSchema.parse(dispute.status), { type: "resolve", allResolutionsConfirmed: allConfirmed(statuses) });
        if (resolve.ok) {
          await tx.dispute.update({ where: { id: dispute.id }, data: { status: resolve.status, currentDueDate: null, resolvedAt: now, version: { increment: 1 } } });
          await recordDisputeEvent(tx, actor, dispute.id, "resolved", { data: { resolutionId: id } });
          const units = await tx.disputeUnit.findMany({ where: { disputeId: dispute.id }, select: { orgId: true } });
          await notify(tx, [dispute.registeredByOrgId, ...units.map((u) => u.orgId)].filter((o) => o !== actor.orgId), {
            type: "dispute.resolved", entityType: "Dispute", entityId: dispute.id, message: "disputeResolved", params: { ref: dispute.ref, title: dispute.title },
          });
        }
      }
    }
    await writeAudit(tx, actor, { action: `resolution.${input.action}`, entity: RESOLUTION_ENTITY, entityId: id, summary: r.description.slice(0, 80), details: { note: input.note }, ip });
  });
}
