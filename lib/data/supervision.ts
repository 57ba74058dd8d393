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
import { notFound } from "@/lib/errors";
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
/** An organisation that must act, with how many of its matters are overdue and due soon (exact). */
export type OrgTotals = { org: { id: number; name: string }; overdue: number; dueSoon: number };
/** The overview: the exact numbers per organisation and the most urgent matters of the scope. */
export type SupervisionOverview = { today: IsoDate; horizon: IsoDate; overdue: number; dueSoon: number; orgs: OrgTotals[]; top: (SupervisionItem & { orgName: string })[] };
/** One organisation's matters in the scope, the oldest due first. */
export type OrgSupervision = { today: IsoDate; horizon: IsoDate; group: SupervisionGroup; dueSoon: number; truncated: boolean };

type Pending = Omit<SupervisionItem, "urgency"> & { org: { id: number; name: string } };

const orgName = { select: { id: true, name: true } } as const;

/** A range of due dates (ISO dates compare as text). */
type DueRange = { lt?: IsoDate; gte?: IsoDate; lte?: IsoDate };

/** One kind of supervised matter: who may see it, its scoped filter for a due range, and its rows
 * (the oldest due first) shaped as items. The view lists them; the home summary counts them. */
type Kind = {
  may: (actor: Actor) => boolean;
  count: (actor: Actor, due: DueRange) => Promise<number>;
  /** How many per organisation that must act. */
  countByOrg: (actor: Actor, due: DueRange) => Promise<{ orgId: number; n: number }[]>;
  list: (actor: Actor, due: DueRange, take: number, orgId?: number) => Promise<Pending[]>;
};

/** The scoped filter of each kind for a window of due dates, optionally for one organisation that
 * must act (by the kind's own column). */
const complaintWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "complaint", { status: { in: [...OPEN_STATUSES] }, currentDueDate: due, ...(orgId === undefined ? {} : { handlerOrgId: orgId }) });
const referralWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "enforcementReferral", { status: { in: ["REFERRED", "INVESTIGATING"] }, currentDueDate: due, ...(orgId === undefined ? {} : { departmentOrgId: orgId }) });
/** Referrals waiting on the referring office: re-refer what was returned, acknowledge an outcome. */
const referralOfficeWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "enforcementReferral", { status: { in: ["RETURNED", "OUTCOME_REPORTED"] }, currentDueDate: due, ...(orgId === undefined ? {} : { referringOrgId: orgId }) });
/** Disputes waiting on their holder: convene, finalize the minutes, escalate or meet again. */
const disputeWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "dispute", { currentDueDate: due, ...(orgId === undefined ? {} : { ownerOrgId: orgId }) });
const resolutionWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "resolution", { status: { in: [...OUTSTANDING_RESOLUTION_STATUSES] }, dueDate: due, ...(orgId === undefined ? {} : { responsibleOrgId: orgId }) });
const escalationWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "escalation", { status: "PENDING", dueDate: due, ...(orgId === undefined ? {} : { toOrgId: orgId }) });
const worksWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "plannedWorks", { status: { in: ["NOTIFIED", "DISPUTED"] }, endDate: due, ...(orgId === undefined ? {} : { utilityOrgId: orgId }) });

const KINDS: Kind[] = [
  {
    may: () => true,
    count: (actor, due) => db.complaint.count({ where: complaintWhere(actor, due) }),
    countByOrg: async (actor, due) => (await db.complaint.groupBy({ by: ["handlerOrgId"], where: complaintWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.handlerOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.complaint.findMany({
      where: complaintWhere(actor, due, orgId),
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
    countByOrg: async (actor, due) => (await db.enforcementReferral.groupBy({ by: ["departmentOrgId"], where: referralWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.departmentOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.enforcementReferral.findMany({
      where: referralWhere(actor, due, orgId),
      select: { id: true, ref: true, location: true, currentDueDate: true, departmentOrg: orgName, referringOrg: orgName, events: { where: { toOrgId: { not: null } }, select: { toOrgName: true }, orderBy: { id: "asc" } } },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take,
    })).map((r) => ({
      type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
      org: r.departmentOrg, heldBy: [r.referringOrg.name, ...r.events.map((e) => e.toOrgName)], isPetition: false,
    })),
  },
  {
    may: () => true,
    count: (actor, due) => db.enforcementReferral.count({ where: referralOfficeWhere(actor, due) }),
    countByOrg: async (actor, due) => (await db.enforcementReferral.groupBy({ by: ["referringOrgId"], where: referralOfficeWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.referringOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.enforcementReferral.findMany({
      where: referralOfficeWhere(actor, due, orgId),
      select: { id: true, ref: true, location: true, currentDueDate: true, departmentOrg: orgName, referringOrg: orgName },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take,
    })).map((r) => ({
      type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
      org: r.referringOrg, heldBy: [r.departmentOrg.name, r.referringOrg.name], isPetition: false,
    })),
  },
  {
    may: (actor) => can(actor, "disputes.view"),
    count: (actor, due) => db.dispute.count({ where: disputeWhere(actor, due) }),
    countByOrg: async (actor, due) => (await db.dispute.groupBy({ by: ["ownerOrgId"], where: disputeWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.ownerOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.dispute.findMany({
      where: disputeWhere(actor, due, orgId),
      select: { id: true, ref: true, title: true, currentDueDate: true, owner: orgName, registeredBy: orgName },
      orderBy: [{ currentDueDate: "asc" }, { id: "asc" }],
      take,
    })).map((d) => ({
      type: "DISPUTE" as const, id: d.id, ref: d.ref, title: d.title, href: `/disputes/${d.id}`, due: d.currentDueDate!,
      org: d.owner, heldBy: [d.registeredBy.name, d.owner.name].filter((n, i, all) => i === 0 || n !== all[i - 1]), isPetition: false,
    })),
  },
  {
    may: (actor) => can(actor, "resolutions.view"),
    count: (actor, due) => db.resolution.count({ where: resolutionWhere(actor, due) }),
    countByOrg: async (actor, due) => (await db.resolution.groupBy({ by: ["responsibleOrgId"], where: resolutionWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.responsibleOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.resolution.findMany({
      where: resolutionWhere(actor, due, orgId),
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
    countByOrg: async (actor, due) => (await db.escalation.groupBy({ by: ["toOrgId"], where: escalationWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.toOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.escalation.findMany({
      where: escalationWhere(actor, due, orgId),
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
    countByOrg: async (actor, due) => (await db.plannedWorks.groupBy({ by: ["utilityOrgId"], where: worksWhere(actor, due), _count: { _all: true } })).map((g) => ({ orgId: g.utilityOrgId, n: g._count._all })),
    list: async (actor, due, take, orgId) => (await db.plannedWorks.findMany({
      where: worksWhere(actor, due, orgId),
      select: { id: true, ref: true, title: true, endDate: true, utilityOrg: orgName },
      orderBy: [{ endDate: "asc" }, { id: "asc" }],
      take,
    })).map((w) => ({
      type: "WORKS" as const, id: w.id, ref: w.ref, title: w.title, href: `/works/${w.id}`, due: w.endDate,
      org: w.utilityOrg, heldBy: [w.utilityOrg.name], isPetition: false,
    })),
  },
];

/** Items with their urgency, the oldest due first. */
function withUrgency(items: Pending[], day: IsoDate, calendar: Awaited<ReturnType<typeof holidayCalendar>>) {
  return items.sort(compareUrgency).map(({ org, ...item }) => ({ org, item: { ...item, urgency: urgencyOf(item.due, day, calendar) } }));
}

/** How many of the most urgent matters the overview lists (the rest by organisation). */
const OVERVIEW_TOP = 20;

/**
 * The supervision overview of the actor's scope (street, district or city): for every
 * organisation that must act, how many of its matters are overdue and due soon — counted, exact,
 * whatever their number — and the most urgent matters of the scope. An organisation's own list
 * is supervisionOfOrg. A page of bounded size at any scale (docs/decisions/045).
 */
export async function supervisionOverview(actor: Actor): Promise<SupervisionOverview> {
  requirePermission(actor, "supervision.view");
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const kinds = KINDS.filter((k) => k.may(actor));
  const [overdueBy, dueSoonBy, firsts] = await Promise.all([
    Promise.all(kinds.map((k) => k.countByOrg(actor, { lt: day }))),
    Promise.all(kinds.map((k) => k.countByOrg(actor, { gte: day, lte: horizon }))),
    Promise.all(kinds.map((k) => k.list(actor, { lte: horizon }, OVERVIEW_TOP))),
  ]);
  const totals = new Map<number, { overdue: number; dueSoon: number }>();
  const add = (rows: { orgId: number; n: number }[][], key: "overdue" | "dueSoon") => {
    for (const { orgId, n } of rows.flat()) {
      const t = totals.get(orgId) ?? { overdue: 0, dueSoon: 0 };
      t[key] += n;
      totals.set(orgId, t);
    }
  };
  add(overdueBy, "overdue");
  add(dueSoonBy, "dueSoon");
  const names = new Map((await db.organisation.findMany({ where: { id: { in: [...totals.keys()] } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  // The organisations with the most overdue first.
  const orgs = [...totals].map(([id, t]) => ({ org: { id, name: names.get(id) ?? "" }, ...t }))
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.org.name.localeCompare(b.org.name, "zh-CN"));
  const top = withUrgency(firsts.flat(), day, calendar).slice(0, OVERVIEW_TOP).map(({ org, item }) => ({ ...item, orgName: org.name }));
  return { today: day, horizon, overdue: orgs.reduce((n, o) => n + o.overdue, 0), dueSoon: orgs.reduce((n, o) => n + o.dueSoon, 0), orgs, top };
}

/** One organisation's overdue and due-soon matters in the actor's scope, up to LIMIT per kind (the
 * oldest due first); the page says when it is cut. An unknown organisation is not found. */
export async function supervisionOfOrg(actor: Actor, orgId: number): Promise<OrgSupervision> {
  requirePermission(actor, "supervision.view");
  const org = await db.organisation.findUnique({ where: { id: orgId }, select: { id: true, name: true } });
  if (!org) throw notFound();
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const lists = await Promise.all(KINDS.filter((k) => k.may(actor)).map((k) => k.list(actor, { lte: horizon }, LIMIT + 1, orgId)));
  const items = withUrgency(lists.flatMap((rows) => rows.slice(0, LIMIT)), day, calendar).map((x) => x.item);
  const overdue = items.filter((i) => i.urgency.state === "OVERDUE").length;
  return { today: day, horizon, group: { org, items, overdue }, dueSoon: items.length - overdue, truncated: lists.some((rows) => rows.length > LIMIT) };
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
