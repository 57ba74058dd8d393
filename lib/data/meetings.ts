// Joint meetings (联席会议): scheduling with the policy's invitation list, invitations and answers,
// rescheduling and cancelling (every invitee is told), holding the meeting, attendance, minutes
// per agenda item with each dispute's outcome, finalizing (which moves the disputes on),
// resolutions and amendments after finalization.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityDate, startOfCityDate } from "@/lib/domain/dates";
import { convenedLevel, disputeStatusSchema, disputeTransition, statusBeforeScheduling, type DisputeLevel } from "@/lib/domain/dispute";
import {
  cityDateTimeLabel, defaultInvitees, MAX_MEETING_MINUTES, finalizeProblems, mayStartAt, meetingActions, meetingRef, meetingStatusSchema, meetingTransition, minutesStatusSchema, responseRefusal,
  type DefaultInvitee, type MeetingAction,
} from "@/lib/domain/meeting";
import { allConfirmed } from "@/lib/domain/resolution";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { AttendanceData, MinutesData, RescheduleData, ResolutionData, ScheduleData } from "@/lib/validation/meeting";
import { writeAudit } from "@/lib/data/audit";
import { disputeDeadlines } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { actorView, groupedBy, named, namedOrNull, recordDisputeEvent, type Named } from "@/lib/data/disputes";
import { notify } from "@/lib/data/notifications";
import { organisationOptions } from "@/lib/data/organisations";
import { assertAllowed, refused } from "@/lib/data/refusals";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { directory, orgRef, type OrgRef } from "@/lib/data/directory";
import { allColumns, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

export const MEETING_ENTITY = "JointMeeting";

function convenerDistrictOf(actor: Actor): number | null {
  return actor.scope.level === "DISTRICT" || actor.scope.level === "STREET" ? actor.scope.districtId : null;
}

function levelOf(actor: Actor): DisputeLevel {
  requirePermission(actor, "meetings.convene");
  const level = convenedLevel(actor.orgKind);
  if (!level) throw notFound();
  return level;
}

const SCHEDULABLE = ["PENDING_MEETING", "UNRESOLVED", "RETURNED"];

export type SchedulableDispute = { id: number; ref: string; title: string; status: string; crossDistrict: boolean; invitees: DefaultInvitee[] };

/** For the scheduling form: the disputes the actor may put on an agenda, each with its default invitation list, and the directory. */
export async function scheduleOptions(actor: Actor) {
  const level = levelOf(actor);
  const [disputes, dir, orgs] = await Promise.all([
    findRows("Dispute", {
      where: scoped(actor, "dispute", { ownerOrgId: actor.orgId, level, status: { in: SCHEDULABLE } }),
      select: ["id", "ref", "title", "status", "crossDistrict"],
      orderBy: [["id", "desc"]],
      take: 200,
    }),
    directory(),
    organisationOptions(actor, ORG_KINDS),
  ]);
  const ids = disputes.map((d) => d.id);
  const [areaRows, unitRows] = ids.length === 0 ? [[], []] : await Promise.all([
    // In the order of their (dispute, area) and (dispute, organisation) keys, as Prisma read them.
    findRows("DisputeArea", { where: { disputeId: { in: ids } }, select: ["disputeId", "areaId"], orderBy: [["areaId", "asc"]] }),
    findRows("DisputeUnit", { where: { disputeId: { in: ids } }, select: ["disputeId", "orgId"], orderBy: [["orgId", "asc"]] }),
  ]);
  const areasOf = groupedBy(areaRows, (a) => a.disputeId);
  const unitsOf = groupedBy(unitRows, (u) => u.disputeId);
  const propertyOffices = new Map([...dir.orgs.values()].filter((o) => o.kind === "DISTRICT_PROPERTY_OFFICE" && o.active && o.districtId !== null).map((o) => [o.districtId!, o.id]));
  const convenerDistrictId = convenerDistrictOf(actor);
  const schedulable: SchedulableDispute[] = disputes.map((d) => ({
    ...d,
    invitees: defaultInvitees(level, {
      convenerOrgId: actor.orgId, convenerDistrictId, propertyOffices,
      areas: (areasOf.get(d.id) ?? []).flatMap((a) => {
        const area = dir.areas.get(a.areaId);
        return area ? [{ districtId: area.districtId, streetId: area.streetId, communityId: area.communityId, policeStationId: area.policeStationId, propertyCompanyId: area.propertyCompanyId, ownersCommitteeId: area.ownersCommitteeId }] : [];
      }),
      units: (unitsOf.get(d.id) ?? []).map((u) => ({ id: u.orgId, kind: orgRef(dir, u.orgId).kind as (typeof ORG_KINDS)[number] })),
    }),
  }));
  return { level, disputes: schedulable, directory: orgs.filter((o) => o.id !== actor.orgId) };
}

/** Another meeting at that time and the invited organisations it keeps busy (each named once). */
export type OverlapWarning = { meetingId: number; startsAt: Date; endsAt: Date; orgNames: string[]; title: string | null; convenerName: string };

/**
 * Invited organisations that already have a meeting at that time (convened, or invited and not
 * declined), one warning per other meeting. The other meeting's title is told only when the actor
 * may open it; otherwise only its convener and time, like free/busy in a shared calendar: it
 * crosses scopes on purpose (docs/decisions/013, 065).
 */
export async function findOverlaps(actor: Actor, slot: { startsAt: Date; endsAt: Date; orgIds: readonly number[]; excludeMeetingId?: number }): Promise<OverlapWarning[]> {
  requirePermission(actor, "meetings.view");
  const orgIds = [...new Set(slot.orgIds)].slice(0, 300);
  if (orgIds.length === 0 || !(slot.endsAt > slot.startsAt)) return [];
  const meetings = await findRows("JointMeeting", {
    where: {
      AND: [
        { status: { not: "CANCELLED" }, startsAt: { lt: slot.endsAt }, ...(slot.excludeMeetingId ? { id: { not: slot.excludeMeetingId } } : {}) },
        endingFrom(slot.startsAt, "gt"),
        { OR: [{ convenerOrgId: { in: orgIds } }, { invitations: { some: { orgId: { in: orgIds }, status: { not: "DECLINED" } } } }] },
      ],
    },
    select: ["id", "title", "startsAt", "endsAt", "convenerOrgId"],
    orderBy: [["startsAt", "asc"], ["id", "asc"]],
    take: 50,
  });
  if (meetings.length === 0) return [];
  const ids = meetings.map((m) => m.id);
  const [invitations, dir, visible] = await Promise.all([
    findRows("MeetingInvitation", { where: { meetingId: { in: ids }, orgId: { in: orgIds }, status: { not: "DECLINED" } }, select: ["meetingId", "orgId"], orderBy: [["orgId", "asc"]] }),
    directory(),
    findRows("JointMeeting", { where: scoped(actor, "jointMeeting", { id: { in: ids } }), select: ["id"] }).then((rows) => new Set(rows.map((m) => m.id))),
  ]);
  const invitedTo = groupedBy(invitations, (i) => i.meetingId);
  return meetings.map((m) => {
    const busy = new Set([...(orgIds.includes(m.convenerOrgId) ? [m.convenerOrgId] : []), ...(invitedTo.get(m.id) ?? []).map((i) => i.orgId)]);
    return {
      meetingId: m.id, startsAt: m.startsAt, endsAt: m.endsAt, title: visible.has(m.id) ? m.title : null, convenerName: named(dir, m.convenerOrgId).name,
      orgNames: [...busy].map((id) => named(dir, id).name).filter(Boolean),
    };
  });
}

async function checkInvitees(tx: Tx, actor: Actor, ids: readonly number[]) {
  const unique = [...new Set(ids)].filter((id) => id !== actor.orgId);
  const orgs = await tx.organisation.findMany({ where: { id: { in: unique }, active: true }, select: { id: true, name: true } });
  if (orgs.length !== unique.length || orgs.length === 0) throw new AppError("validation", { fieldErrors: { inviteeIds: ["meeting.inviteesRequired"] } });
  return orgs;
}

export async function scheduleMeeting(actor: Actor, data: ScheduleData, ip = ""): Promise<number> {
  const level = levelOf(actor);
  const deadlines = await disputeDeadlines();
  return writeTransaction(async (tx) => {
    const ids = [...new Set(data.disputeIds)];
    const disputes = await tx.dispute.findMany({ where: scoped(actor, "dispute", { id: { in: ids } }) });
    if (disputes.length !== ids.length) throw notFound();
    const byId = new Map(disputes.map((d) => [d.id, d]));
    const steps = ids.map((id) => {
      const d = byId.get(id)!;
      if (d.ownerOrgId !== actor.orgId || d.level !== level) throw refused("notHolder");
      const step = disputeTransition(disputeStatusSchema.parse(d.status), { type: "schedule" });
      if (!step.ok) throw refused(step.reason);
      return { dispute: d, next: step.status };
    });
    const invitees = await checkInvitees(tx, actor, data.inviteeIds);
    const created = await tx.jointMeeting.create({
      data: {
        ref: `tmp-${randomUUID()}`, level, convenerOrgId: actor.orgId, districtId: convenerDistrictOf(actor), title: data.title,
        startsAt: data.startsAt, endsAt: data.endsAt, place: data.place, chair: data.chair, status: "SCHEDULED", minutesStatus: "DRAFT", createdById: actor.userId,
      },
    });
    const ref = meetingRef(cityDate(new Date()).slice(0, 4), created.id);
    await tx.jointMeeting.update({ where: { id: created.id }, data: { ref } });
    await tx.agendaItem.createMany({
      data: [
        ...steps.map((s, i) => ({ meetingId: created.id, order: i, disputeId: s.dispute.id, title: s.dispute.title })),
        ...data.otherItemTitles.map((title, i) => ({ meetingId: created.id, order: steps.length + i, disputeId: null, title })),
      ],
    });
    await tx.meetingInvitation.createMany({ data: invitees.map((o) => ({ meetingId: created.id, orgId: o.id })) });
    for (const s of steps) {
      const { count } = await tx.dispute.updateMany({ where: { id: s.dispute.id, status: s.dispute.status, version: s.dispute.version }, data: { status: s.next, currentDueDate: deadlines.forStatus(s.next, data.startsAt), version: { increment: 1 } } });
      await assertUpdated(count, async () => true);
      await recordDisputeEvent(tx, actor, s.dispute.id, "scheduled", { data: { meetingId: created.id, meetingRef: ref, title: data.title, startsAt: data.startsAt.toISOString(), place: data.place, from: s.dispute.status } });
    }
    await recordDisputeEvent(tx, actor, ids, "invited", { data: { meetingId: created.id, added: invitees.map((o) => o.name) } });
    await notify(tx, invitees.map((o) => o.id), {
      type: "meeting.invited", entityType: MEETING_ENTITY, entityId: created.id, message: "meetingInvited",
      params: { convener: actor.orgName, title: data.title, time: cityDateTimeLabel(data.startsAt), place: data.place },
    });
    await writeAudit(tx, actor, {
      action: "meeting.schedule", entity: MEETING_ENTITY, entityId: created.id, summary: `${ref} ${data.title}`,
      details: { disputeIds: ids, inviteeIds: invitees.map((o) => o.id), startsAt: data.startsAt, endsAt: data.endsAt, place: data.place, chair: data.chair }, ip,
    });
    return created.id;
  });
}

type LoadedMeeting = Prisma.JointMeetingGetPayload<{ include: { agendaItems: true; invitations: true } }>;

/** Loads a meeting in scope for its convener and checks the action is allowed now. */
async function convenerMeeting(tx: Tx, actor: Actor, id: number, action: MeetingAction): Promise<LoadedMeeting> {
  const meeting = await tx.jointMeeting.findFirst({ where: scoped(actor, "jointMeeting", { id }), include: { agendaItems: { orderBy: { order: "asc" } }, invitations: true } });
  if (!meeting) throw notFound();
  if (meeting.convenerOrgId !== actor.orgId || actor.role === "ADMIN") throw refused("notConvener");
  const step = meetingTransition(meetingView(meeting), action);
  if (!step.ok) throw refused(step.reason);
  return meeting;
}

export function meetingView(m: { status: string; minutesStatus: string; convenerOrgId: number }) {
  return { status: meetingStatusSchema.parse(m.status), minutesStatus: minutesStatusSchema.parse(m.minutesStatus), convenerOrgId: m.convenerOrgId };
}

function disputeIdsOf(meeting: { agendaItems: { disputeId: number | null }[] }): number[] {
  return meeting.agendaItems.map((a) => a.disputeId).filter((id): id is number => id !== null);
}

async function bumpVersion(tx: Tx, id: number, version: number, data: Prisma.JointMeetingUpdateManyMutationInput = {}): Promise<void> {
  const { count } = await tx.jointMeeting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  await assertUpdated(count, async () => true);
}

export async function rescheduleMeeting(actor: Actor, id: number, data: RescheduleData, ip = ""): Promise<void> {
  levelOf(actor);
  const deadlines = await disputeDeadlines();
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, "reschedule");
    const timeChanged = meeting.startsAt.getTime() !== data.startsAt.getTime() || meeting.endsAt.getTime() !== data.endsAt.getTime();
    await bumpVersion(tx, id, data.version, { title: data.title, startsAt: data.startsAt, endsAt: data.endsAt, place: data.place, chair: data.chair });
    // The minutes' deadline follows the meeting's new date.
    if (timeChanged) await tx.dispute.updateMany({ where: { id: { in: disputeIdsOf(meeting) }, status: "SCHEDULED" }, data: { currentDueDate: deadlines.forStatus("SCHEDULED", data.startsAt) } });
    // A new time asks every invitee to answer again.
    if (timeChanged) {
      await tx.meetingInvitation.updateMany({ where: { meetingId: id }, data: { status: "PENDING", attendeeNames: "", declineReason: "", respondedAt: null, respondedById: null, respondedByName: "" } });
    }
    await recordDisputeEvent(tx, actor, disputeIdsOf(meeting), "rescheduled", {
      data: { meetingId: id, meetingRef: meeting.ref, title: data.title, startsAt: data.startsAt.toISOString(), place: data.place, previousStartsAt: meeting.startsAt.toISOString() },
    });
    await notify(tx, meeting.invitations.map((i) => i.orgId), {
      type: "meeting.rescheduled", entityType: MEETING_ENTITY, entityId: id, message: timeChanged ? "meetingRescheduled" : "meetingChanged",
      params: { convener: actor.orgName, title: data.title, time: cityDateTimeLabel(data.startsAt), place: data.place, previous: cityDateTimeLabel(meeting.startsAt) },
    });
    await writeAudit(tx, actor, {
      action: "meeting.reschedule", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref,
      details: { before: { title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, chair: meeting.chair }, after: { title: data.title, startsAt: data.startsAt, endsAt: data.endsAt, place: data.place, chair: data.chair } }, ip,
    });
  });
}

export async function updateInvitations(actor: Actor, id: number, data: { inviteeIds: number[]; version: number }, ip = ""): Promise<void> {
  levelOf(actor);
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, "editInvitations");
    const orgs = await checkInvitees(tx, actor, data.inviteeIds);
    const current = new Set(meeting.invitations.map((i) => i.orgId));
    const wanted = new Set(orgs.map((o) => o.id));
    const added = orgs.filter((o) => !current.has(o.id));
    const removedIds = [...current].filter((orgId) => !wanted.has(orgId));
    await bumpVersion(tx, id, data.version);
    if (removedIds.length > 0) await tx.meetingInvitation.deleteMany({ where: { meetingId: id, orgId: { in: removedIds } } });
    if (added.length > 0) await tx.meetingInvitation.createMany({ data: added.map((o) => ({ meetingId: id, orgId: o.id })) });
    const removedNames = (await tx.organisation.findMany({ where: { id: { in: removedIds } }, select: { name: true } })).map((o) => o.name);
    if (added.length > 0 || removedIds.length > 0) {
      await recordDisputeEvent(tx, actor, disputeIdsOf(meeting), "invited", { data: { meetingId: id, added: added.map((o) => o.name), removed: removedNames } });
    }
    const params = { convener: actor.orgName, title: meeting.title, time: cityDateTimeLabel(meeting.startsAt), place: meeting.place };
    await notify(tx, added.map((o) => o.id), { type: "meeting.invited", entityType: MEETING_ENTITY, entityId: id, message: "meetingInvited", params });
    await notify(tx, removedIds, { type: "meeting.uninvited", entityType: MEETING_ENTITY, entityId: id, message: "meetingUninvited", params });
    await writeAudit(tx, actor, { action: "meeting.invitations", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, details: { added: added.map((o) => o.id), removed: removedIds }, ip });
  });
}

export async function cancelMeeting(actor: Actor, id: number, data: { reason: string; version: number }, ip = ""): Promise<void> {
  levelOf(actor);
  const deadlines = await disputeDeadlines();
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, "cancel");
    await bumpVersion(tx, id, data.version, { status: "CANCELLED", cancelledAt: new Date(), cancelReason: data.reason });
    // Each dispute goes back to where it stood before it was put on this agenda.
    for (const disputeId of disputeIdsOf(meeting)) {
      const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: disputeId } });
      const scheduled = await tx.disputeEvent.findMany({ where: { disputeId, type: "scheduled" }, orderBy: { id: "desc" }, select: { data: true } });
      const mine = scheduled.map((e) => JSON.parse(e.data) as { meetingId?: number; from?: string }).find((d) => d.meetingId === id);
      const step = disputeTransition(disputeStatusSchema.parse(dispute.status), { type: "unschedule", restoreTo: statusBeforeScheduling(mine?.from) });
      if (step.ok) await tx.dispute.update({ where: { id: disputeId }, data: { status: step.status, currentDueDate: deadlines.forStatus(step.status), version: { increment: 1 } } });
    }
    await recordDisputeEvent(tx, actor, disputeIdsOf(meeting), "meetingCancelled", { note: data.reason, data: { meetingId: id, meetingRef: meeting.ref, title: meeting.title } });
    await notify(tx, meeting.invitations.map((i) => i.orgId), {
      type: "meeting.cancelled", entityType: MEETING_ENTITY, entityId: id, message: "meetingCancelled",
      params: { convener: actor.orgName, title: meeting.title, time: cityDateTimeLabel(meeting.startsAt), reason: data.reason },
    });
    await writeAudit(tx, actor, { action: "meeting.cancel", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, details: { reason: data.reason }, ip });
  });
}

/** The meeting is taking place: attendance and minutes can now be recorded. */
export async function holdMeeting(actor: Actor, id: number, data: { version: number }, ip = ""): Promise<void> {
  levelOf(actor);
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, "hold");
    if (!mayStartAt(meeting.startsAt, new Date())) throw refused("meetingNotStarted");
    await bumpVersion(tx, id, data.version, { status: "HELD", heldAt: new Date() });
    await recordDisputeEvent(tx, actor, disputeIdsOf(meeting), "held", { data: { meetingId: id, meetingRef: meeting.ref, title: meeting.title } });
    await writeAudit(tx, actor, { action: "meeting.hold", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, ip });
  });
}

export async function respondToInvitation(actor: Actor, meetingId: number, data: { response: "CONFIRM" | "DECLINE"; attendeeNames: string; declineReason: string }, ip = ""): Promise<void> {
  requirePermission(actor, "meetings.view");
  await writeTransaction(async (tx) => {
    const meeting = await tx.jointMeeting.findFirst({ where: scoped(actor, "jointMeeting", { id: meetingId }) });
    if (!meeting) throw notFound();
    const invitation = await tx.meetingInvitation.findUnique({ where: { meetingId_orgId: { meetingId, orgId: actor.orgId } } });
    assertAllowed(actor.role === "ADMIN" ? "notInvited" : responseRefusal(meetingView(meeting), Boolean(invitation)));
    const confirmed = data.response === "CONFIRM";
    await tx.meetingInvitation.update({
      where: { id: invitation!.id },
      data: {
        status: confirmed ? "CONFIRMED" : "DECLINED", attendeeNames: confirmed ? data.attendeeNames : "", declineReason: confirmed ? "" : data.declineReason,
        respondedAt: new Date(), respondedById: actor.userId, respondedByName: actor.name,
      },
    });
    await notify(tx, [meeting.convenerOrgId], {
      type: confirmed ? "invitation.confirmed" : "invitation.declined", entityType: MEETING_ENTITY, entityId: meetingId,
      message: confirmed ? "invitationConfirmed" : "invitationDeclined",
      params: { org: actor.orgName, title: meeting.title, names: data.attendeeNames, reason: data.declineReason },
    });
    await writeAudit(tx, actor, { action: confirmed ? "invitation.confirm" : "invitation.decline", entity: MEETING_ENTITY, entityId: meetingId, summary: meeting.ref, details: { ...data }, ip });
  });
}

export async function saveAttendance(actor: Actor, id: number, data: AttendanceData, ip = ""): Promise<void> {
  levelOf(actor);
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, "recordAttendance");
    const orgIds = [...new Set(data.rows.map((r) => r.orgId).filter((v): v is number => v !== null))];
    const known = await tx.organisation.count({ where: { id: { in: orgIds } } });
    if (known !== orgIds.length) throw new AppError("validation", { fieldErrors: { rows: ["orgKind"] } });
    await bumpVersion(tx, id, data.version);
    await tx.attendance.deleteMany({ where: { meetingId: id } });
    if (data.rows.length > 0) {
      await tx.attendance.createMany({ data: data.rows.map((r) => ({ meetingId: id, orgId: r.orgId, personName: r.personName, position: r.position, capacity: r.capacity })) });
    }
    await writeAudit(tx, actor, { action: "meeting.attendance", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, details: { count: data.rows.length }, ip });
  });
}

/**
 * Saves the minutes (summary, each agenda item's minutes and each dispute's outcome) and, when
 * asked, finalizes them: then every dispute on the agenda moves on by its outcome, the
 * responsible organisations get their resolutions and every invitee is told. A refused
 * finalization writes nothing at all.
 */
export async function saveMinutes(actor: Actor, id: number, data: Omit<MinutesData, "confirmNoResolutions"> & { confirmNoResolutions?: boolean }, ip = ""): Promise<void> {
  levelOf(actor);
  const deadlines = await disputeDeadlines();
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, id, data.finalize ? "finalize" : "editMinutes");
    const existing = new Map(meeting.agendaItems.map((a) => [a.id, a]));
    const kept = new Set(data.items.map((i) => i.id).filter((v): v is number => v !== null));
    for (const itemId of kept) if (!existing.has(itemId)) throw notFound();
    if (meeting.agendaItems.some((a) => a.disputeId !== null && !kept.has(a.id))) {
      throw new AppError("validation", { fieldErrors: { agenda: ["meeting.disputeItemRequired"] } });
    }
    const dropped = meeting.agendaItems.filter((a) => !kept.has(a.id)).map((a) => a.id);
    if (dropped.length > 0) {
      await tx.resolution.updateMany({ where: { agendaItemId: { in: dropped } }, data: { agendaItemId: null } });
      await tx.agendaItem.deleteMany({ where: { id: { in: dropped } } });
    }
    const saved: { id: number; disputeId: number | null; title: string; minutes: string; outcome: string | null }[] = [];
    for (const [order, item] of data.items.entries()) {
      const before = item.id !== null ? existing.get(item.id)! : null;
      const isDispute = before?.disputeId != null;
      const fields = { order, title: isDispute ? before!.title : item.title, minutes: item.minutes, outcome: isDispute ? item.outcome : null };
      const row = before ? await tx.agendaItem.update({ where: { id: before.id }, data: fields }) : await tx.agendaItem.create({ data: { ...fields, meetingId: id, disputeId: null } });
      saved.push({ id: row.id, disputeId: row.disputeId, title: row.title, minutes: row.minutes, outcome: row.outcome });
    }
    if (!data.finalize) {
      await bumpVersion(tx, id, data.version, { summary: data.summary });
      await writeAudit(tx, actor, { action: "meeting.minutes", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, ip });
      return;
    }
    const resolutionCounts = await tx.resolution.groupBy({ by: ["disputeId"], where: { meetingId: id }, _count: { _all: true } });
    const counted = (disputeId: number | null) => resolutionCounts.find((r) => r.disputeId === disputeId)?._count._all ?? 0;
    const problems = finalizeProblems(saved.map((s) => ({ ...s, resolutions: counted(s.disputeId) })), await tx.attendance.count({ where: { meetingId: id } }), { confirmNoResolutions: data.confirmNoResolutions });
    if (Object.keys(problems).length > 0) throw new AppError("validation", { fieldErrors: problems });
    await bumpVersion(tx, id, data.version, { summary: data.summary, minutesStatus: "FINAL", finalizedAt: new Date(), finalizedById: actor.userId, finalizedByName: actor.name });
    for (const item of saved.filter((s) => s.disputeId !== null)) {
      const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: item.disputeId! } });
      const statuses = (await tx.resolution.findMany({ where: { disputeId: dispute.id }, select: { status: true } })).map((r) => r.status);
      const outcome = item.outcome as "RESOLVED" | "PARTLY_RESOLVED" | "UNRESOLVED";
      const step = disputeTransition(disputeStatusSchema.parse(dispute.status), { type: "recordOutcome", outcome, allResolutionsConfirmed: allConfirmed(statuses) });
      if (!step.ok) throw refused(step.reason);
      await tx.dispute.update({ where: { id: dispute.id }, data: { status: step.status, currentDueDate: deadlines.forStatus(step.status), version: { increment: 1 }, ...(step.status === "RESOLVED" ? { resolvedAt: new Date() } : {}) } });
      await recordDisputeEvent(tx, actor, dispute.id, "outcome", { note: item.minutes, data: { meetingId: id, meetingRef: meeting.ref, title: meeting.title, outcome, level: meeting.level } });
      if (step.status === "RESOLVED") await recordDisputeEvent(tx, actor, dispute.id, "resolved", { data: { meetingId: id } });
    }
    const resolutions = await tx.resolution.findMany({ where: { meetingId: id }, select: { id: true, responsibleOrgId: true, description: true, dueDate: true } });
    for (const r of resolutions) {
      await notify(tx, [r.responsibleOrgId], {
        type: "resolution.assigned", entityType: "Resolution", entityId: r.id, message: "resolutionAssigned",
        params: { convener: actor.orgName, title: meeting.title, description: r.description.slice(0, 60), due: r.dueDate },
      });
    }
    await notify(tx, meeting.invitations.map((i) => i.orgId), { type: "minutes.final", entityType: MEETING_ENTITY, entityId: id, message: "minutesFinalized", params: { convener: actor.orgName, title: meeting.title } });
    await writeAudit(tx, actor, { action: "meeting.finalize", entity: MEETING_ENTITY, entityId: id, summary: meeting.ref, details: { outcomes: saved.filter((s) => s.disputeId !== null).map((s) => ({ disputeId: s.disputeId, outcome: s.outcome })) }, ip });
  });
}

export async function addResolution(actor: Actor, meetingId: number, data: ResolutionData, ip = ""): Promise<number> {
  levelOf(actor);
  return writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, meetingId, "editResolutions");
    const org = await tx.organisation.findFirst({ where: { id: data.responsibleOrgId, active: true }, select: { id: true } });
    if (!org) throw new AppError("validation", { fieldErrors: { responsibleOrgId: ["meeting.resolutionOwnerRequired"] } });
    const item = data.agendaItemId !== null ? meeting.agendaItems.find((a) => a.id === data.agendaItemId) : null;
    if (data.agendaItemId !== null && !item) throw new AppError("validation", { fieldErrors: { agendaItemId: ["invalid"] } });
    const created = await tx.resolution.create({
      data: { meetingId, agendaItemId: item?.id ?? null, disputeId: item?.disputeId ?? null, responsibleOrgId: org.id, description: data.description, dueDate: data.dueDate },
    });
    await writeAudit(tx, actor, { action: "resolution.create", entity: "Resolution", entityId: created.id, summary: meeting.ref, details: { ...data }, ip });
    return created.id;
  });
}

/** Removes a resolution from draft minutes (after finalization resolutions are permanent). */
export async function deleteResolution(actor: Actor, resolutionId: number, ip = ""): Promise<void> {
  levelOf(actor);
  await writeTransaction(async (tx) => {
    const resolution = await tx.resolution.findFirst({ where: scoped(actor, "resolution", { id: resolutionId }) });
    if (!resolution) throw notFound();
    const meeting = await convenerMeeting(tx, actor, resolution.meetingId, "editResolutions");
    await tx.resolution.delete({ where: { id: resolutionId } });
    await writeAudit(tx, actor, { action: "resolution.delete", entity: "Resolution", entityId: resolutionId, summary: meeting.ref, details: { description: resolution.description }, ip });
  });
}

export async function addAmendment(actor: Actor, meetingId: number, data: { text: string; agendaItemId: number | null }, ip = ""): Promise<void> {
  levelOf(actor);
  await writeTransaction(async (tx) => {
    const meeting = await convenerMeeting(tx, actor, meetingId, "amend");
    if (data.agendaItemId !== null && !meeting.agendaItems.some((a) => a.id === data.agendaItemId)) throw new AppError("validation", { fieldErrors: { agendaItemId: ["invalid"] } });
    await tx.minutesAmendment.create({ data: { meetingId, agendaItemId: data.agendaItemId, text: data.text, authorUserId: actor.userId, authorName: actor.name, authorOrgId: actor.orgId } });
    await notify(tx, meeting.invitations.map((i) => i.orgId), { type: "minutes.amended", entityType: MEETING_ENTITY, entityId: meetingId, message: "minutesAmended", params: { convener: actor.orgName, title: meeting.title } });
    await writeAudit(tx, actor, { action: "meeting.amend", entity: MEETING_ENTITY, entityId: meetingId, summary: meeting.ref, details: { ...data }, ip });
  });
}

// ─── Reading ───

export type MeetingFilter = {
  when: "upcoming" | "past";
  level?: DisputeLevel;
  /** Convened by, or invited: an organisation's meetings. */
  orgId?: number;
  /** Part of an organisation's name: the meetings any organisation so named convened or was invited to. */
  unit?: string;
  /** A dispute's reference (JF-2026-00001). */
  disputeRef?: string;
  /** Calendar dates (Shanghai), inclusive. */
  from?: string;
  to?: string;
};

/** A list row: the meeting, its convener, my organisation's invitation and the disputes on its agenda. */
export type MeetingListRow = ModelRow<"JointMeeting"> & {
  convener: Named;
  invitations: { status: string }[];
  agendaItems: { dispute: { id: number; ref: string } }[];
  _count: { invitations: number };
};

const MEETING_COLUMNS = allColumns("JointMeeting");

/**
 * Meetings that end at or after `at` (after it, with "gt"). No meeting lasts longer than
 * MAX_MEETING_MINUTES (checked when it is scheduled or rescheduled), so these also start after
 * `at` less that: said as well, it lets SQLite read the start-time index from there rather than
 * walk every meeting the city ever held (the upcoming list 37 → 1 ms at the full city).
 */
export function endingFrom(at: Date, op: "gte" | "gt" = "gte"): Prisma.JointMeetingWhereInput {
  return { endsAt: { [op]: at }, startsAt: { gte: new Date(at.getTime() - MAX_MEETING_MINUTES * 60_000) } };
}

/** At most this many organisations match a name filter: a name part that common ("公司") says little. */
const UNIT_MATCHES = 300;

/** Ids of the organisations whose name contains `part` (case-insensitive), in the directory's order. */
export function orgIdsNamed(orgs: Iterable<{ id: number; name: string }>, part: string): number[] {
  const needle = part.trim().toLowerCase();
  const ids: number[] = [];
  for (const o of orgs) {
    if (o.name.toLowerCase().includes(needle)) ids.push(o.id);
    if (ids.length >= UNIT_MATCHES) break;
  }
  return ids;
}

export async function listMeetings(actor: Actor, filter: MeetingFilter, page: { cursor?: number; size: number }): Promise<{ rows: MeetingListRow[]; nextCursor: number | null }> {
  requirePermission(actor, "meetings.view");
  const now = new Date();
  const upcoming = filter.when === "upcoming";
  const unitIds = filter.unit ? orgIdsNamed((await directory()).orgs.values(), filter.unit) : null;
  const where: Prisma.JointMeetingWhereInput = scoped(
    actor,
    "jointMeeting",
    upcoming ? { ...endingFrom(now), status: { not: "CANCELLED" } } : { OR: [{ endsAt: { lt: now } }, { status: "CANCELLED" }] },
    {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.orgId ? { OR: [{ convenerOrgId: filter.orgId }, { invitations: { some: { orgId: filter.orgId } } }] } : {}),
      ...(unitIds ? { AND: [{ OR: [{ convenerOrgId: { in: unitIds } }, { invitations: { some: { orgId: { in: unitIds } } } }] }] } : {}),
      ...(filter.disputeRef ? { agendaItems: { some: { dispute: { ref: filter.disputeRef } } } } : {}),
    },
    filter.from || filter.to
      ? { startsAt: { ...(filter.from ? { gte: startOfCityDate(filter.from) } : {}), ...(filter.to ? { lt: startOfCityDate(addDay(filter.to)) } : {}) } }
      : {},
  );
  let cursorWhere: Prisma.JointMeetingWhereInput | null = null;
  if (page.cursor) {
    const c = await findRow("JointMeeting", { where: { id: page.cursor }, select: ["id", "startsAt"] });
    if (c) {
      cursorWhere = upcoming
        ? { OR: [{ startsAt: { gt: c.startsAt } }, { startsAt: c.startsAt, id: { gt: c.id } }] }
        : { OR: [{ startsAt: { lt: c.startsAt } }, { startsAt: c.startsAt, id: { lt: c.id } }] };
    }
  }
  const [rows, dir] = await Promise.all([
    findRows("JointMeeting", {
      where: cursorWhere ? { AND: [where, cursorWhere] } : where,
      select: MEETING_COLUMNS,
      orderBy: upcoming ? [["startsAt", "asc"], ["id", "asc"]] : [["startsAt", "desc"], ["id", "desc"]],
      take: page.size + 1,
    }),
    directory(),
  ]);
  const hasMore = rows.length > page.size;
  const shown = hasMore ? rows.slice(0, page.size) : rows;
  // Invitations and agenda read for the page's meetings only (Prisma's _count aggregates every invitation per view).
  const ids = shown.map((m) => m.id);
  const [invitations, items] = ids.length === 0 ? [[], []] : await Promise.all([
    findRows("MeetingInvitation", { where: { meetingId: { in: ids } }, select: ["meetingId", "orgId", "status"] }),
    findRows("AgendaItem", { where: { meetingId: { in: ids }, disputeId: { not: null } }, select: ["meetingId", "disputeId"], orderBy: [["order", "asc"], ["id", "asc"]] }),
  ]);
  const disputeIds = [...new Set(items.map((a) => a.disputeId!))];
  const refs = new Map((disputeIds.length === 0 ? [] : await findRows("Dispute", { where: { id: { in: disputeIds } }, select: ["id", "ref"] })).map((d) => [d.id, d]));
  const invitedTo = groupedBy(invitations, (i) => i.meetingId);
  const agendaOf = groupedBy(items, (a) => a.meetingId);
  return {
    rows: shown.map((m) => {
      const invited = invitedTo.get(m.id) ?? [];
      return {
        ...m,
        convener: named(dir, m.convenerOrgId),
        invitations: invited.filter((i) => i.orgId === actor.orgId).map((i) => ({ status: i.status })),
        agendaItems: (agendaOf.get(m.id) ?? []).map((a) => ({ dispute: refs.get(a.disputeId!)! })),
        _count: { invitations: invited.length },
      };
    }),
    nextCursor: hasMore ? shown.at(-1)!.id : null,
  };
}

function addDay(date: string): string {
  return cityDate(new Date(startOfCityDate(date).getTime() + 36 * 3600_000));
}

/** Meetings in a time window, for the week and month calendar. */
export async function meetingsBetween(actor: Actor, from: Date, to: Date) {
  requirePermission(actor, "meetings.view");
  const [rows, dir] = await Promise.all([
    findRows("JointMeeting", {
      where: scoped(actor, "jointMeeting", { startsAt: { lt: to } }, endingFrom(from, "gt")),
      select: ["id", "ref", "title", "level", "status", "startsAt", "endsAt", "place", "convenerOrgId"],
      orderBy: [["startsAt", "asc"], ["id", "asc"]],
      take: 1000,
    }),
    directory(),
  ]);
  return rows.map(({ convenerOrgId, ...m }) => ({ ...m, convener: { name: named(dir, convenerOrgId).name } }));
}

type AgendaDispute = Pick<ModelRow<"Dispute">, "id" | "ref" | "title" | "status" | "crossDistrict" | "level">;
/** A meeting's record: invitations, agenda with its disputes, attendance, amendments and resolutions. */
export type MeetingDetail = ModelRow<"JointMeeting"> & {
  convener: OrgRef;
  invitations: (ModelRow<"MeetingInvitation"> & { org: OrgRef })[];
  agendaItems: (ModelRow<"AgendaItem"> & { dispute: AgendaDispute | null })[];
  attendance: (ModelRow<"Attendance"> & { org: Named | null })[];
  amendments: ModelRow<"MinutesAmendment">[];
  resolutions: (ModelRow<"Resolution"> & { responsibleOrg: Named; agendaItem: { id: number; title: string } | null })[];
};

export async function getMeeting(actor: Actor, id: number): Promise<MeetingDetail> {
  requirePermission(actor, "meetings.view");
  const [meeting, dir] = await Promise.all([findRow("JointMeeting", { where: scoped(actor, "jointMeeting", { id }), select: MEETING_COLUMNS }), directory()]);
  if (!meeting) throw notFound();
  // The record's relations as Prisma's include read them: not narrowed by scope.
  const byId = [["id", "asc"]] as const;
  const [invitations, agendaItems, attendance, amendments, resolutions] = await Promise.all([
    findRows("MeetingInvitation", { where: { meetingId: id }, select: allColumns("MeetingInvitation"), orderBy: byId }),
    findRows("AgendaItem", { where: { meetingId: id }, select: allColumns("AgendaItem"), orderBy: [["order", "asc"], ["id", "asc"]] }),
    findRows("Attendance", { where: { meetingId: id }, select: allColumns("Attendance"), orderBy: byId }),
    findRows("MinutesAmendment", { where: { meetingId: id }, select: allColumns("MinutesAmendment"), orderBy: byId }),
    findRows("Resolution", { where: { meetingId: id }, select: allColumns("Resolution"), orderBy: byId }),
  ]);
  const disputeIds = [...new Set(agendaItems.flatMap((a) => (a.disputeId === null ? [] : [a.disputeId])))];
  const items = new Map(agendaItems.map((a) => [a.id, { id: a.id, title: a.title }]));
  // A resolution names an item of its own meeting; any other is read by its id.
  const otherItemIds = [...new Set(resolutions.flatMap((r) => (r.agendaItemId !== null && !items.has(r.agendaItemId) ? [r.agendaItemId] : [])))];
  const [disputes, otherItems] = await Promise.all([
    disputeIds.length === 0 ? [] : findRows("Dispute", { where: { id: { in: disputeIds } }, select: ["id", "ref", "title", "status", "crossDistrict", "level"] }),
    otherItemIds.length === 0 ? [] : findRows("AgendaItem", { where: { id: { in: otherItemIds } }, select: ["id", "title"] }),
  ]);
  for (const item of otherItems) items.set(item.id, item);
  const disputeById = new Map(disputes.map((d) => [d.id, d]));
  return {
    ...meeting,
    convener: orgRef(dir, meeting.convenerOrgId),
    invitations: invitations.map((i) => ({ ...i, org: orgRef(dir, i.orgId) })),
    agendaItems: agendaItems.map((a) => ({ ...a, dispute: a.disputeId === null ? null : disputeById.get(a.disputeId)! })),
    attendance: attendance.map((a) => ({ ...a, org: namedOrNull(dir, a.orgId) })),
    amendments,
    resolutions: resolutions.map((r) => ({ ...r, responsibleOrg: named(dir, r.responsibleOrgId), agendaItem: r.agendaItemId === null ? null : items.get(r.agendaItemId)! })),
  };
}

/** The buttons a meeting's page shows. */
export function meetingActionsFor(actor: Actor, meeting: { status: string; minutesStatus: string; convenerOrgId: number; invitations: { orgId: number }[] }): MeetingAction[] {
  return meetingActions(meetingView(meeting), actorView(actor), meeting.invitations.some((i) => i.orgId === actor.orgId));
}

/** Organisations for the attendance and resolution pickers: the invitees first, then the directory. */
export async function meetingOrgOptions(actor: Actor) {
  requirePermission(actor, "meetings.view");
  return organisationOptions(actor, ORG_KINDS);
}
