// The home page's joint-meeting inbox: what each organisation has to do now. Every list is
// scoped; a section with nothing in it is not shown.
import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { today } from "@/lib/data/calendar";

const LIMIT = 8;
const OUTSTANDING = ["OPEN", "IN_PROGRESS"];

export async function jointMeetingInbox(actor: Actor) {
  if (!can(actor, "meetings.view")) return null;
  const now = new Date();
  const day = today();
  const convener = can(actor, "meetings.convene");
  const named = { select: { id: true, name: true } } as const;
  const resolutionInclude = { responsibleOrg: named, meeting: { select: { id: true, title: true } }, dispute: { select: { id: true, ref: true } } } as const;
  const [invitations, escalations, awaitingMeeting, returned, meetings, myResolutions, overdueResolutions, toConfirm] = await Promise.all([
    db.meetingInvitation.findMany({
      where: { orgId: actor.orgId, status: "PENDING", meeting: scoped(actor, "jointMeeting", { status: "SCHEDULED", endsAt: { gte: now } }) },
      include: { meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, place: true, convener: named } } },
      orderBy: { meeting: { startsAt: "asc" } },
      take: LIMIT,
    }),
    db.escalation.findMany({
      where: scoped(actor, "escalation", { toOrgId: actor.orgId, status: "PENDING" }),
      include: { dispute: { select: { id: true, ref: true, title: true, crossDistrict: true } }, fromOrg: named },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIMIT,
    }),
    convener
      ? db.dispute.findMany({ where: scoped(actor, "dispute", { ownerOrgId: actor.orgId, status: { in: ["PENDING_MEETING", "UNRESOLVED"] } }), select: { id: true, ref: true, title: true, status: true, urgency: true, crossDistrict: true }, orderBy: { id: "desc" }, take: LIMIT })
      : Promise.resolve([]),
    convener
      ? db.dispute.findMany({
          where: scoped(actor, "dispute", { ownerOrgId: actor.orgId, status: "RETURNED" }),
          select: { id: true, ref: true, title: true, escalations: { where: { status: "RETURNED" }, orderBy: { id: "desc" }, take: 1, select: { returnReason: true, toOrg: { select: { name: true } } } } },
          orderBy: { id: "desc" },
          take: LIMIT,
        })
      : Promise.resolve([]),
    db.jointMeeting.findMany({
      where: scoped(actor, "jointMeeting", {
        OR: [
          { convenerOrgId: actor.orgId, OR: [{ status: "SCHEDULED" }, { status: "HELD", minutesStatus: "DRAFT" }] },
          { status: "SCHEDULED", endsAt: { gte: now }, invitations: { some: { orgId: actor.orgId, status: "CONFIRMED" } } },
        ],
      }),
      select: { id: true, title: true, startsAt: true, endsAt: true, place: true, status: true, minutesStatus: true, convenerOrgId: true, convener: named },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: LIMIT,
    }),
    db.resolution.findMany({
      where: scoped(actor, "resolution", { responsibleOrgId: actor.orgId, status: { in: OUTSTANDING }, meeting: { minutesStatus: "FINAL" } }),
      include: resolutionInclude,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIMIT,
    }),
    db.resolution.findMany({
      where: scoped(actor, "resolution", { status: { in: OUTSTANDING }, dueDate: { lt: day }, responsibleOrgId: { not: actor.orgId }, meeting: { convenerOrgId: actor.orgId, minutesStatus: "FINAL" } }),
      include: resolutionInclude,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIMIT,
    }),
    db.resolution.findMany({
      where: scoped(actor, "resolution", { status: "DONE", meeting: { convenerOrgId: actor.orgId, minutesStatus: "FINAL" } }),
      include: resolutionInclude,
      orderBy: { id: "asc" },
      take: LIMIT,
    }),
  ]);
  return { today: day, invitations, escalations, awaitingMeeting, returned, meetings, myResolutions, overdueResolutions, toConfirm };
}

export type JointMeetingInbox = NonNullable<Awaited<ReturnType<typeof jointMeetingInbox>>>;
