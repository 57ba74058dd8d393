// Disputes (矛盾纠纷): registration (the one creation function, also used when a complaint becomes
// a dispute), details, editing, reopening, the timeline, and which actions a page may offer.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
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
import { areaRef, directory, orgRef, type Directory, type OrgRef } from "@/lib/data/directory";
import { allColumns, countBy, countRows, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

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

// Helpers of the read path shared by disputes, meetings, resolutions, escalations and the inbox.
export type Named = { id: number; name: string };
/** An organisation's id and name, from the directory (as the includes' `{ id, name }` selects). */
export function named(dir: Directory, id: number): Named {
  return { id, name: dir.orgs.get(id)?.name ?? "" };
}
export const namedOrNull = (dir: Directory, id: number | null): Named | null => (id === null ? null : named(dir, id));

/** Rows by a key, each list in the rows' order. */
export function groupedBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const DISPUTE_COLUMNS = allColumns("Dispute");

/** A list row: the dispute, its holder and areas, with the counts that make overdue work visible in the list. */
export type DisputeListRow = ModelRow<"Dispute"> & {
  owner: Named;
  areas: { area: Named }[];
  _count: { units: number; resolutions: number; escalations: number };
};

export async function listDisputes(actor: Actor, filter: DisputeFilter, page: PageRequest): Promise<Page<DisputeListRow>> {
  requirePermission(actor, "disputes.view");
  const where: Prisma.DisputeWhereInput = scoped(actor, "dispute", {
    ...(filter.q ? { OR: [{ title: { contains: filter.q } }, { ref: { contains: filter.q } }] } : {}),
    ...(filter.status ? { status: filter.status } : filter.open ? { status: { not: "RESOLVED" } } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.crossDistrict ? { crossDistrict: true } : {}),
    ...(filter.held ? { ownerOrgId: actor.orgId } : {}),
  });
  const [rows, dir] = await Promise.all([
    findRows("Dispute", { where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where, select: DISPUTE_COLUMNS, orderBy: [["id", "desc"]], take: page.size + 1 }),
    directory(),
  ]);
  const shown = pageOf(rows, page.size, (r) => r.id);
  // Areas and counts read for the page's disputes only (Prisma's _count would aggregate the whole table per view).
  const ids = shown.rows.map((r) => r.id);
  const day = today();
  const [areas, units, resolutions, escalations] = ids.length === 0 ? [[], [], [], []] : await Promise.all([
    findRows("DisputeArea", { where: { disputeId: { in: ids } }, select: ["disputeId", "areaId"], orderBy: [["id", "asc"]] }),
    countBy("DisputeUnit", ["disputeId"], { disputeId: { in: ids } }),
    countBy("Resolution", ["disputeId"], { disputeId: { in: ids }, status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: day }, meeting: { minutesStatus: "FINAL" } }),
    countBy("Escalation", ["disputeId"], { disputeId: { in: ids }, status: "PENDING", dueDate: { lt: day } }),
  ]);
  const countOf = (list: { disputeId: number | null; count: number }[]) => new Map(list.map((c) => [c.disputeId, c.count]));
  const [u, r, e] = [countOf(units), countOf(resolutions), countOf(escalations)];
  const areasOf = groupedBy(areas, (a) => a.disputeId);
  return {
    ...shown,
    rows: shown.rows.map((d) => ({
      ...d,
      owner: named(dir, d.ownerOrgId),
      areas: (areasOf.get(d.id) ?? []).map((a) => ({ area: areaRef(dir, a.areaId) })),
      _count: { units: u.get(d.id) ?? 0, resolutions: r.get(d.id) ?? 0, escalations: e.get(d.id) ?? 0 },
    })),
  };
}

type AgendaMeeting = Pick<ModelRow<"JointMeeting">, "id" | "ref" | "title" | "level" | "startsAt" | "endsAt" | "status" | "minutesStatus"> & { convener: Named };
/** A dispute's record: its areas with their parties, units, timeline, meetings, resolutions and escalations. */
export type DisputeDetail = ModelRow<"Dispute"> & {
  owner: OrgRef;
  registeredBy: Named;
  areas: (ModelRow<"DisputeArea"> & {
    area: Named & { street: Named; district: Named; community: Named; propertyCompany: Named | null; policeStation: Named | null; ownersCommittee: Named | null };
  })[];
  units: (ModelRow<"DisputeUnit"> & { org: OrgRef })[];
  events: ModelRow<"DisputeEvent">[];
  agendaItems: (ModelRow<"AgendaItem"> & { meeting: AgendaMeeting })[];
  resolutions: (ModelRow<"Resolution"> & { responsibleOrg: Named; meeting: { id: number; title: string; convenerOrgId: number } })[];
  escalations: (ModelRow<"Escalation"> & { fromOrg: Named; toOrg: Named; meeting: { id: number; title: string } | null })[];
};

/** An area with the organisations around it, as a dispute's record names them. */
function areaWithParties(dir: Directory, areaId: number): DisputeDetail["areas"][number]["area"] {
  const area = dir.areas.get(areaId);
  const orNull = (orgId: number | null | undefined) => namedOrNull(dir, orgId ?? null);
  return {
    ...areaRef(dir, areaId),
    street: named(dir, area?.streetId ?? 0),
    district: named(dir, area?.districtId ?? 0),
    community: named(dir, area?.communityId ?? 0),
    propertyCompany: orNull(area?.propertyCompanyId),
    policeStation: orNull(area?.policeStationId),
    ownersCommittee: orNull(area?.ownersCommitteeId),
  };
}

export async function getDispute(actor: Actor, id: number): Promise<DisputeDetail> {
  requirePermission(actor, "disputes.view");
  const [dispute, dir] = await Promise.all([findRow("Dispute", { where: scoped(actor, "dispute", { id }), select: DISPUTE_COLUMNS }), directory()]);
  if (!dispute) throw notFound();
  // The record's relations as Prisma's include read them: not narrowed by scope, in id order.
  const byId = [["id", "asc"]] as const;
  const [areas, units, events, agendaItems, resolutions, escalations] = await Promise.all([
    findRows("DisputeArea", { where: { disputeId: id }, select: allColumns("DisputeArea"), orderBy: byId }),
    findRows("DisputeUnit", { where: { disputeId: id }, select: allColumns("DisputeUnit"), orderBy: byId }),
    findRows("DisputeEvent", { where: { disputeId: id }, select: allColumns("DisputeEvent"), orderBy: byId }),
    findRows("AgendaItem", { where: { disputeId: id }, select: allColumns("AgendaItem"), orderBy: byId }),
    findRows("Resolution", { where: { disputeId: id }, select: allColumns("Resolution"), orderBy: byId }),
    findRows("Escalation", { where: { disputeId: id }, select: allColumns("Escalation"), orderBy: byId }),
  ]);
  const meetingIds = [...new Set([...agendaItems.map((a) => a.meetingId), ...resolutions.map((r) => r.meetingId), ...escalations.flatMap((e) => (e.meetingId === null ? [] : [e.meetingId]))])];
  const meetings = new Map(
    (meetingIds.length === 0 ? [] : await findRows("JointMeeting", {
      where: { id: { in: meetingIds } },
      select: ["id", "ref", "title", "level", "startsAt", "endsAt", "status", "minutesStatus", "convenerOrgId"],
    })).map((m) => [m.id, m]),
  );
  const meeting = (meetingId: number) => meetings.get(meetingId)!;
  return {
    ...dispute,
    owner: orgRef(dir, dispute.ownerOrgId),
    registeredBy: named(dir, dispute.registeredByOrgId),
    areas: areas.map((a) => ({ ...a, area: areaWithParties(dir, a.areaId) })),
    units: units.map((u) => ({ ...u, org: orgRef(dir, u.orgId) })),
    events,
    agendaItems: agendaItems.map((a) => {
      const { convenerOrgId, ...m } = meeting(a.meetingId);
      return { ...a, meeting: { ...m, convener: named(dir, convenerOrgId) } };
    }),
    resolutions: resolutions.map((r) => {
      const m = meeting(r.meetingId);
      return { ...r, responsibleOrg: named(dir, r.responsibleOrgId), meeting: { id: m.id, title: m.title, convenerOrgId: m.convenerOrgId } };
    }),
    escalations: escalations.map((e) => {
      const m = e.meetingId === null ? null : meeting(e.meetingId);
      return { ...e, fromOrg: named(dir, e.fromOrgId), toOrg: named(dir, e.toOrgId), meeting: m ? { id: m.id, title: m.title } : null };
    }),
  };
}

/** For attachments and links: may the actor see this dispute? */
export async function canSeeDispute(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "disputes.view")) return false;
  return (await countRows("Dispute", scoped(actor, "dispute", { id }))) > 0;
}

export async function disputeAttachments(actor: Actor, id: number) {
  if (!(await canSeeDispute(actor, id))) throw notFound();
  return listAttachments(DISPUTE_ENTITY, [id]);
}

/** Of the given meetings, those the actor may open (the rest are listed on a dispute without a link). */
export async function visibleMeetingIds(actor: Actor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await findRows("JointMeeting", { where: scoped(actor, "jointMeeting", { id: { in: [...new Set(ids)] } }), select: ["id"] });
  return new Set(rows.map((r) => r.id));
}

function basisOf(item: { outcome: string | null; meetingId: number }, level: string): { basis: EscalationBasis; meetingId: number | null } {
  const outcome = outcomeSchema.safeParse(item.outcome);
  return {
    basis: { level: disputeLevelSchema.parse(level), minutesFinal: true, outcome: outcome.success ? outcome.data : null },
    meetingId: item.meetingId,
  };
}

/** The meeting an escalation rests on: the latest finalized meeting at the dispute's tier that discussed it. */
export async function escalationBasis(tx: Tx, dispute: { id: number; level: string }): Promise<{ basis: EscalationBasis; meetingId: number | null }> {
  const item = await tx.agendaItem.findFirst({
    where: { disputeId: dispute.id, meeting: { level: dispute.level, minutesStatus: "FINAL", status: "HELD" } },
    orderBy: { meeting: { finalizedAt: "desc" } },
    select: { outcome: true, meetingId: true, meeting: { select: { level: true } } },
  });
  return item ? basisOf(item, item.meeting.level) : { basis: null, meetingId: null };
}

/** escalationBasis on the read path, for a page (the escalation itself reads it again in its transaction). */
async function readEscalationBasis(dispute: { id: number; level: string }): Promise<{ basis: EscalationBasis; meetingId: number | null }> {
  // The dispute's few agenda items first (its index), then the latest finalized of their meetings.
  const items = await findRows("AgendaItem", {
    where: { disputeId: dispute.id, meeting: { level: dispute.level, minutesStatus: "FINAL", status: "HELD" } },
    select: ["outcome", "meetingId"],
    orderBy: [["id", "asc"]],
  });
  const latest = items.length === 0 ? null : await findRow("JointMeeting", {
    where: { id: { in: items.map((i) => i.meetingId) } },
    select: ["id", "level"],
    orderBy: [["finalizedAt", "desc"], ["id", "desc"]],
  });
  const item = latest && items.find((i) => i.meetingId === latest.id);
  return item && latest ? basisOf(item, latest.level) : { basis: null, meetingId: null };
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
    const { basis } = await readEscalationBasis(dispute);
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
  const select = ["id", "name", "streetId", "districtId"] as const;
  const [own, others, units, dir] = await Promise.all([
    findRows("ResidentialArea", { where: scoped(actor, "residentialArea", { active: true }), select, orderBy: [["streetId", "asc"], ["name", "asc"]], take: 5000 }),
    actor.scope.level === "CITY"
      ? Promise.resolve([])
      : findRows("ResidentialArea", { where: { active: true, NOT: scopeWhere(actor, "residentialArea") }, select, orderBy: [["districtId", "asc"], ["streetId", "asc"], ["name", "asc"]], take: 5000 }),
    organisationOptions(actor, UNIT_FORM_KINDS),
    directory(),
  ]);
  const flat = (rows: Pick<ModelRow<"ResidentialArea">, (typeof select)[number]>[]): AreaOption[] =>
    rows.map((r) => ({ id: r.id, name: r.name, streetName: named(dir, r.streetId).name, districtName: named(dir, r.districtId).name }));
  return { ownAreas: flat(own), otherAreas: flat(others), units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })) };
}
