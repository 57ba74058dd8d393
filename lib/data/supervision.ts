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

/** A range of due dates (ISO dates compare as text). */
type DueRange = { lt?: IsoDate; gte?: IsoDate; lte?: IsoDate };

/** One kind of supervised matter: who may see it, its scoped filter for a due range, and its rows
 * (the oldest due first) shaped as items. The view lists them; the home summary counts them. */
type Kind = {
  may: (actor: Actor) => boolean;
  count: (actor: Actor, due: DueRange) => Promise<number>;
  list: (actor: Actor, due: DueRange, take: number) => Promise<Pending[]>;
};

const complaintWhere = (actor: Actor, due: DueRange) => scoped(actor, "complaint", { status: { in: [...OPEN_STATUSES] }, currentDueDate: due });
const referralWhere = (actor: Actor, due: DueRange) => scoped(actor, "enforcementReferral", { status: { in: ["REFERRED", "INVESTIGATING"] }, currentDueDate: due });
const resolutionWhere = (actor: Actor, due: DueRange) => scoped(actor, "resolution", { status: { in: [...OUTSTANDING_RESOLUTION_STATUSES] }, dueDate: due });
const escalationWhere = (actor: Actor, due: DueRange) => scoped(actor, "escalation", { status: "PENDING", dueDate: due });
const worksWhere = (actor: Actor, due: DueRange) => scoped(actor, "plannedWorks", { status: { in: ["NOTIFIED", "DISPUTED"] }, endDate: due });

const KINDS: Kind[] = [
  {
    may: () => true,
    count: (actor, due) => db.complaint.count({ where: complaintWhere(actor, due) }),
    list: async (actor, due, take) => (await db.complaint.findMany({
      where: complaintWhere(actor, due),
      select: {
        id: true, ref: true, description: true, currentDueDate: true, isPetition: true, handlerOrg: orgName, registeredOrg: orgName,
        holders: { select: { org: { select: { name: true } } }, orderBy: { seq: "asc" } },
      },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take,
    })).map((c) => ({
      type: "COMPLAINT" as const, id: c.id, ref: c.ref, title: c.description.slice(0, 60), href: `/complaints/${c.id}`, due: c.currentDueDate!,
      org: c.handlerOrg, heldBy: [c.registeredOrg.name, ...c.holders.map((h) => h.org.name)].filter((n, i, all) => i === 0 || n !== all[i - 1]), isPetition: c.isPetition === true,
    })),
  },
  {
    may: () => true,
    count: (actor, due) => db.enforcementReferral.count({ where: referralWhere(actor, due) }),
    list: async (actor, due, take) => (await db.enforcementReferral.findMany({
      where: referralWhere(actor, due),
      select: { id: true, ref: true, location: true, currentDueDate: true, departmentOrg: orgName, referringOrg: orgName, events: { where: { toOrgId: { not: null } }, select: { toOrgName: true }, orderBy: { id: "asc" } } },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take,
    })).map((r) => ({
      type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
      org: r.departmentOrg, heldBy: [r.referringOrg.name, ...r.events.map((e) => e.toOrgName)], isPetition: false,
    })),
  },
  {
    may: (actor) => can(actor, "resolutions.view"),
    count: (actor, due) => db.resolution.count({ where: resolutionWhere(actor, due) }),
    list: async (actor, due, take) => (await db.resolution.findMany({
      where: resolutionWhere(actor, due),
      select: { id: true, description: true, dueDate: true, responsibleOrg: orgName, meeting: { select: { ref: true, convener: { select: { name: true } } } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take,
    })).map((r) => ({
      type: "RESOLUTION" as const, id: r.id, ref: r.meeting.ref, title: r.description.slice(0, 60), href: `/resolutions/${r.id}`, due: r.dueDate,
      org: r.responsibleOrg, heldBy: [r.meeting.convener.name, r.responsibleOrg.name], isPetition: false,
    })),
  },
  {
    may: (actor) => can(actor, "escalations.view"),
    count: (actor, due) => db.escalation.count({ where: escalationWhere(actor, due) }),
    list: async (actor, due, take) => (await db.escalation.findMany({
      where: escalationWhere(actor, due),
      select: { id: true, dueDate: true, toOrg: orgName, fromOrg: orgName, dispute: { select: { id: true, ref: true, title: true } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take,
    })).map((e) => ({
      type: "ESCALATION" as const, id: e.id, ref: e.dispute.ref, title: e.dispute.title, href: `/disputes/${e.dispute.id}`, due: e.dueDate,
      org: e.toOrg, heldBy: [e.fromOrg.name, e.toOrg.name], isPetition: false,
    })),
  },
  {
    may: () => true,
    count: (actor, due) => db.plannedWorks.count({ where: worksWhere(actor, due) }),
    list: async (actor, due, take) => (await db.plannedWorks.findMany({
      where: worksWhere(actor, due),
      select: { id: true, ref: true, title: true, endDate: true, utilityOrg: orgName },
      orderBy: [{ endDate: "asc" }, { id: "asc" }],
      take,
    })).map((w) => ({
      type: "WORKS" as const, id: w.id, ref: w.ref, title: w.title, href: `/works/${w.id}`, due: w.endDate,
      org: w.utilityOrg, heldBy: [w.utilityOrg.name], isPetition: false,
    })),
  },
];

async function pendingItems(actor: Actor, horizon: IsoDate): Promise<{ items: Pending[]; truncated: boolean }> {
  const lists = await Promise.all(KINDS.filter((k) => k.may(actor)).map((k) => k.list(actor, { lte: horizon }, LIMIT + 1)));
  return { items: lists.flatMap((rows) => rows.slice(0, LIMIT)), truncated: lists.some((rows) => rows.length > LIMIT) };
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
  // A cut view still states the whole numbers.
  const totals = truncated ? await countPending(actor, day, horizon) : { overdue, dueSoon: items.length - overdue };
  return { today: day, horizon, groups: sorted, ...totals, truncated };
}

/** How many matters in the actor's scope are overdue (due before today) and due soon (today up to the horizon). */
async function countPending(actor: Actor, day: IsoDate, horizon: IsoDate): Promise<{ overdue: number; dueSoon: number }> {
  const kinds = KINDS.filter((k) => k.may(actor));
  const sum = async (due: DueRange) => (await Promise.all(kinds.map((k) => k.count(actor, due)))).reduce((a, b) => a + b, 0);
  const [overdue, dueSoon] = await Promise.all([sum({ lt: day }), sum({ gte: day, lte: horizon })]);
  return { overdue, dueSoon };
}

/** How many of the most overdue the home page shows. */
const SUMMARY_TOP = 5;

/** The home page's compact summary (null without the permission): how many are overdue and due
 * soon — counted, so exact even where the view is cut — and the most overdue few. Counts and the
 * first few rows per kind only, never the whole view. */
export async function supervisionSummary(actor: Actor): Promise<{ overdue: number; dueSoon: number; top: (SupervisionItem & { orgName: string })[] } | null> {
  if (!can(actor, "supervision.view")) return null;
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const [counts, firsts] = await Promise.all([
    countPending(actor, day, horizon),
    Promise.all(KINDS.filter((k) => k.may(actor)).map((k) => k.list(actor, { lt: day }, SUMMARY_TOP))),
  ]);
  const top = firsts.flat().sort(compareUrgency).slice(0, SUMMARY_TOP)
    .map(({ org, ...item }) => ({ ...item, orgName: org.name, urgency: urgencyOf(item.due, day, calendar) }));
  return { ...counts, top };
}
