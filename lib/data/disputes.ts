// Disputes (矛盾纠纷): registration (the one creation function, also used when a complaint becomes
// a dispute), details, editing, reopening, the timeline, and which actions a page may offer.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityDate } from "@/lib/domain/dates";
import {
  convenedLevel, disputeActions, disputeLevelSchema, disputeRef, disputeStatusSchema, disputeTransition, isCrossDistrict, nextLevel,
  outcomeSchema, UNIT_FORM_KINDS, UNIT_KINDS, type DisputeAction, type DisputeEventType, type DisputeLevel, type DisputeStatus,
} from "@/lib/domain/dispute";
import { escalationRefusal, type EscalationBasis } from "@/lib/domain/escalation";
import { AppError, notFound } from "@/lib/errors";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, scopeWhere, type Actor } from "@/lib/scope";
import type { DisputeData } from "@/lib/validation/dispute";
import { listAttachments, recordAttachments, type PreparedFile } from "@/lib/data/attachments";
import { writeAudit } from "@/lib/data/audit";
import { disputeDeadlines, today, type DisputeDeadlines } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { organisationOptions } from "@/lib/data/organisations";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { refused } from "@/lib/data/refusals";

export const DISPUTE_ENTITY = "Dispute";

type EventActor = Pick<Actor, "userId" | "name" | "orgId" | "orgName">;

/** Appends one event to the timelines of the given disputes (inside the caller's transaction). */
export async function recordDisputeEvent(
  tx: Tx,
  actor: EventActor,
  disputeIds: number | readonly number[],
  type: DisputeEventType,
  extra: { note?: string; data?: Record<string, unknown> } = {},
): Promise<void> {
  const ids = typeof disputeIds === "number" ? [disputeIds] : [...new Set(disputeIds)];
  if (ids.length === 0) return;
  await tx.disputeEvent.createMany({
    data: ids.map((disputeId) => ({
      disputeId, type, actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId, actorOrgName: actor.orgName,
      note: extra.note ?? "", data: JSON.stringify(extra.data ?? {}),
    })),
  });
}

/** The district an actor's organisation belongs to (a district government is its own district). */
function actorDistrict(actor: Actor): number | null {
  return actor.scope.level === "DISTRICT" || actor.scope.level === "STREET" ? actor.scope.districtId : null;
}

/**
 * A dispute whose areas lie in several districts concerns each of their governments: those other
 * than the registering organisation's own district are told (§三(四): the city coordinates major
 * cross-district disputes, and each district must know of them). Districts already told are not
 * told again.
 */
async function notifyOtherDistricts(tx: Tx, actor: Actor, disputeId: number, districtIds: readonly number[], params: { ref: string; title: string }, already: readonly number[] = []): Promise<void> {
  const own = actorDistrict(actor);
  const others = [...new Set(districtIds)].filter((d) => d !== own && d !== actor.orgId && !already.includes(d));
  if (new Set(districtIds).size < 2 || others.length === 0) return;
  await notify(tx, others, { type: "dispute.crossDistrict", entityType: DISPUTE_ENTITY, entityId: disputeId, message: "disputeCrossDistrict", params: { ...params, org: actor.orgName } });
}

/** The areas named exist and are active, and at least one lies in the registering organisation's own territory. */
async function checkAreas(tx: Tx, actor: Actor, areaIds: readonly number[]) {
  const unique = [...new Set(areaIds)];
  const areas = await tx.residentialArea.findMany({ where: { id: { in: unique }, active: true }, select: { id: true, name: true, districtId: true, streetId: true } });
  if (areas.length !== unique.length) throw new AppError("validation", { fieldErrors: { areaIds: ["meeting.areaUnknown"] } });
  const own = await tx.residentialArea.count({ where: scoped(actor, "residentialArea", { id: { in: unique } }) });
  if (own === 0) throw new AppError("validation", { fieldErrors: { areaIds: ["meeting.areaOutsideScope"] } });
  return areas;
}

async function checkUnits(tx: Tx, unitIds: readonly number[]) {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return [];
  const units = await tx.organisation.findMany({ where: { id: { in: unique }, active: true, kind: { in: [...UNIT_KINDS] } }, select: { id: true, name: true } });
  if (units.length !== unique.length) throw new AppError("validation", { fieldErrors: { unitIds: ["orgKind"] } });
  return units;
}

export type CreateDisputeOptions = {
  /** Run inside the caller's transaction (e.g. turning a complaint into a dispute). */
  tx?: Tx;
  /** The complaint this dispute is raised from. */
  sourceComplaintId?: number;
  /** Files already checked and stored by prepareFiles (before the transaction). */
  files?: readonly PreparedFile[];
  ip?: string;
  /** The deadline rules, read before the caller's transaction (required with tx). */
  deadlines?: DisputeDeadlines;
};

/**
 * Registers a dispute held by the actor's organisation at the tier it convenes (a street office
 * at street level, a district government at district level, the housing bureau at city level).
 * The one way disputes are created: complaints that become disputes come through here too.
 */
export async function createDispute(actor: Actor, input: DisputeData, options: CreateDisputeOptions = {}): Promise<number> {
  requirePermission(actor, "disputes.register");
  const level = convenedLevel(actor.orgKind);
  if (!level) throw notFound();
  const deadlines = options.deadlines ?? await disputeDeadlines();
  const run = async (tx: Tx): Promise<number> => {
    const areas = await checkAreas(tx, actor, input.areaIds);
    const units = await checkUnits(tx, input.unitIds);
    const now = new Date();
    const created = await tx.dispute.create({
      data: {
        ref: `tmp-${randomUUID()}`, title: input.title, description: input.description, parties: input.parties, urgency: input.urgency,
        level, status: "PENDING_MEETING", currentDueDate: deadlines.forStatus("PENDING_MEETING"), ownerOrgId: actor.orgId, registeredByOrgId: actor.orgId, registeredById: actor.userId,
        originStreetId: actor.scope.level === "STREET" ? actor.scope.streetId : null, originDistrictId: actorDistrict(actor),
        crossDistrict: isCrossDistrict(areas.map((a) => a.districtId)), sourceComplaintId: options.sourceComplaintId ?? null, createdAt: now,
      },
    });
    const ref = disputeRef(cityDate(now).slice(0, 4), created.id);
    await tx.dispute.update({ where: { id: created.id }, data: { ref } });
    await tx.disputeArea.createMany({ data: areas.map((a) => ({ disputeId: created.id, areaId: a.id, districtId: a.districtId, streetId: a.streetId })) });
    if (units.length > 0) await tx.disputeUnit.createMany({ data: units.map((u) => ({ disputeId: created.id, orgId: u.id })) });
    await recordAttachments(tx, actor, DISPUTE_ENTITY, created.id, options.files ?? []);
    await recordDisputeEvent(tx, actor, created.id, "created", {
      data: { level, areas: areas.map((a) => a.name), units: units.map((u) => u.name), files: (options.files ?? []).map((f) => f.fileName), sourceComplaintId: options.sourceComplaintId ?? null },
    });
    await notify(tx, units.map((u) => u.id), { type: "dispute.unit", entityType: DISPUTE_ENTITY, entityId: created.id, message: "disputeUnitNamed", params: { ref, title: input.title, org: actor.orgName } });
    await notifyOtherDistricts(tx, actor, created.id, areas.map((a) => a.districtId), { ref, title: input.title });
    await writeAudit(tx, actor, { action: "dispute.create", entity: DISPUTE_ENTITY, entityId: created.id, summary: `${ref} ${input.title}`, details: { ...input, sourceComplaintId: options.sourceComplaintId ?? null }, ip: options.ip });
    return created.id;
  };
  return options.tx ? run(options.tx) : writeTransaction(run);
}

export type DisputeFilter = {
  q?: string;
  status?: DisputeStatus;
  level?: DisputeLevel;
  crossDistrict?: boolean;
  /** Only those my organisation holds now. */
  held?: boolean;
  /** Only those still open (not resolved). */
  open?: boolean;
};

/** What a list row shows. */
const listInclude = {
  owner: { select: { id: true, name: true } },
  areas: { select: { area: { select: { id: true, name: true } } }, orderBy: { id: "asc" } },
} satisfies Prisma.DisputeInclude;
/** A list row with the counts that make overdue work visible in the list. */
export type DisputeListRow = Prisma.DisputeGetPayload<{ include: typeof listInclude }> & { _count: { units: number; resolutions: number; escalations: number } };

export async function listDisputes(actor: Actor, filter: DisputeFilter, page: PageRequest): Promise<Page<DisputeListRow>> {
  requirePermission(actor, "disputes.view");
  const where: Prisma.DisputeWhereInput = scoped(actor, "dispute", {
    ...(filter.q ? { OR: [{ title: { contains: filter.q } }, { ref: { contains: filter.q } }] } : {}),
    ...(filter.status ? { status: filter.status } : filter.open ? { status: { not: "RESOLVED" } } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.crossDistrict ? { crossDistrict: true } : {}),
    ...(filter.held ? { ownerOrgId: actor.orgId } : {}),
  });
  const rows = await db.dispute.findMany({
    where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where,
    include: listInclude,
    orderBy: { id: "desc" },
    take: page.size + 1,
  });
  const shown = pageOf(rows, page.size, (r) => r.id);
  // Counted for the page's disputes only (Prisma's _count would aggregate the whole table per view).
  const ids = shown.rows.map((r) => r.id);
  const day = today();
  const [units, resolutions, escalations] = ids.length === 0 ? [[], [], []] : await Promise.all([
    db.disputeUnit.groupBy({ by: ["disputeId"], where: { disputeId: { in: ids } }, _count: { _all: true } }),
    db.resolution.groupBy({ by: ["disputeId"], where: { disputeId: { in: ids }, status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: day }, meeting: { minutesStatus: "FINAL" } }, _count: { _all: true } }),
    db.escalation.groupBy({ by: ["disputeId"], where: { disputeId: { in: ids }, status: "PENDING", dueDate: { lt: day } }, _count: { _all: true } }),
  ]);
  const countOf = (list: { disputeId: number | null; _count: { _all: number } }[]) => new Map(list.map((c) => [c.disputeId, c._count._all]));
  const [u, r, e] = [countOf(units), countOf(resolutions), countOf(escalations)];
  return { ...shown, rows: shown.rows.map((d) => ({ ...d, _count: { units: u.get(d.id) ?? 0, resolutions: r.get(d.id) ?? 0, escalations: e.get(d.id) ?? 0 } })) };
}

const named = { select: { id: true, name: true } } as const;
const detailInclude = {
  owner: { select: { id: true, name: true, kind: true } },
  registeredBy: named,
  areas: { include: { area: { select: { id: true, name: true, street: named, district: named, community: named, propertyCompany: named, policeStation: named, ownersCommittee: named } } }, orderBy: { id: "asc" } },
  units: { include: { org: { select: { id: true, name: true, kind: true } } }, orderBy: { id: "asc" } },
  events: { orderBy: { id: "asc" } },
  agendaItems: {
    include: { meeting: { select: { id: true, ref: true, title: true, level: true, startsAt: true, endsAt: true, status: true, minutesStatus: true, convener: named } } },
    orderBy: { id: "asc" },
  },
  resolutions: { include: { responsibleOrg: named, meeting: { select: { id: true, title: true, convenerOrgId: true } } }, orderBy: { id: "asc" } },
  escalations: { include: { fromOrg: named, toOrg: named, meeting: { select: { id: true, title: true } } }, orderBy: { id: "asc" } },
} satisfies Prisma.DisputeInclude;
export type DisputeDetail = Prisma.DisputeGetPayload<{ include: typeof detailInclude }>;

export async function getDispute(actor: Actor, id: number): Promise<DisputeDetail> {
  requirePermission(actor, "disputes.view");
  const dispute = await db.dispute.findFirst({ where: scoped(actor, "dispute", { id }), include: detailInclude });
  if (!dispute) throw notFound();
  return dispute;
}

/** For attachments and links: may the actor see this dispute? */
export async function canSeeDispute(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "disputes.view")) return false;
  return (await db.dispute.count({ where: scoped(actor, "dispute", { id }) })) > 0;
}

export async function disputeAttachments(actor: Actor, id: number) {
  if (!(await canSeeDispute(actor, id))) throw notFound();
  return listAttachments(DISPUTE_ENTITY, [id]);
}

/** Of the given meetings, those the actor may open (the rest are listed on a dispute without a link). */
export async function visibleMeetingIds(actor: Actor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.jointMeeting.findMany({ where: scoped(actor, "jointMeeting", { id: { in: [...new Set(ids)] } }), select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The meeting an escalation rests on: the latest finalized meeting at the dispute's tier that discussed it. */
export async function escalationBasis(tx: Tx, dispute: { id: number; level: string }): Promise<{ basis: EscalationBasis; meetingId: number | null }> {
  const item = await tx.agendaItem.findFirst({
    where: { disputeId: dispute.id, meeting: { level: dispute.level, minutesStatus: "FINAL", status: "HELD" } },
    orderBy: { meeting: { finalizedAt: "desc" } },
    select: { outcome: true, meetingId: true, meeting: { select: { level: true } } },
  });
  if (!item) return { basis: null, meetingId: null };
  const outcome = outcomeSchema.safeParse(item.outcome);
  return {
    basis: { level: disputeLevelSchema.parse(item.meeting.level), minutesFinal: true, outcome: outcome.success ? outcome.data : null },
    meetingId: item.meetingId,
  };
}

type DisputeCore = { id: number; level: string; status: string; ownerOrgId: number; crossDistrict: boolean };

export function disputeView(d: DisputeCore) {
  return { level: disputeLevelSchema.parse(d.level), status: disputeStatusSchema.parse(d.status), ownerOrgId: d.ownerOrgId, crossDistrict: d.crossDistrict };
}

export function actorView(actor: Actor) {
  return { orgId: actor.orgId, orgKind: actor.orgKind, role: actor.role };
}

/** The buttons a dispute's page shows, and why escalation is not offered when it is not. */
export async function disputeActionsFor(actor: Actor, dispute: DisputeCore): Promise<{ actions: DisputeAction[]; escalateTo: DisputeLevel | null; escalationRefusal: string | null }> {
  const view = disputeView(dispute);
  const toLevel = nextLevel(view.level);
  let refusal: string | null = "topLevel";
  if (toLevel) {
    const { basis } = await escalationBasis(db, dispute);
    refusal = escalationRefusal({ dispute: view, actor: actorView(actor), basis, toLevel });
  }
  return { actions: disputeActions(view, actorView(actor), refusal === null), escalateTo: refusal === null ? toLevel : null, escalationRefusal: refusal };
}

/** Loads a dispute in scope inside a transaction, or notFound. */
export async function disputeInScope(tx: Tx, actor: Actor, id: number) {
  const dispute = await tx.dispute.findFirst({ where: scoped(actor, "dispute", { id }) });
  if (!dispute) throw notFound();
  return dispute;
}

export async function updateDispute(actor: Actor, id: number, input: DisputeData & { version: number }, options: { files?: readonly PreparedFile[]; ip?: string } = {}): Promise<void> {
  requirePermission(actor, "disputes.view");
  await writeTransaction(async (tx) => {
    const current = await disputeInScope(tx, actor, id);
    const allowed = disputeActions(disputeView(current), actorView(actor), false);
    if (!allowed.includes("edit")) throw refused(actor.orgId === current.ownerOrgId ? "disputeNotEditable" : "notHolder");
    const areas = await checkAreas(tx, actor, input.areaIds);
    const units = await checkUnits(tx, input.unitIds);
    const { count } = await tx.dispute.updateMany({
      where: { id, version: input.version },
      data: {
        title: input.title, description: input.description, parties: input.parties, urgency: input.urgency,
        crossDistrict: isCrossDistrict(areas.map((a) => a.districtId)), version: { increment: 1 },
      },
    });
    await assertUpdated(count, async () => true);
    const before = await tx.disputeArea.findMany({ where: { disputeId: id }, select: { areaId: true, districtId: true } });
    const beforeUnits = await tx.disputeUnit.findMany({ where: { disputeId: id }, select: { orgId: true } });
    await tx.disputeArea.deleteMany({ where: { disputeId: id } });
    await tx.disputeArea.createMany({ data: areas.map((a) => ({ disputeId: id, areaId: a.id, districtId: a.districtId, streetId: a.streetId })) });
    await tx.disputeUnit.deleteMany({ where: { disputeId: id } });
    if (units.length > 0) await tx.disputeUnit.createMany({ data: units.map((u) => ({ disputeId: id, orgId: u.id })) });
    const changed = [
      current.title !== input.title && "title",
      current.description !== input.description && "description",
      current.parties !== input.parties && "parties",
      current.urgency !== input.urgency && "urgency",
      before.map((a) => a.areaId).sort().join() !== areas.map((a) => a.id).sort().join() && "areas",
      beforeUnits.map((u) => u.orgId).sort().join() !== units.map((u) => u.id).sort().join() && "units",
    ].filter((f): f is string => Boolean(f));
    if (changed.length > 0) await recordDisputeEvent(tx, actor, id, "updated", { data: { changed, areas: areas.map((a) => a.name), units: units.map((u) => u.name) } });
    if (options.files && options.files.length > 0) {
      await recordAttachments(tx, actor, DISPUTE_ENTITY, id, options.files);
      await recordDisputeEvent(tx, actor, id, "attachmentsAdded", { data: { files: options.files.map((f) => f.fileName) } });
    }
    const newUnits = units.filter((u) => !beforeUnits.some((b) => b.orgId === u.id));
    await notifyOtherDistricts(tx, actor, id, areas.map((a) => a.districtId), { ref: current.ref, title: input.title }, new Set(before.map((a) => a.districtId)).size > 1 ? before.map((a) => a.districtId) : []);
    await notify(tx, newUnits.map((u) => u.id), { type: "dispute.unit", entityType: DISPUTE_ENTITY, entityId: id, message: "disputeUnitNamed", params: { ref: current.ref, title: input.title, org: actor.orgName } });
    await writeAudit(tx, actor, { action: "dispute.update", entity: DISPUTE_ENTITY, entityId: id, summary: `${current.ref} ${input.title}`, details: { changed, after: { ...input } }, ip: options.ip });
  });
}

export async function reopenDispute(actor: Actor, id: number, input: { reason: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "disputes.view");
  const deadlines = await disputeDeadlines();
  await writeTransaction(async (tx) => {
    const current = await disputeInScope(tx, actor, id);
    if (!disputeActions(disputeView(current), actorView(actor), false).includes("reopen")) {
      throw refused(actor.orgId === current.ownerOrgId ? "disputeNotResolved" : "notHolder");
    }
    const step = disputeTransition(disputeView(current).status, { type: "reopen" });
    if (!step.ok) throw refused(step.reason);
    const { count } = await tx.dispute.updateMany({ where: { id, version: input.version }, data: { status: step.status, currentDueDate: deadlines.forStatus(step.status), resolvedAt: null, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await recordDisputeEvent(tx, actor, id, "reopened", { note: input.reason });
    const units = await tx.disputeUnit.findMany({ where: { disputeId: id }, select: { orgId: true } });
    await notify(tx, units.map((u) => u.orgId), { type: "dispute.reopened", entityType: DISPUTE_ENTITY, entityId: id, message: "disputeReopened", params: { ref: current.ref, title: current.title } });
    await writeAudit(tx, actor, { action: "dispute.reopen", entity: DISPUTE_ENTITY, entityId: id, summary: current.ref, details: { reason: input.reason }, ip });
  });
}

export type AreaOption = { id: number; name: string; streetName: string; districtName: string };
export type UnitOption = { id: number; name: string; kind: string };

/**
 * Choices for the registration form. Areas in the registrant's territory come first; areas
 * elsewhere are offered by name only (the residential-area directory), because a dispute at a
 * boundary concerns its neighbours too (docs/decisions/010).
 */
export async function disputeFormOptions(actor: Actor): Promise<{ ownAreas: AreaOption[]; otherAreas: AreaOption[]; units: UnitOption[] }> {
  requirePermission(actor, "disputes.view");
  const select = { id: true, name: true, street: { select: { name: true } }, district: { select: { name: true } } } as const;
  const flat = (rows: { id: number; name: string; street: { name: string }; district: { name: string } }[]): AreaOption[] =>
    rows.map((r) => ({ id: r.id, name: r.name, streetName: r.street.name, districtName: r.district.name }));
  const [own, others, units] = await Promise.all([
    db.residentialArea.findMany({ where: scoped(actor, "residentialArea", { active: true }), select, orderBy: [{ streetId: "asc" }, { name: "asc" }], take: 5000 }),
    actor.scope.level === "CITY"
      ? Promise.resolve([])
      : db.residentialArea.findMany({ where: { active: true, NOT: scopeWhere(actor, "residentialArea") }, select, orderBy: [{ districtId: "asc" }, { streetId: "asc" }, { name: "asc" }], take: 5000 }),
    organisationOptions(actor, UNIT_FORM_KINDS),
  ]);
  return { ownAreas: flat(own), otherAreas: flat(others), units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })) };
}
