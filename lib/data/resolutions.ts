// Resolutions (议定事项): the responsible organisation records progress and marks them done; the
// convener confirms or reopens. Confirming the last resolution of a dispute settled at a meeting
// resolves the dispute. Overdue ones are listed and highlighted everywhere.
import "server-only";
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
import { actorView, named, recordDisputeEvent, type Named } from "@/lib/data/disputes";
import { notify } from "@/lib/data/notifications";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { assertAllowed, refused } from "@/lib/data/refusals";
import { directory } from "@/lib/data/directory";
import { allColumns, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

export const RESOLUTION_ENTITY = "Resolution";

export type ResolutionFilter = {
  /** mine: my organisation is responsible; convened: resolutions of meetings my organisation convened. */
  role?: "mine" | "convened";
  status?: ResolutionStatus;
  overdue?: boolean;
  /** Waiting for my organisation's confirmation. */
  toConfirm?: boolean;
};

/** A list row: the resolution, who is responsible, its meeting and its dispute. */
export type ResolutionRow = ModelRow<"Resolution"> & {
  responsibleOrg: Named;
  meeting: { id: number; ref: string; title: string; convenerOrgId: number; convener: { name: string } };
  dispute: { id: number; ref: string; title: string } | null;
};

const RESOLUTION_COLUMNS = allColumns("Resolution");

/** Resolution rows with the names and titles their list shows; `meetingColumns` are read besides the list's. */
async function withRelations<K extends "minutesStatus" | "startsAt" = never>(rows: ModelRow<"Resolution">[], meetingColumns: readonly K[] = []) {
  const meetingIds = [...new Set(rows.map((r) => r.meetingId))];
  const disputeIds = [...new Set(rows.flatMap((r) => (r.disputeId === null ? [] : [r.disputeId])))];
  const [meetings, disputes, dir] = await Promise.all([
    meetingIds.length === 0 ? [] : findRows("JointMeeting", { where: { id: { in: meetingIds } }, select: ["id", "ref", "title", "convenerOrgId", ...meetingColumns] }),
    disputeIds.length === 0 ? [] : findRows("Dispute", { where: { id: { in: disputeIds } }, select: ["id", "ref", "title"] }),
    directory(),
  ]);
  const meetingById = new Map(meetings.map((m) => [m.id, { ...m, convener: { name: named(dir, m.convenerOrgId).name } }]));
  const disputeById = new Map(disputes.map((d) => [d.id, d]));
  return rows.map((r) => ({
    ...r,
    responsibleOrg: named(dir, r.responsibleOrgId),
    meeting: meetingById.get(r.meetingId)!,
    dispute: r.disputeId === null ? null : disputeById.get(r.disputeId)!,
  }));
}

/**
 * The meetings with final minutes that the actor's organisation convened, for the lists of their
 * resolutions. Named by id, SQLite reads those meetings' resolutions; as a relation filter
 * (`meeting: { convenerOrgId, minutesStatus }`) it walks every resolution of the city and checks
 * the scope of each (the inbox's two such lists 33 → 2 ms as a district at the full city).
 */
export async function convenedFinalMeetings(actor: Actor): Promise<number[]> {
  return (await findRows("JointMeeting", { where: { convenerOrgId: actor.orgId, minutesStatus: "FINAL" }, select: ["id"] })).map((m) => m.id);
}

/** How many candidates a step of the final-minutes walk reads after the first, and how many a page may read in all. */
const WALK_BATCH = 100;
const WALK_LIMIT = 2000;

/** Resolutions of final minutes (a draft's resolutions are not yet anybody's work). */
export async function listResolutions(actor: Actor, filter: ResolutionFilter, page: PageRequest): Promise<Page<ResolutionRow>> {
  requirePermission(actor, "resolutions.view");
  const conditions: Prisma.ResolutionWhereInput = {
    ...(filter.role === "mine" ? { responsibleOrgId: actor.orgId } : {}),
    ...(filter.overdue ? { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today() } } : filter.toConfirm ? { status: "DONE" } : filter.status ? { status: filter.status } : {}),
  };
  const convened = filter.role === "convened" || filter.toConfirm;
  if (convened) {
    // The convener's own meetings: selective, SQLite starts from their resolutions.
    const where = scoped(actor, "resolution", { ...conditions, meetingId: { in: await convenedFinalMeetings(actor) } });
    const rows = await findRows("Resolution", { where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where, select: RESOLUTION_COLUMNS, orderBy: [["id", "desc"]], take: page.size + 1 });
    const shown = pageOf(rows, page.size, (r) => r.id);
    return { ...shown, rows: await withRelations(shown.rows) };
  }
  // Without a selective filter, a join on "final minutes" makes SQLite walk every meeting and sort
  // all their resolutions (0.5–1.6 s at the full city, issue 6). Walk the resolutions newest first
  // instead, in batches, keeping those of final minutes: almost all are, so the first batch, a
  // page and one, fills a page; later ones read WALK_BATCH, WALK_LIMIT candidates in all.
  const where = scoped(actor, "resolution", conditions);
  const found: ModelRow<"Resolution">[] = [];
  let cursor = page.cursor;
  let exhausted = false;
  for (let read = 0; read < WALK_LIMIT && found.length <= page.size; ) {
    const take = Math.min(read === 0 ? page.size + 1 : WALK_BATCH, WALK_LIMIT - read);
    const batch = await findRows("Resolution", { where: cursor ? { AND: [where, { id: { lt: cursor } }] } : where, select: RESOLUTION_COLUMNS, orderBy: [["id", "desc"]], take });
    const meetingIds = [...new Set(batch.map((b) => b.meetingId))];
    const final = new Set((meetingIds.length === 0 ? [] : await findRows("JointMeeting", { where: { id: { in: meetingIds }, minutesStatus: "FINAL" }, select: ["id"] })).map((m) => m.id));
    found.push(...batch.filter((b) => final.has(b.meetingId)));
    read += batch.length;
    cursor = batch.at(-1)?.id;
    if (batch.length < take) {
      exhausted = true;
      break;
    }
  }
  const shown = found.slice(0, page.size);
  // More rows exist when the walk found more than a page, or stopped before the end.
  const nextCursor = found.length > page.size ? shown.at(-1)!.id : !exhausted && cursor ? cursor : null;
  return { rows: await withRelations(shown), nextCursor };
}

/** A resolution's record: the list row with its meeting's minutes status and date, its agenda item and its progress. */
export type ResolutionDetail = Omit<ResolutionRow, "meeting"> & {
  meeting: ResolutionRow["meeting"] & { minutesStatus: string; startsAt: Date };
  agendaItem: { id: number; title: string } | null;
  progress: ModelRow<"ResolutionProgress">[];
};

export async function getResolution(actor: Actor, id: number): Promise<ResolutionDetail> {
  requirePermission(actor, "resolutions.view");
  const found = await findRow("Resolution", { where: scoped(actor, "resolution", { id }), select: RESOLUTION_COLUMNS });
  if (!found) throw notFound();
  const [[resolution], agendaItem, progress] = await Promise.all([
    withRelations([found], ["minutesStatus", "startsAt"]),
    found.agendaItemId === null ? null : findRow("AgendaItem", { where: { id: found.agendaItemId }, select: ["id", "title"] }),
    findRows("ResolutionProgress", { where: { resolutionId: id }, select: allColumns("ResolutionProgress"), orderBy: [["id", "asc"]] }),
  ]);
  return { ...resolution!, agendaItem, progress };
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
