// The supervision view (督办): everything overdue or due within two working days in the actor's
// scope, grouped by the organisation that must act, with who held it; bounded queries, one per
// kind of matter, each carrying the actor's scope.
import "server-only";
import { OUTSTANDING_RESOLUTION_STATUSES } from "@/lib/domain/resolution";
import { compareUrgency, supervisionHorizon, urgencyOf, type SupervisedType, type Urgency } from "@/lib/domain/supervision";
import type { IsoDate } from "@/lib/domain/dates";
import { can, requirePermission } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { scoped, type Actor } from "@/lib/scope";
import { holidayCalendar, today } from "@/lib/data/calendar";
import { directory, orgRef, type Directory } from "@/lib/data/directory";
import { countBy, countRows, findRows } from "@/lib/data/read";
import { sharedForOrg } from "@/lib/data/shared-cache";

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

/** A range of due dates (ISO dates compare as text). */
type DueRange = { lt?: IsoDate; gte?: IsoDate; lte?: IsoDate };

/** One kind of supervised matter: who may see it, its scoped filter for a due range, and its rows
 * (the oldest due first) shaped as items. The view lists them; the home summary counts them. */
type Kind = {
  may: (actor: Actor) => boolean;
  count: (actor: Actor, due: DueRange) => Promise<number>;
  /** How many per organisation that must act. */
  countByOrg: (actor: Actor, due: DueRange) => Promise<{ orgId: number; n: number }[]>;
  list: (actor: Actor, due: DueRange, take: number, dir: Directory, orgId?: number) => Promise<Pending[]>;
};

/** The scoped filter of each kind for a window of due dates, optionally for one organisation that
 * must act (by the kind's own column). */
// A complaint has a current due date exactly while somebody must act on it (lib/domain/complaint.ts
// currentDueDate), so the due range alone selects the open ones, by the due-date indexes.
const complaintWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "complaint", { currentDueDate: due, ...(orgId === undefined ? {} : { handlerOrgId: orgId }) });
const referralWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "enforcementReferral", { status: { in: ["REFERRED", "INVESTIGATING"] }, currentDueDate: due, ...(orgId === undefined ? {} : { departmentOrgId: orgId }) });
/** Referrals waiting on the referring office: re-refer what was returned, acknowledge an outcome. */
const referralOfficeWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "enforcementReferral", { status: { in: ["RETURNED", "OUTCOME_REPORTED"] }, currentDueDate: due, ...(orgId === undefined ? {} : { referringOrgId: orgId }) });
/** Disputes waiting on their holder: convene, finalize the minutes, escalate or meet again. */
const disputeWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "dispute", { currentDueDate: due, ...(orgId === undefined ? {} : { ownerOrgId: orgId }) });
const resolutionWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "resolution", { status: { in: [...OUTSTANDING_RESOLUTION_STATUSES] }, dueDate: due, ...(orgId === undefined ? {} : { responsibleOrgId: orgId }) });
const escalationWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "escalation", { status: "PENDING", dueDate: due, ...(orgId === undefined ? {} : { toOrgId: orgId }) });
const worksWhere = (actor: Actor, due: DueRange, orgId?: number) => scoped(actor, "plannedWorks", { status: { in: ["NOTIFIED", "DISPUTED"] }, endDate: due, ...(orgId === undefined ? {} : { utilityOrgId: orgId }) });

/** Rows of `rows` grouped by `key`, each group in the order given. */
function groupRows<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

const KINDS: Kind[] = [
  {
    may: () => true,
    count: (actor, due) => countRows("Complaint", complaintWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("Complaint", ["handlerOrgId"], complaintWhere(actor, due))).map((g) => ({ orgId: g.handlerOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => {
      const rows = await findRows("Complaint", {
        where: complaintWhere(actor, due, orgId), select: ["id", "ref", "description", "currentDueDate", "isPetition", "handlerOrgId", "registeredOrgId"],
        orderBy: [["currentDueDate", "asc"], ["id", "asc"]], take,
      });
      const holders = groupRows(rows.length === 0 ? [] : await findRows("ComplaintHolder", {
        where: { complaintId: { in: rows.map((c) => c.id) } }, select: ["complaintId", "orgId"], orderBy: [["complaintId", "asc"], ["seq", "asc"]],
      }), (h) => h.complaintId);
      return rows.map((c) => ({
        type: "COMPLAINT" as const, id: c.id, ref: c.ref, title: c.description.slice(0, 60), href: `/complaints/${c.id}`, due: c.currentDueDate!,
        org: orgRef(dir, c.handlerOrgId),
        heldBy: [orgRef(dir, c.registeredOrgId).name, ...(holders.get(c.id) ?? []).map((h) => orgRef(dir, h.orgId).name)].filter((n, i, all) => i === 0 || n !== all[i - 1]),
        isPetition: c.isPetition === true,
      }));
    },
  },
  {
    may: () => true,
    count: (actor, due) => countRows("EnforcementReferral", referralWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("EnforcementReferral", ["departmentOrgId"], referralWhere(actor, due))).map((g) => ({ orgId: g.departmentOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => {
      const rows = await findRows("EnforcementReferral", {
        where: referralWhere(actor, due, orgId), select: ["id", "ref", "location", "currentDueDate", "departmentOrgId", "referringOrgId"],
        orderBy: [["currentDueDate", "asc"], ["id", "asc"]], take,
      });
      const events = groupRows(rows.length === 0 ? [] : await findRows("ReferralEvent", {
        where: { referralId: { in: rows.map((r) => r.id) }, toOrgId: { not: null } }, select: ["referralId", "toOrgName"], orderBy: [["id", "asc"]],
      }), (e) => e.referralId);
      return rows.map((r) => ({
        type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
        org: orgRef(dir, r.departmentOrgId), heldBy: [orgRef(dir, r.referringOrgId).name, ...(events.get(r.id) ?? []).map((e) => e.toOrgName)], isPetition: false,
      }));
    },
  },
  {
    may: () => true,
    count: (actor, due) => countRows("EnforcementReferral", referralOfficeWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("EnforcementReferral", ["referringOrgId"], referralOfficeWhere(actor, due))).map((g) => ({ orgId: g.referringOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => (await findRows("EnforcementReferral", {
      where: referralOfficeWhere(actor, due, orgId), select: ["id", "ref", "location", "currentDueDate", "departmentOrgId", "referringOrgId"],
      orderBy: [["currentDueDate", "asc"], ["id", "asc"]], take,
    })).map((r) => {
      const referring = orgRef(dir, r.referringOrgId);
      return {
        type: "REFERRAL" as const, id: r.id, ref: r.ref, title: r.location, href: `/referrals/${r.id}`, due: r.currentDueDate!,
        org: referring, heldBy: [orgRef(dir, r.departmentOrgId).name, referring.name], isPetition: false,
      };
    }),
  },
  {
    may: (actor) => can(actor, "disputes.view"),
    count: (actor, due) => countRows("Dispute", disputeWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("Dispute", ["ownerOrgId"], disputeWhere(actor, due))).map((g) => ({ orgId: g.ownerOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => (await findRows("Dispute", {
      where: disputeWhere(actor, due, orgId), select: ["id", "ref", "title", "currentDueDate", "ownerOrgId", "registeredByOrgId"],
      orderBy: [["currentDueDate", "asc"], ["id", "asc"]], take,
    })).map((d) => {
      const owner = orgRef(dir, d.ownerOrgId);
      return {
        type: "DISPUTE" as const, id: d.id, ref: d.ref, title: d.title, href: `/disputes/${d.id}`, due: d.currentDueDate!,
        org: owner, heldBy: [orgRef(dir, d.registeredByOrgId).name, owner.name].filter((n, i, all) => i === 0 || n !== all[i - 1]), isPetition: false,
      };
    }),
  },
  {
    may: (actor) => can(actor, "resolutions.view"),
    count: (actor, due) => countRows("Resolution", resolutionWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("Resolution", ["responsibleOrgId"], resolutionWhere(actor, due))).map((g) => ({ orgId: g.responsibleOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => {
      const rows = await findRows("Resolution", {
        where: resolutionWhere(actor, due, orgId), select: ["id", "description", "dueDate", "responsibleOrgId", "meetingId"],
        orderBy: [["dueDate", "asc"], ["id", "asc"]], take,
      });
      const meetings = new Map((rows.length === 0 ? [] : await findRows("JointMeeting", {
        where: { id: { in: [...new Set(rows.map((r) => r.meetingId))] } }, select: ["id", "ref", "convenerOrgId"],
      })).map((m) => [m.id, m]));
      return rows.map((r) => {
        const meeting = meetings.get(r.meetingId);
        const responsible = orgRef(dir, r.responsibleOrgId);
        return {
          type: "RESOLUTION" as const, id: r.id, ref: meeting?.ref ?? "", title: r.description.slice(0, 60), href: `/resolutions/${r.id}`, due: r.dueDate,
          org: responsible, heldBy: [meeting ? orgRef(dir, meeting.convenerOrgId).name : "", responsible.name], isPetition: false,
        };
      });
    },
  },
  {
    may: (actor) => can(actor, "escalations.view"),
    count: (actor, due) => countRows("Escalation", escalationWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("Escalation", ["toOrgId"], escalationWhere(actor, due))).map((g) => ({ orgId: g.toOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => {
      const rows = await findRows("Escalation", {
        where: escalationWhere(actor, due, orgId), select: ["id", "dueDate", "toOrgId", "fromOrgId", "disputeId"],
        orderBy: [["dueDate", "asc"], ["id", "asc"]], take,
      });
      const disputes = new Map((rows.length === 0 ? [] : await findRows("Dispute", {
        where: { id: { in: [...new Set(rows.map((e) => e.disputeId))] } }, select: ["id", "ref", "title"],
      })).map((d) => [d.id, d]));
      return rows.map((e) => {
        const dispute = disputes.get(e.disputeId);
        const to = orgRef(dir, e.toOrgId);
        return {
          type: "ESCALATION" as const, id: e.id, ref: dispute?.ref ?? "", title: dispute?.title ?? "", href: `/disputes/${e.disputeId}`, due: e.dueDate,
          org: to, heldBy: [orgRef(dir, e.fromOrgId).name, to.name], isPetition: false,
        };
      });
    },
  },
  {
    may: () => true,
    count: (actor, due) => countRows("PlannedWorks", worksWhere(actor, due)),
    countByOrg: async (actor, due) => (await countBy("PlannedWorks", ["utilityOrgId"], worksWhere(actor, due))).map((g) => ({ orgId: g.utilityOrgId, n: g.count })),
    list: async (actor, due, take, dir, orgId) => (await findRows("PlannedWorks", {
      where: worksWhere(actor, due, orgId), select: ["id", "ref", "title", "endDate", "utilityOrgId"],
      orderBy: [["endDate", "asc"], ["id", "asc"]], take,
    })).map((w) => {
      const utility = orgRef(dir, w.utilityOrgId);
      return { type: "WORKS" as const, id: w.id, ref: w.ref, title: w.title, href: `/works/${w.id}`, due: w.endDate, org: utility, heldBy: [utility.name], isPetition: false };
    }),
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
  return sharedForOrg(actor, "supervision:overview", () => overviewOf(actor));
}

async function overviewOf(actor: Actor): Promise<SupervisionOverview> {
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const kinds = KINDS.filter((k) => k.may(actor));
  const dir = await directory();
  const [overdueBy, dueSoonBy, firsts] = await Promise.all([
    Promise.all(kinds.map((k) => k.countByOrg(actor, { lt: day }))),
    Promise.all(kinds.map((k) => k.countByOrg(actor, { gte: day, lte: horizon }))),
    Promise.all(kinds.map((k) => k.list(actor, { lte: horizon }, OVERVIEW_TOP, dir))),
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
  // The organisations with the most overdue first.
  const orgs = [...totals].map(([id, t]) => ({ org: { id, name: orgRef(dir, id).name }, ...t }))
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.org.name.localeCompare(b.org.name, "zh-CN"));
  const top = withUrgency(firsts.flat(), day, calendar).slice(0, OVERVIEW_TOP).map(({ org, item }) => ({ ...item, orgName: org.name }));
  return { today: day, horizon, overdue: orgs.reduce((n, o) => n + o.overdue, 0), dueSoon: orgs.reduce((n, o) => n + o.dueSoon, 0), orgs, top };
}

/** One organisation's overdue and due-soon matters in the actor's scope, up to LIMIT per kind (the
 * oldest due first); the page says when it is cut. An unknown organisation is not found. */
export async function supervisionOfOrg(actor: Actor, orgId: number): Promise<OrgSupervision> {
  requirePermission(actor, "supervision.view");
  const dir = await directory();
  const found = dir.orgs.get(orgId);
  if (!found) throw notFound();
  const org = { id: found.id, name: found.name };
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const lists = await Promise.all(KINDS.filter((k) => k.may(actor)).map((k) => k.list(actor, { lte: horizon }, LIMIT + 1, dir, orgId)));
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
  return sharedForOrg(actor, "supervision:summary", () => summaryOf(actor));
}

async function summaryOf(actor: Actor): Promise<{ overdue: number; dueSoon: number; top: (SupervisionItem & { orgName: string })[] }> {
  const day = today();
  const calendar = await holidayCalendar();
  const horizon = supervisionHorizon(day, calendar);
  const dir = await directory();
  const [counts, firsts] = await Promise.all([
    countPending(actor, day, horizon),
    Promise.all(KINDS.filter((k) => k.may(actor)).map((k) => k.list(actor, { lt: day }, SUMMARY_TOP, dir))),
  ]);
  const top = firsts.flat().sort(compareUrgency).slice(0, SUMMARY_TOP)
    .map(({ org, ...item }) => ({ ...item, orgName: org.name, urgency: urgencyOf(item.due, day, calendar) }));
  return { ...counts, top };
}
