// The complaint lifecycle (信访调处联动, §三(一)) as a pure state machine, with its deadlines.
//
//   REGISTERED ─accept→ ACCEPTED ─assign→ ASSIGNED ─start→ IN_PROGRESS ─handle→ HANDLED ─reply→ REPLIED ─close→ CLOSED
//        └─notAccept→ NOT_ACCEPTED          ↑  └──────return (not ours)──────┘
//                                           └─reassign── RETURNED
//   CLOSED ─reopen→ ACCEPTED   (a dissatisfied return visit, docs/decisions/036)
//
// The registering office accepts, assigns, reassigns, presses (督促), replies and closes; the
// holder (handlerOrgId) starts, returns, asks for the one extension and records the result;
// a LEADER of the registering office approves or refuses the extension. A complaint linked as
// a duplicate (DUPLICATE) follows its original: it takes the original's result.
import { z } from "zod";
import { CHANNELS, REPLY_METHODS } from "@/lib/domain/codes";
export { CHANNELS, REPLY_METHODS } from "@/lib/domain/codes";
import { dueDate, isOverdue, type DayType, type HolidayCalendar } from "@/lib/domain/deadline";
import type { IsoDate } from "@/lib/domain/dates";
import type { Role } from "@/lib/domain/organisation";

export const COMPLAINT_STATUSES = [
  "REGISTERED",
  "ACCEPTED",
  "NOT_ACCEPTED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RETURNED",
  "HANDLED",
  "REPLIED",
  "CLOSED",
  "DUPLICATE",
] as const;
export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>;

/** Statuses in which something is still due from somebody: each has a running deadline
 * (docs/decisions/060), the office's reply and closing included. */
export const OPEN_STATUSES = ["REGISTERED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED", "HANDLED", "REPLIED"] as const satisfies readonly ComplaintStatus[];
/** A new complaint may be linked as a duplicate of a complaint that is still being handled. */
export const LINKABLE_STATUSES = ["REGISTERED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"] as const satisfies readonly ComplaintStatus[];

export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const replyMethodSchema = z.enum(REPLY_METHODS);
export type ReplyMethod = z.infer<typeof replyMethodSchema>;

/** A reply's timeline note is stored as "METHOD｜note": the method, to show in words, and the note. */
export function splitReplyNote(note: string): { method: ReplyMethod | null; text: string } {
  const at = note.indexOf("｜");
  const method = replyMethodSchema.safeParse(at > 0 ? note.slice(0, at) : "");
  return method.success ? { method: method.data, text: note.slice(at + 1) } : { method: null, text: note };
}

export const EXTENSION_STATUSES = ["REQUESTED", "APPROVED", "REFUSED"] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export const HOLDER_ENDINGS = ["HANDLED", "RETURNED", "REASSIGNED"] as const;
export type HolderEnding = (typeof HOLDER_ENDINGS)[number];

export const COMPLAINT_ACTIONS = [
  "accept",
  "notAccept",
  "assign",
  "reassign",
  "start",
  "return",
  "press",
  "requestExtension",
  "approveExtension",
  "refuseExtension",
  "handle",
  "reply",
  "close",
  "toDispute",
  "reopen",
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** Timeline entries (ComplaintEvent.kind). */
export const COMPLAINT_EVENT_KINDS = [
  "REGISTERED",
  "LINKED_AS_DUPLICATE",
  "DUPLICATE_LINKED",
  "ACCEPTED",
  "NOT_ACCEPTED",
  "ASSIGNED",
  "REASSIGNED",
  "STARTED",
  "RETURNED",
  "PRESSED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "EXTENSION_REFUSED",
  "HANDLED",
  "HANDLED_WITH_ORIGINAL",
  "NOT_ACCEPTED_WITH_ORIGINAL",
  "REPLIED",
  "CLOSED",
  "TURNED_INTO_DISPUTE",
  "RETURN_VISIT",
  "RESIDENT_RATED",
  "REOPENED",
  // Brought in from the city's existing ledger (docs/decisions/046).
  "IMPORTED",
] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];

export type ComplaintState = {
  status: ComplaintStatus | string;
  registeredOrgId: number;
  handlerOrgId: number;
  extensionStatus: ExtensionStatus | string | null;
  /** The dispute this complaint was turned into (a joint meeting takes it on), if any. */
  disputeId?: number | null;
};

export type ComplaintActor = { orgId: number; role: Role | string };

type Rule = { from: readonly ComplaintStatus[]; by: "office" | "holder" | "officeLeader"; to: ComplaintStatus | null };

/** to: the next status (null: the status stays, e.g. pressing or an extension decision). */
const RULES: Record<ComplaintAction, Rule> = {
  accept: { from: ["REGISTERED"], by: "office", to: "ACCEPTED" },
  notAccept: { from: ["REGISTERED"], by: "office", to: "NOT_ACCEPTED" },
  assign: { from: ["ACCEPTED"], by: "office", to: "ASSIGNED" },
  reassign: { from: ["RETURNED", "ASSIGNED", "IN_PROGRESS"], by: "office", to: "ASSIGNED" },
  start: { from: ["ASSIGNED"], by: "holder", to: "IN_PROGRESS" },
  return: { from: ["ASSIGNED", "IN_PROGRESS"], by: "holder", to: "RETURNED" },
  press: { from: ["ASSIGNED", "IN_PROGRESS"], by: "office", to: null },
  requestExtension: { from: ["ASSIGNED", "IN_PROGRESS"], by: "holder", to: null },
  approveExtension: { from: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"], by: "officeLeader", to: null },
  refuseExtension: { from: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"], by: "officeLeader", to: null },
  handle: { from: ["IN_PROGRESS"], by: "holder", to: "HANDLED" },
  reply: { from: ["HANDLED"], by: "office", to: "REPLIED" },
  close: { from: ["REPLIED"], by: "office", to: "CLOSED" },
  // A matter that involves several departments goes to a joint meeting (§三(四)); the complaint
  // stays open with its holder and is answered when the dispute is settled.
  toDispute: { from: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"], by: "office", to: null },
  // The resident is not satisfied with the result: the office takes the matter up again, with a
  // new handling deadline, and assigns it as before (issue 5, docs/decisions/036).
  reopen: { from: ["CLOSED"], by: "office", to: "ACCEPTED" },
};

/** Whether this actor may take this action on the complaint now. */
export function mayTake(c: ComplaintState, action: ComplaintAction, actor: ComplaintActor): boolean {
  const rule = RULES[action];
  if (!(rule.from as readonly string[]).includes(c.status)) return false;
  const isOffice = actor.orgId === c.registeredOrgId;
  const isHolder = actor.orgId === c.handlerOrgId;
  const heldElsewhere = c.handlerOrgId !== c.registeredOrgId;
  switch (rule.by) {
    case "office":
      // A complaint becomes one dispute at most.
      if (action === "toDispute" && c.disputeId) return false;
      // Pressing oneself is meaningless; the office presses another holder.
      if (action === "press" && !heldElsewhere) return false;
      return isOffice;
    case "officeLeader":
      return isOffice && actor.role === "LEADER" && c.extensionStatus === "REQUESTED";
    case "holder":
      if (!isHolder) return false;
      // An office that assigned a complaint to itself reassigns it instead of returning it.
      if (action === "return" && !heldElsewhere) return false;
      if (action === "requestExtension") return c.extensionStatus === null;
      return true;
  }
}

/** The actions to offer this actor (pages show buttons for these only). */
export function allowedActions(c: ComplaintState, actor: ComplaintActor): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => mayTake(c, a, actor));
}

export type Transition = { ok: true; status: ComplaintStatus } | { ok: false };

/** The status after an action, or a refusal (the data layer turns it into invalidTransition). */
export function transition(c: ComplaintState, action: ComplaintAction, actor: ComplaintActor): Transition {
  if (!mayTake(c, action, actor)) return { ok: false };
  return { ok: true, status: RULES[action].to ?? complaintStatusSchema.parse(c.status) };
}

export type ComplaintDeadlines = {
  status: string;
  acceptDueDate: IsoDate;
  handleDueDate: IsoDate | null;
  extendedDueDate: IsoDate | null;
  /** The office's own step: reassign a returned complaint, reply to the resident, close. */
  stepDueDate?: IsoDate | null;
};

/** The deadline rule of the office's step that a status waits for (null: none of its own). */
export function complaintStepRule(status: string): "COMPLAINT_REASSIGN" | "COMPLAINT_REPLY" | "COMPLAINT_CLOSE" | null {
  return status === "RETURNED" ? "COMPLAINT_REASSIGN" : status === "HANDLED" ? "COMPLAINT_REPLY" : status === "REPLIED" ? "COMPLAINT_CLOSE" : null;
}

/**
 * The deadline running now: acceptance while registered; handling (extended, if an extension
 * was approved) until it is handled — a returned complaint must be reassigned by the earlier of
 * the reassignment step and the handling deadline; then the office's reply to the resident and
 * its closing. Nothing once finished. Stored as currentDueDate so "overdue" is an indexed
 * comparison with today.
 */
export function currentDueDate(c: ComplaintDeadlines): IsoDate | null {
  const handle = c.extendedDueDate ?? c.handleDueDate;
  switch (c.status) {
    case "REGISTERED":
      return c.acceptDueDate;
    case "ACCEPTED":
    case "ASSIGNED":
    case "IN_PROGRESS":
      return handle;
    case "RETURNED":
      return earlier(handle, c.stepDueDate ?? null);
    case "HANDLED":
    case "REPLIED":
      return c.stepDueDate ?? null;
    default:
      return null;
  }
}

function earlier(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export function isComplaintOverdue(c: ComplaintDeadlines, today: IsoDate): boolean {
  return isOverdue(currentDueDate(c), today);
}

/**
 * The handling deadline after an extension of `days` (counted like the extension rule counts)
 * from the current handling deadline. At most `maxDays` (the rule's days), at least one.
 */
export function extendedDueDate(handleDue: IsoDate, days: number, maxDays: number, dayType: DayType, calendar: HolidayCalendar): IsoDate | null {
  if (!Number.isInteger(days) || days < 1 || days > maxDays) return null;
  return dueDate(handleDue, days, dayType, calendar);
}

/** Holder-side statuses: the holder is working on it (the inbox shows these to the holder). */
export function isWithHolder(status: string): boolean {
  return status === "ASSIGNED" || status === "IN_PROGRESS";
}

/** Whether handling met its deadline: handled on or before the (extended) handling due date. */
export function handledOnTime(handledDate: IsoDate, c: { handleDueDate: IsoDate | null; extendedDueDate: IsoDate | null }): boolean | null {
  const due = c.extendedDueDate ?? c.handleDueDate;
  return due === null ? null : handledDate <= due;
}
