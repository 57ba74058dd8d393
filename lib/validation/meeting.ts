// Forms of joint meetings: scheduling, invitations, answers, attendance, minutes, resolutions,
// amendments. Messages are keys of the "validation" catalog. Times are Shanghai wall-clock times.
import { z } from "zod";
import { cityDate, parseCityDateTime } from "@/lib/domain/dates";
import { outcomeSchema } from "@/lib/domain/dispute";
import { attendanceCapacitySchema, MAX_MEETING_MINUTES } from "@/lib/domain/meeting";
import { calendarDate, dueDateField, idField, optionalId, optionalText, requiredText, version } from "@/lib/validation/common";
import { idList } from "@/lib/validation/dispute";

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const dateField = calendarDate("meeting.date");
const timeField = z.string().trim().regex(TIME_RE, "meeting.time");

type Slot = { date: string; startTime: string; endTime: string };

/** Adds "in the past" and "end before start" issues beside the fields; returns the instants. */
function checkSlot(v: Slot, ctx: z.RefinementCtx): { startsAt: Date; endsAt: Date } | null {
  const startsAt = parseCityDateTime(`${v.date}T${v.startTime}`);
  const endsAt = parseCityDateTime(`${v.date}T${v.endTime}`);
  if (!startsAt || !endsAt) return null;
  let ok = true;
  if (startsAt.getTime() <= Date.now()) {
    ctx.addIssue({ code: "custom", path: [v.date < cityDate(new Date()) ? "date" : "startTime"], message: "meeting.inPast" });
    ok = false;
  }
  if (endsAt <= startsAt) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "meeting.endBeforeStart" });
    ok = false;
  } else if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_MINUTES * 60_000) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "meeting.tooLongMeeting" });
    ok = false;
  }
  return ok ? { startsAt, endsAt } : null;
}

const slotFields = {
  title: requiredText(100),
  date: dateField,
  startTime: timeField,
  endTime: timeField,
  place: requiredText(100),
  chair: requiredText(50),
};

export const scheduleSchema = z
  .object({
    ...slotFields,
    disputeIds: idList.refine((ids) => ids.length > 0, "meeting.disputesRequired"),
    otherItems: optionalText(1000),
    inviteeIds: idList.refine((ids) => ids.length > 0, "meeting.inviteesRequired"),
  })
  .transform((v, ctx) => {
    const slot = checkSlot(v, ctx);
    if (!slot) return z.NEVER;
    const otherItemTitles = v.otherItems.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => l.slice(0, 100));
    return { ...v, ...slot, otherItemTitles };
  });
export type ScheduleInput = z.input<typeof scheduleSchema>;
export type ScheduleData = z.output<typeof scheduleSchema>;

export const rescheduleSchema = z
  .object({ ...slotFields, version })
  .transform((v, ctx) => {
    const slot = checkSlot(v, ctx);
    if (!slot) return z.NEVER;
    return { ...v, ...slot };
  });
export type RescheduleInput = z.input<typeof rescheduleSchema>;
export type RescheduleData = z.output<typeof rescheduleSchema>;

export const invitationsSchema = z.object({
  inviteeIds: idList.refine((ids) => ids.length > 0, "meeting.inviteesRequired"),
  version,
});
export type InvitationsInput = z.input<typeof invitationsSchema>;

export const cancelMeetingSchema = z.object({ reason: requiredText(500), version });
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

export const respondSchema = z
  .object({
    response: z.enum(["CONFIRM", "DECLINE"]),
    attendeeNames: optionalText(200),
    declineReason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.response === "CONFIRM" && v.attendeeNames === "") ctx.addIssue({ code: "custom", path: ["attendeeNames"], message: "meeting.attendeeNamesRequired" });
    if (v.response === "DECLINE" && v.declineReason === "") ctx.addIssue({ code: "custom", path: ["declineReason"], message: "meeting.declineReasonRequired" });
  });
export type RespondInput = z.input<typeof respondSchema>;

export const attendanceSchema = z.object({
  rows: z
    .array(
      z.object({
        orgId: optionalId,
        personName: requiredText(30),
        position: optionalText(50),
        capacity: attendanceCapacitySchema,
      }),
    )
    .max(200, "tooMany"),
  version,
});
export type AttendanceInput = z.input<typeof attendanceSchema>;
export type AttendanceData = z.output<typeof attendanceSchema>;

export const minutesSchema = z.object({
  summary: optionalText(4000),
  items: z
    .array(
      z.object({
        id: optionalId,
        title: requiredText(100),
        minutes: optionalText(8000),
        outcome: z.union([z.literal(""), z.null(), outcomeSchema]).transform((v) => (v ? v : null)),
      }),
    )
    .max(50, "tooMany"),
  finalize: z.boolean(),
  /** The convener confirms that a dispute resolved at this meeting needs no resolution. */
  confirmNoResolutions: z.boolean().default(false),
  version,
});
export type MinutesInput = z.input<typeof minutesSchema>;
export type MinutesData = z.output<typeof minutesSchema>;

export const resolutionSchema = z.object({
  description: requiredText(500),
  responsibleOrgId: z.union([z.literal(""), z.null(), z.undefined(), idField]).refine((v) => typeof v === "number", "meeting.resolutionOwnerRequired").transform((v) => v as number),
  dueDate: dueDateField({ required: "meeting.dueDateRequired", date: "meeting.date", inPast: "meeting.dueInPast" }),
  agendaItemId: optionalId,
});
export type ResolutionInput = z.input<typeof resolutionSchema>;
export type ResolutionData = z.output<typeof resolutionSchema>;

export const amendmentSchema = z.object({ text: requiredText(2000), agendaItemId: optionalId });
export type AmendmentInput = z.input<typeof amendmentSchema>;

export const progressSchema = z
  .object({
    action: z.enum(["progress", "markDone", "confirm", "reopen"]),
    note: optionalText(2000),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.action !== "confirm" && v.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "meeting.noteRequired" });
  });
export type ProgressInput = z.input<typeof progressSchema>;
