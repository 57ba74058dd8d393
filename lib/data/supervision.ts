// The supervision view (督办): everything overdue or due within two working days in the actor's
// scope, grouped by the organisation that must act, with who held it; bounded queries, one per
// kind of matter, each carrying the actor's scope.
import "server-only";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/domain/complaint";
import { OUTSTANDING_RESOLUTION_STATUSES } from "@/lib/domain/resolution";
import { compareUrgency, supervisionHorizon, urgencyOf, type SupervisedType, type Urgency } from "@/lib/domain/supervision";
import type { IsoDate } from "@/lib/domain/dates";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { holidayCalendar, today } from "@/lib/data/calendar";

/** Per kind of matter at most this many rows (the oldest due first); the page says when it is cut. */
const LIMIT = 300;

export type SupervisionItem = {
  type: SupervisedType;
  id: number;
  ref: string;
  title: string;
  href: string;
  due: IsoDate;
  urgency: Urgency;
  /** The organisations that held it, in order (the last is the one that must act). */
  heldBy: string[];
  isPetition: boolean;
};
export type SupervisionGroup = { org: { id: number; name: string }; items: SupervisionItem[]; overdue: number };
export type SupervisionView = { today: IsoDate; horizon: IsoDate; groups: SupervisionGroup[]; overdue: number; dueSoon: number; truncated: boolean };

type Pending = Omit<SupervisionItem, "urgency"> & { org: { id: number; name: string } };

const orgName = { select: { id: true, name: true } } as const;

async function pendingItems(actor: Actor, horizon: IsoDate): Promise<{ items: Pending[]; truncated: boolean }> {
  const [complaints, referrals, resolutions, escalations, works] = await Promise.all([
    db.complaint.findMany({
      where: scoped(actor, "complaint", { status: { in: [...OPEN_STATUSES] }, currentDueDate: { lte: horizon } }),
      select: {
        id: true, ref: true, description: true, currentDueDate: true, isPetition: true, handlerOrg: orgName, registeredOrg: orgName,
        holders: { select: { org: { select: { name: true } } }, orderBy: { seq: "asc" } },
      },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take: LIMIT + 1,
    }),
    db.enforcementReferral.findMany({
      where: scoped(actor, "enforcementReferral", { status: { in: ["REFERRED", "INVESTIGATING"] }, currentDueDate: { lte: horizon } }),
      select: { id: true, ref: true, location: true, currentDueDate: true, departmentOrg: orgName, referringOrg: orgName, events: { where: { toOrgId: { not: null } }, select: { toOrgName: true }, orderBy: { id: "asc" } } },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take: LIMIT + 1,
    }),
    can(actor, "resolutions.view")
      ? db.resolution.findMany({
          where: scoped(actor, "resolution", { status: { in: [...OUTSTANDING_RESOLUTION_STATUSES] }, dueDate: { lte: horizon } }),
          select: { id: true, description: true, dueDate: true, responsibleOrg: orgName, meeting: { select: { ref: true, convener: { select: { name: true } } } } },
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          take: LIMIT + 1,
        })
      : Promise.resolve([]),
    can(actor, "escalations.view")
      ? db.escalation.findMany({
          where: scoped(actor, "escalation", { status: "PENDING", dueDate: { lte: horizon } }),
          select: { id: true, dueDate: true, toOrg: orgName, fromOrg: orgName, dispute: { select: { id: true, ref: true, title: true } } },
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          take: LIMIT + 1,
        })
      : Promise.resolve([]),
    db.plannedWorks.findMany({
      where: scoped(actor, "plannedWorks", { status: { in: ["NOTIFIED", "DISPUTED"] }, endDate: { lte: horizon } }),
      select: { id: true, ref: true, title: true, endDate: true, utilityOrg: orgName },
      orderBy: [{ endDate: "asc" }, { id: "asc" }],
      take: LIMIT + 1,
    }),
  ]);
  const truncated = [complaints, referrals, resolutions, escalations, works].some((rows) => rows.length > LIMIT);
  const items: Pending[] = [
    ...complaints.slice(0, LIMIT).map((c) => ({
      type: "COMPLAINT" as const, id: c.id, ref: c.ref, title: c.description.slice(0, 60), href: `/complaints/${c.id}`, due: c.currentDueDate!,
      org: c.handlerOrg, heldBy: [c.registeredOrg.name, ...c.holders.map((h) => h.org.name)].filter((n, i, all) => i === 0 || n !== all[i - 1]), isPetition: c.isPetition === true,
    })),
    ...referrals.slice(0, LIMIT).map((r) => ({
      type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
      org: r.departmentOrg, heldBy: [r.referringOrg.name, ...r.events.map((e) => e.toOrgName)], isPetition: false,
    })),
    ...resolutions.slice(0, LIMIT).map((r) => ({
      type: "RESOLUTION" as const, id: r.id, ref: r.meeting.ref, title: r.description.slice(0, 60), href: `/resolutions/${r.id}`, due: r.dueDate,
      org: r.responsibleOrg, heldBy: [r.meeting.convener.name, r.responsibleOrg.name], isPetition: false,
    })),
    ...escalations.slice(0, LIMIT).map((e) => ({
      type: "ESCALATION" as const, id: e.id, ref: e.dispute.ref, title: e.dispute.title, href: `/disputes/${e.dispute.id}`, due: e.dueDate,
      org: e.toOrg, heldBy: [e.fromOrg.name, e.toOrg.name], isPetition: false,
    })),
    ...works.slice(0, LIMIT).map((w) => ({
      type: "WORKS" as const, id: w.id, ref: w.ref, title: w.title, href: `/works/${w.id}`, due: w.endDate,
      org: w.utilityOrg, heldBy: [w.utilityOrg.name], isPetition: false,
    })),
  ];
  return { items, truncated };
}

/** The supervision view of the actor's scope (street, district or city). */
export async function supervisionView(actor: Actor): Promise<SupervisionView> {
  requirePermission(actor, "supervision.view");
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const { items, truncated } = await pendingItems(actor, horizon);
  const groups = new Map<number, SupervisionGroup>();
  let overdue = 0;
  for (const { org, ...item } of items.sort(compareUrgency)) {
    const urgency = urgencyOf(item.due, day, calendar);
    const group = groups.get(org.id) ?? { org, items: [], overdue: 0 };
    group.items.push({ ...item, urgency });
    if (urgency.state === "OVERDUE") {
      group.overdue++;
      overdue++;
    }
    groups.set(org.id, group);
  }
  // The organisations with the most overdue first.
  const sorted = [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.items.length - a.items.length || a.org.name.localeCompare(b.org.name, "zh-CN"));
  return { today: day, horizon, groups: sorted, overdue, dueSoon: items.length - overdue, truncated };
}

/** The home page's compact summary: counts and the most overdue few (empty without the permission). */
export async function supervisionSummary(actor: Actor): Promise<{ overdue: number; dueSoon: number; top: (SupervisionItem & { orgName: string })[] } | null> {
  if (!can(actor, "supervision.view")) return null;
  const view = await supervisionView(actor);
  const top = view.groups
    .flatMap((g) => g.items.map((i) => ({ ...i, orgName: g.org.name })))
    .filter((i) => i.urgency.state === "OVERDUE")
    .sort(compareUrgency)
    .slice(0, 5);
  return { overdue: view.overdue, dueSoon: view.dueSoon, top };
}
