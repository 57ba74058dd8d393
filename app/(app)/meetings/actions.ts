"use server";
// Joint meetings: schedule, reschedule, invitations, cancel, hold, answers, attendance, minutes,
// resolutions, amendments, and the calendar feed's secret.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { calendarFeedToken, regenerateCalendarFeed } from "@/lib/data/calendar-feeds";
import { addAmendment, addResolution, cancelMeeting, deleteResolution, findOverlaps, holdMeeting, rescheduleMeeting, respondToInvitation, saveAttendance, saveMinutes, scheduleMeeting, updateInvitations } from "@/lib/data/meetings";
import { parseCityDateTime } from "@/lib/domain/dates";
import { cityDateTimeLabel } from "@/lib/domain/meeting";
import { calendarDate, idField, version } from "@/lib/validation/common";
import { idList } from "@/lib/validation/dispute";
import { amendmentSchema, attendanceSchema, cancelMeetingSchema, invitationsSchema, minutesSchema, rescheduleSchema, resolutionSchema, respondSchema, scheduleSchema } from "@/lib/validation/meeting";
import { z } from "zod";

function refresh(meetingId?: number) {
  revalidatePath("/meetings");
  revalidatePath("/disputes");
  revalidatePath("/");
  if (meetingId) revalidatePath(`/meetings/${meetingId}`);
}

export async function scheduleMeetingAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(scheduleSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await scheduleMeeting(actor, parsed.data, await requestIp());
    refresh(id);
    return { ok: true, data: { id } };
  });
}

export type OverlapNotice = { meeting: string; convener: string; orgs: string; start: string; end: string };
const overlapQuery = z.object({ date: calendarDate(), startTime: z.string().max(5), endTime: z.string().max(5), orgIds: idList, excludeMeetingId: idField.optional() });

/** Warns (never blocks) when invited organisations already have a meeting at that time. */
export async function checkOverlapsAction(input: unknown): Promise<OverlapNotice[]> {
  const actor = await requireActor();
  const parsed = overlapQuery.safeParse(input);
  if (!parsed.success) return [];
  const startsAt = parseCityDateTime(`${parsed.data.date}T${parsed.data.startTime}`);
  const endsAt = parseCityDateTime(`${parsed.data.date}T${parsed.data.endTime}`);
  if (!startsAt || !endsAt) return [];
  const warnings = await findOverlaps(actor, { startsAt, endsAt, orgIds: parsed.data.orgIds, excludeMeetingId: parsed.data.excludeMeetingId });
  return warnings.map((w) => ({ meeting: w.title ?? "", convener: w.convenerName, orgs: w.orgNames.join("、"), start: cityDateTimeLabel(w.startsAt), end: cityDateTimeLabel(w.endsAt).slice(11) }));
}

export async function rescheduleMeetingAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(rescheduleSchema, input);
    if (!parsed.ok) return parsed.result;
    await rescheduleMeeting(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function updateInvitationsAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(invitationsSchema, input);
    if (!parsed.ok) return parsed.result;
    await updateInvitations(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function cancelMeetingAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(cancelMeetingSchema, input);
    if (!parsed.ok) return parsed.result;
    await cancelMeeting(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function holdMeetingAction(id: number, meetingVersion: number): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(z.object({ version }), { version: meetingVersion });
    if (!parsed.ok) return parsed.result;
    await holdMeeting(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function respondToInvitationAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(respondSchema, input);
    if (!parsed.ok) return parsed.result;
    await respondToInvitation(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function saveAttendanceAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(attendanceSchema, input);
    if (!parsed.ok) return parsed.result;
    await saveAttendance(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function saveMinutesAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(minutesSchema, input);
    if (!parsed.ok) return parsed.result;
    await saveMinutes(actor, recordId(id), parsed.data, await requestIp());
    refresh(recordId(id));
    return { ok: true, data: { id: recordId(id) } };
  });
}

export async function addResolutionAction(meetingId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(resolutionSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await addResolution(actor, recordId(meetingId), parsed.data, await requestIp());
    refresh(recordId(meetingId));
    return { ok: true, data: { id } };
  });
}

export async function deleteResolutionAction(meetingId: number, resolutionId: number): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    await deleteResolution(actor, recordId(resolutionId), await requestIp());
    refresh(recordId(meetingId));
    return { ok: true, data: { id: recordId(meetingId) } };
  });
}

export async function addAmendmentAction(meetingId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(amendmentSchema, input);
    if (!parsed.ok) return parsed.result;
    await addAmendment(actor, recordId(meetingId), parsed.data, await requestIp());
    refresh(recordId(meetingId));
    return { ok: true, data: { id: recordId(meetingId) } };
  });
}

/** A plain form action (works without JavaScript): creates the feed secret on first use. */
export async function createCalendarFeedAction(): Promise<void> {
  const actor = await requireActor();
  await calendarFeedToken(actor);
  revalidatePath("/meetings");
}

/** A plain form's action, confirmed on the page before it is sent (no script needed). */
export async function regenerateCalendarFeedAction(): Promise<void> {
  const actor = await requireActor();
  await regenerateCalendarFeed(actor, await requestIp());
  revalidatePath("/meetings");
}
