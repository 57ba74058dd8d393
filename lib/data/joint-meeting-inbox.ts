// The home page's joint-meeting inbox: what each organisation has to do now. Every list is
// scoped; a section with nothing in it is not shown. Read on the read path (docs/decisions/045):
// each section's rows first, then what they name, by id, in one query per relation.
import "server-only";
import { can } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { today } from "@/lib/data/calendar";
import { directory } from "@/lib/data/directory";
import { groupedBy, named } from "@/lib/data/disputes";
import { endingFrom } from "@/lib/data/meetings";
import { convenedFinalMeetings } from "@/lib/data/resolutions";
import { allColumns, findRows, type Order } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";
import { sharedForOrg } from "@/lib/data/shared-cache";

const LIMIT = 8;
const OUTSTANDING = ["OPEN", "IN_PROGRESS"];
const RESOLUTION_COLUMNS = allColumns("Resolution");
const byDue: Order<"Resolution">[] = [["dueDate", "asc"], ["id", "asc"]];

const idsOf = <T,>(rows: readonly T[], id: (row: T) => number | null): number[] => [...new Set(rows.flatMap((r) => (id(r) === null ? [] : [id(r)!])))];

export async function jointMeetingInbox(actor: Actor) {
  if (!can(actor, "meetings.view")) return null;
  // The same for everyone of the organisation; it holds "now" (meetings under way), so per minute.
  return sharedForOrg(actor, "jointMeetingInbox", () => inboxOf(actor), true);
}

async function inboxOf(actor: Actor) {
  const now = new Date();
  const day = today();
  const convener = can(actor, "meetings.convene");
  const convened = await convenedFinalMeetings(actor);
  const [pendingMeetings, escalations, awaitingMeeting, returned, meetingRows, myResolutions, overdueResolutions, toConfirm, dir] = await Promise.all([
    // The meetings my organisation is invited to and has not answered (one invitation per meeting and organisation).
    findRows("JointMeeting", {
      where: scoped(actor, "jointMeeting", { ...endingFrom(now), status: "SCHEDULED", invitations: { some: { orgId: actor.orgId, status: "PENDING" } } }),
      select: ["id", "title", "startsAt", "endsAt", "place", "convenerOrgId"],
      orderBy: [["startsAt", "asc"], ["id", "asc"]],
      take: LIMIT,
    }),
    findRows("Escalation", {
      where: scoped(actor, "escalation", { toOrgId: actor.orgId, status: "PENDING" }),
      select: allColumns("Escalation"),
      orderBy: [["dueDate", "asc"], ["id", "asc"]],
      take: LIMIT,
    }),
    convener
      ? findRows("Dispute", {
          where: scoped(actor, "dispute", { ownerOrgId: actor.orgId, status: { in: ["PENDING_MEETING", "UNRESOLVED"] } }),
          select: ["id", "ref", "title", "status", "urgency", "crossDistrict"],
          orderBy: [["id", "desc"]],
          take: LIMIT,
        })
      : Promise.resolve([]),
    convener
      ? findRows("Dispute", { where: scoped(actor, "dispute", { ownerOrgId: actor.orgId, status: "RETURNED" }), select: ["id", "ref", "title"], orderBy: [["id", "desc"]], take: LIMIT })
      : Promise.resolve([]),
    findRows("JointMeeting", {
      where: scoped(actor, "jointMeeting", {
        OR: [
          { convenerOrgId: actor.orgId, OR: [{ status: "SCHEDULED" }, { status: "HELD", minutesStatus: "DRAFT" }] },
          { ...endingFrom(now), status: "SCHEDULED", invitations: { some: { orgId: actor.orgId, status: "CONFIRMED" } } },
        ],
      }),
      select: ["id", "title", "startsAt", "endsAt", "place", "status", "minutesStatus", "convenerOrgId"],
      orderBy: [["startsAt", "asc"], ["id", "asc"]],
      take: LIMIT,
    }),
    findRows("Resolution", {
      where: scoped(actor, "resolution", { responsibleOrgId: actor.orgId, status: { in: OUTSTANDING }, meeting: { minutesStatus: "FINAL" } }),
      select: RESOLUTION_COLUMNS,
      orderBy: byDue,
      take: LIMIT,
    }),
    findRows("Resolution", {
      where: scoped(actor, "resolution", { status: { in: OUTSTANDING }, dueDate: { lt: day }, responsibleOrgId: { not: actor.orgId }, meetingId: { in: convened } }),
      select: RESOLUTION_COLUMNS,
      orderBy: byDue,
      take: LIMIT,
    }),
    findRows("Resolution", {
      where: scoped(actor, "resolution", { status: "DONE", meetingId: { in: convened } }),
      select: RESOLUTION_COLUMNS,
      orderBy: [["id", "asc"]],
      take: LIMIT,
    }),
    directory(),
  ]);
  const resolutions = [...myResolutions, ...overdueResolutions, ...toConfirm];
  const meetingIds = idsOf(pendingMeetings, (m) => m.id);
  const escalationDisputeIds = idsOf(escalations, (e) => e.disputeId);
  const returnedIds = idsOf(returned, (d) => d.id);
  const resolutionMeetingIds = idsOf(resolutions, (r) => r.meetingId);
  const resolutionDisputeIds = idsOf(resolutions, (r) => r.disputeId);
  const [invitationRows, escalationDisputes, returns, resolutionMeetings, resolutionDisputes] = await Promise.all([
    meetingIds.length === 0 ? [] : findRows("MeetingInvitation", { where: { orgId: actor.orgId, meetingId: { in: meetingIds } }, select: allColumns("MeetingInvitation") }),
    escalationDisputeIds.length === 0 ? [] : findRows("Dispute", { where: { id: { in: escalationDisputeIds } }, select: ["id", "ref", "title", "crossDistrict"] }),
    // The latest returned escalation of each returned dispute.
    returnedIds.length === 0 ? [] : findRows("Escalation", { where: { disputeId: { in: returnedIds }, status: "RETURNED" }, select: ["disputeId", "returnReason", "toOrgId"], orderBy: [["id", "desc"]] }),
    resolutionMeetingIds.length === 0 ? [] : findRows("JointMeeting", { where: { id: { in: resolutionMeetingIds } }, select: ["id", "title"] }),
    resolutionDisputeIds.length === 0 ? [] : findRows("Dispute", { where: { id: { in: resolutionDisputeIds } }, select: ["id", "ref"] }),
  ]);
  const invitationOf = new Map(invitationRows.map((i) => [i.meetingId, i]));
  const disputeOf = new Map(escalationDisputes.map((d) => [d.id, d]));
  const returnsOf = groupedBy(returns, (e) => e.disputeId);
  const meetingOf = new Map(resolutionMeetings.map((m) => [m.id, m]));
  const refOf = new Map(resolutionDisputes.map((d) => [d.id, d]));
  const shapeResolutions = (rows: ModelRow<"Resolution">[]) =>
    rows.map((r) => ({ ...r, responsibleOrg: named(dir, r.responsibleOrgId), meeting: meetingOf.get(r.meetingId)!, dispute: r.disputeId === null ? null : refOf.get(r.disputeId)! }));
  return {
    today: day,
    invitations: pendingMeetings.map(({ convenerOrgId, ...m }) => ({ ...invitationOf.get(m.id)!, meeting: { ...m, convener: named(dir, convenerOrgId) } })),
    escalations: escalations.map((e) => ({ ...e, dispute: disputeOf.get(e.disputeId)!, fromOrg: named(dir, e.fromOrgId) })),
    awaitingMeeting,
    returned: returned.map((d) => ({
      ...d,
      escalations: (returnsOf.get(d.id) ?? []).slice(0, 1).map((e) => ({ returnReason: e.returnReason, toOrg: { name: named(dir, e.toOrgId).name } })),
    })),
    meetings: meetingRows.map((m) => ({ ...m, convener: named(dir, m.convenerOrgId) })),
    myResolutions: shapeResolutions(myResolutions),
    overdueResolutions: shapeResolutions(overdueResolutions),
    toConfirm: shapeResolutions(toConfirm),
  };
}

export type JointMeetingInbox = NonNullable<Awaited<ReturnType<typeof jointMeetingInbox>>>;
