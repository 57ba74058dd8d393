// Complaints (信访调处联动): registration with routing and the duplicate check, the lifecycle
// (lib/domain/complaint.ts), lists, the inbox and the export. Residents' names and phones are
// masked here, before anything leaves lib/data (lib/domain/personal-data.ts).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import {
  allowedActions,
  COMPLAINT_STATUSES,
  currentDueDate,
  extendedDueDate,
  handledOnTime,
  LINKABLE_STATUSES,
  OPEN_STATUSES,
  transition,
  type ComplaintAction,
  type ComplaintEventKind,
  type ComplaintStatus,
} from "@/lib/domain/complaint";
import { addDays, cityDate, parseCityDateTime, startOfCityDate, type IsoDate } from "@/lib/domain/dates";
import { residentFor, mayIdentifyResident } from "@/lib/domain/personal-data";
import { DUPLICATE_SIMILARITY, DUPLICATE_WINDOW_DAYS, textSimilarity } from "@/lib/domain/similarity";
import { decodeCursor, encodeCursor } from "@/lib/domain/sort-cursor";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, scopeKey, scopeWhere, type Actor } from "@/lib/scope";
import type { ComplaintFilter, RegisterComplaintData } from "@/lib/validation/complaint";
import { listAttachments, recordAttachments, type AttachmentRow, type PreparedFile } from "@/lib/data/attachments";
import { writeAudit } from "@/lib/data/audit";
import { deadlineRule, disputeDeadlines, dueDateAfter, holidayCalendar, today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { enqueueWorkOrderEvent } from "@/lib/data/work-order-events";
import { eventActor, issueRef } from "@/lib/data/records";
import { areaForRouting, proposalFor, suggestionsFor, type DutyInfo } from "@/lib/data/routing";
import { matchedIds, textSearch, type SearchNarrowing, type TextMatch } from "@/lib/data/search";
import { createDispute } from "@/lib/data/disputes";
import type { DisputeData } from "@/lib/validation/dispute";
import { measureWhere, unitWhere } from "@/lib/data/assessment-measures";
import { areaRef, directory, orgRef, orgRefOrNull, type Directory } from "@/lib/data/directory";
import { allColumns, countRows, findRow, findRows, orderSql, type Order } from "@/lib/data/read";
import { shared, sharedForOrg } from "@/lib/data/shared-cache";
import { modelRows } from "@/lib/data/rows";
import { whereSql } from "@/lib/data/where-sql";
import { readDb, readDialect } from "@/lib/db-read";
import { sql } from "kysely";
import type { ModelRow } from "@/lib/data/rows";

type OrgName = { id: number; name: string; kind: string };
/** A complaint with the area and organisations it names (as lists and records show it). */
type ComplaintRecord = ModelRow<"Complaint"> & { area: { id: number; name: string }; registeredOrg: OrgName; handlerOrg: OrgName; aboutOrg: OrgName | null };

const COMPLAINT_COLUMNS = allColumns("Complaint");

/** A complaint row of the read path with the names its include would have joined, from the directory. */
function withNames(dir: Directory, c: ModelRow<"Complaint">): ComplaintRecord {
  return { ...c, area: areaRef(dir, c.areaId), registeredOrg: orgRef(dir, c.registeredOrgId), handlerOrg: orgRef(dir, c.handlerOrgId), aboutOrg: orgRefOrNull(dir, c.aboutOrgId) };
}

export type CategoryRef = { id: number; code: string; name: string; nameEn: string };

/** A complaint as it may leave lib/data: the resident masked unless this actor may identify them. */
export type ComplaintRow = ComplaintRecord & { residentIdentified: boolean; category: CategoryRef | null; overdue: boolean };

function categoryRef(duties: ReadonlyMap<number, Pick<DutyInfo, "id" | "code" | "name" | "nameEn">>, id: number): CategoryRef | null {
  const d = duties.get(id);
  return d ? { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn } : null;
}

/** The one place a complaint is shaped for the actor: residents masked per lib/domain/personal-data. */
function present(c: ComplaintRecord, actor: Actor, duties: ReadonlyMap<number, Pick<DutyInfo, "id" | "code" | "name" | "nameEn">>, todayDate: IsoDate): ComplaintRow {
  const resident = residentFor(c, actor.orgId);
  return {
    ...c,
    residentName: resident.residentName,
    residentPhone: resident.residentPhone,
    residentIdentified: resident.identified,
    category: categoryRef(duties, c.categoryId),
    overdue: c.currentDueDate !== null && c.currentDueDate < todayDate,
  };
}

// ─────────────────────────────── Registration ───────────────────────────────

export type DuplicateCandidate = { id: number; ref: string; status: string; receivedAt: Date; description: string; similarity: number; registeredOrgName: string };

/**
 * Open complaints in the actor's scope about the same area and category, registered within the
 * last DUPLICATE_WINDOW_DAYS days, whose text is similar enough to offer linking as a duplicate.
 */
export async function findPossibleDuplicates(actor: Actor, input: { areaId: number; categoryId: number; description: string }): Promise<DuplicateCandidate[]> {
  requirePermission(actor, "complaints.register");
  if (!input.description.trim()) return [];
  const rows = await db.complaint.findMany({
    where: scoped(actor, "complaint", {
      areaId: input.areaId, categoryId: input.categoryId, status: { in: [...LINKABLE_STATUSES] },
      receivedAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_DAYS * 86_400_000) },
    }),
    select: { id: true, ref: true, status: true, receivedAt: true, description: true, registeredOrg: { select: { name: true } } },
    orderBy: { receivedAt: "desc" },
    take: 200,
  });
  return rows
    .map((r) => ({ id: r.id, ref: r.ref, status: r.status, receivedAt: r.receivedAt, description: r.description.slice(0, 120), similarity: textSimilarity(input.description, r.description), registeredOrgName: r.registeredOrg.name }))
    .filter((r) => r.similarity >= DUPLICATE_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 5);
}

/**
 * Registers a complaint: routing proposal and deadlines set, or linked to an open one as its
 * duplicate. `alsoWrite` runs in the same transaction (the integration API links the hotline's
 * work order there, docs/decisions/071).
 */
export async function registerComplaint(actor: Actor, data: RegisterComplaintData, files: readonly PreparedFile[], ip = "", alsoWrite?: (tx: Tx, complaintId: number) => Promise<void>): Promise<number> {
  requirePermission(actor, "complaints.register");
  const receivedAt = parseCityDateTime(data.receivedAt);
  if (!receivedAt) throw new AppError("validation", { fieldErrors: { receivedAt: ["dateTime"] } });
  const area = await areaForRouting(actor, data.areaId);
  const duty = await db.dutyCategory.findFirst({ where: { id: data.categoryId, active: true } });
  if (!duty) throw new AppError("validation", { fieldErrors: { categoryId: ["required"] } });
  if (data.aboutOrgId !== null) {
    const about = await db.organisation.findFirst({ where: scoped(actor, "organisation", { id: data.aboutOrgId, active: true }), select: { id: true } });
    if (!about || about.id === actor.orgId) throw new AppError("validation", { fieldErrors: { aboutOrgId: ["orgKind"] } });
  }
  const proposal = await proposalFor(duty, area);
  const acceptDueDate = await dueDateAfter("COMPLAINT_ACCEPT", cityDate(receivedAt));
  const suggestions = await suggestionsFor(data.description);

  return writeTransaction(async (tx) => {
    let original: { id: number; ref: string; handlerOrgId: number; registeredOrgId: number } | null = null;
    if (data.duplicateOfId !== null) {
      original = await tx.complaint.findFirst({
        where: scoped(actor, "complaint", { id: data.duplicateOfId, areaId: data.areaId, categoryId: data.categoryId, status: { in: [...LINKABLE_STATUSES] } }),
        select: { id: true, ref: true, handlerOrgId: true, registeredOrgId: true },
      });
      if (!original) throw new AppError("validation", { fieldErrors: { duplicateOfId: ["duplicateGone"] } });
    }
    const status: ComplaintStatus = original ? "DUPLICATE" : "REGISTERED";
    const ref = await issueRef(tx, "Complaint", new Date());
    const complaint = await tx.complaint.create({
      data: {
        ref, channel: data.channel, channelRef: data.channelRef, receivedAt, residentName: data.residentName, residentPhone: data.residentPhone,
        areaId: area.id, streetId: area.streetId, districtId: area.districtId, categoryId: duty.id, description: data.description,
        aboutOrgId: data.aboutOrgId, registeredOrgId: actor.orgId, registeredById: actor.userId, handlerOrgId: actor.orgId, status,
        acceptDueDate, currentDueDate: currentDueDate({ status, acceptDueDate, handleDueDate: null, extendedDueDate: null }),
        proposedOrgId: proposal.orgId, proposedMode: proposal.mode, matchedDutyCode: duty.code, matchedDutyName: duty.name,
        matchedPolicyText: duty.policyText, suggestedTerms: JSON.stringify(suggestions.map((s) => ({ categoryId: s.categoryId, terms: s.terms }))),
        duplicateOfId: original?.id ?? null,
        isPetition: data.isPetition ? true : null, petitionHeadcount: data.isPetition ? (data.petitionHeadcount ?? null) : null,
      },
    });
    await recordAttachments(tx, actor, "Complaint", complaint.id, files);
    await tx.complaintEvent.create({ data: { complaintId: complaint.id, kind: "REGISTERED", ...eventActor(actor), note: data.description.slice(0, 200) } });
    if (original) {
      await tx.complaintEvent.create({ data: { complaintId: complaint.id, kind: "LINKED_AS_DUPLICATE", ...eventActor(actor), note: original.ref } });
      await tx.complaintEvent.create({ data: { complaintId: original.id, kind: "DUPLICATE_LINKED", ...eventActor(actor), note: ref } });
      const others = [original.handlerOrgId, original.registeredOrgId].filter((o) => o !== actor.orgId);
      await notify(tx, others, { type: "complaint.duplicate", entityType: "Complaint", entityId: original.id, message: "complaint.duplicateLinked", params: { ref: original.ref, duplicate: ref } });
    }
    await writeAudit(tx, actor, {
      action: "complaint.register", entity: "Complaint", entityId: complaint.id, summary: `${ref} ${area.name} ${duty.name}`,
      details: { channel: data.channel, areaId: area.id, categoryId: duty.id, proposedOrgId: proposal.orgId, duplicateOf: original?.ref ?? null, files: files.length },
      ip,
    });
    if (alsoWrite) await alsoWrite(tx, complaint.id);
    return complaint.id;
  });
}

// ─────────────────────────────── Reading ───────────────────────────────

export type ComplaintHolderRow = { seq: number; since: Date; until: Date | null; endedAs: string | null; endReason: string; overrideReason: string; org: { id: number; name: string; kind: string } };
export type ComplaintEventRow = { id: number; at: Date; kind: string; actorName: string; actorOrgName: string; toOrgName: string; note: string };
export type ComplaintDetail = ComplaintRow & {
  holders: ComplaintHolderRow[];
  events: ComplaintEventRow[];
  duplicates: { id: number; ref: string; status: string }[];
  duplicateOf: { id: number; ref: string; status: string } | null;
  proposedOrg: { id: number; name: string } | null;
  suggested: { categoryId: number; name: string; terms: string[] }[];
  /** null: hidden from this actor (the files may identify the resident). */
  attachments: AttachmentRow[] | null;
  attachmentCount: number;
  photosBefore: AttachmentRow[];
  photosAfter: AttachmentRow[];
  allowed: ComplaintAction[];
  extensionMaxDays: number;
};

/** Whether the actor may see this complaint at all (attachments, links). */
export async function canSeeComplaint(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "complaints.view")) return false;
  return (await countRows("Complaint", scoped(actor, "complaint", { id }))) === 1;
}

/** Complaint attachments may identify the resident (a letter, a photo of the visitor): only those who may identify them get the files. */
export async function canSeeComplaintFiles(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "complaints.view")) return false;
  const c = await findRow("Complaint", { where: scoped(actor, "complaint", { id }), select: ["registeredOrgId", "handlerOrgId", "aboutOrgId"] });
  return c !== null && mayIdentifyResident(c, actor.orgId);
}

/** Office actions need the registering permission, holder actions the handling one. */
function permitted(actor: Actor, actions: ComplaintAction[]): ComplaintAction[] {
  const holder = new Set<ComplaintAction>(["start", "return", "requestExtension", "handle"]);
  return actions.filter((a) => can(actor, holder.has(a) ? "complaints.handle" : "complaints.register"));
}

export async function getComplaint(actor: Actor, id: number): Promise<ComplaintDetail> {
  requirePermission(actor, "complaints.view");
  const [found, dir, rule] = await Promise.all([
    findRow("Complaint", { where: scoped(actor, "complaint", { id }), select: COMPLAINT_COLUMNS }),
    directory(),
    deadlineRule("COMPLAINT_EXTENSION"),
  ]);
  if (!found) throw notFound();
  const c = withNames(dir, found);
  const [holders, events, duplicates, duplicateOf] = await Promise.all([
    findRows("ComplaintHolder", { where: { complaintId: id }, select: ["seq", "since", "until", "endedAs", "endReason", "overrideReason", "orgId"], orderBy: [["seq", "asc"]] }),
    findRows("ComplaintEvent", { where: { complaintId: id }, select: ["id", "at", "kind", "actorName", "actorOrgName", "toOrgName", "note"], orderBy: [["id", "asc"]] }),
    findRows("Complaint", { where: scoped(actor, "complaint", { duplicateOfId: id }), select: ["id", "ref", "status"], orderBy: [["id", "asc"]] }),
    c.duplicateOfId ? findRow("Complaint", { where: scoped(actor, "complaint", { id: c.duplicateOfId }), select: ["id", "ref", "status"] }) : null,
  ]);
  const row = present(c, actor, dir.dutyById, today());
  const files = row.residentIdentified ? await listAttachments("Complaint", [c.id]) : null;
  // The site before and after handling: no resident in them, every actor in scope sees them.
  const [photosBefore, photosAfter] = await Promise.all([listAttachments(RESULT_PHOTO_ENTITIES.before, [c.id]), listAttachments(RESULT_PHOTO_ENTITIES.after, [c.id])]);
  const attachmentCount = files ? files.length : await countRows("Attachment", { entityType: "Complaint", entityId: c.id });
  const suggested = (JSON.parse(c.suggestedTerms) as { categoryId: number; terms: string[] }[]).map((s) => ({
    categoryId: s.categoryId, name: dir.dutyById.get(s.categoryId)?.name ?? "", terms: s.terms,
  }));
  const proposed = c.proposedOrgId ? orgRef(dir, c.proposedOrgId) : null;
  return {
    ...row,
    holders: holders.map(({ orgId, ...h }) => ({ ...h, org: orgRef(dir, orgId) })),
    events,
    duplicates,
    duplicateOf,
    proposedOrg: proposed ? { id: proposed.id, name: proposed.name } : null,
    suggested,
    attachments: files,
    attachmentCount,
    photosBefore,
    photosAfter,
    allowed: permitted(actor, allowedActions(c, actor)),
    extensionMaxDays: rule.days,
  };
}

function dayStart(date: IsoDate): Date {
  return startOfCityDate(date);
}

/**
 * The list's where-input. A search's long terms become `id IN (their matches)`, unless the caller
 * takes the match apart (`keepMatch`) to read it as the list's source (findRows' `within`).
 */
async function listWhere(actor: Actor, filter: ComplaintFilter, keepMatch = false): Promise<{ where: Prisma.ComplaintWhereInput; match: TextMatch | null }> {
  const and: Prisma.ComplaintWhereInput[] = [];
  // The (handler, status, due) index: what this organisation holds and must act on.
  if (filter.mine) and.push({ handlerOrgId: actor.orgId, status: { in: [...OPEN_STATUSES] } });
  if (filter.status === "OPEN") and.push({ status: { in: [...OPEN_STATUSES] } });
  else if (filter.status) and.push({ status: filter.status });
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.categoryId) and.push({ categoryId: filter.categoryId });
  if (filter.areaId) and.push({ areaId: filter.areaId });
  if (filter.streetId) and.push({ streetId: filter.streetId });
  if (filter.districtId) and.push({ districtId: filter.districtId });
  if (filter.handlerOrgId) and.push({ handlerOrgId: filter.handlerOrgId });
  if (filter.overdue) and.push({ currentDueDate: { lt: today() } });
  if (filter.from) and.push({ receivedAt: { gte: dayStart(filter.from) } });
  if (filter.to) and.push({ receivedAt: { lt: dayStart(addDays(filter.to, 1)) } });
  if (filter.sort === "due") and.push({ currentDueDate: { not: null } });
  // Drill-down from the assessment: the same conditions its numbers are counted with.
  if (filter.measure) and.push(measureWhere(filter.measure));
  if (filter.unitOrgId) and.push(await unitWhere(filter.unitOrgId));
  const search = await textSearch("Complaint", filter.q, complaintNarrowing(actor));
  if (search) {
    if (search.match && !keepMatch) and.push({ id: { in: await matchedIds(search.match) } });
    if (search.minId !== null) and.push({ id: { gte: search.minId } });
    for (const term of search.shortTerms) and.push({ description: { contains: term } });
  }
  return { where: scoped(actor, "complaint", ...and), match: keepMatch ? (search?.match ?? null) : null };
}

/** The actor's area of work as SQL on Complaint "c", to narrow full-text matches (lib/data/search.ts). */
function complaintNarrowing(actor: Actor): SearchNarrowing {
  const s = actor.scope;
  switch (s.level) {
    case "CITY":
      return null;
    case "DISTRICT":
      return { sql: sql`"c"."districtId" = ${s.districtId}`, index: "Complaint_districtId_id_idx" };
    case "STREET":
      return { sql: sql`"c"."streetId" = ${s.streetId}`, index: "Complaint_streetId_id_idx" };
    case "ORG":
      return { sql: sql`"c"."id" IN (SELECT "h"."complaintId" FROM "ComplaintHolder" AS "h" WHERE "h"."orgId" = ${s.orgId})` };
  }
}

function keyset(filter: ComplaintFilter, cursor: string | undefined): { where: Prisma.ComplaintWhereInput | null; orderBy: Order<"Complaint">[] } {
  switch (filter.sort) {
    case "received": {
      const c = decodeCursor(cursor, /^\d{1,15}$/);
      const at = c ? new Date(Number(c.key)) : null;
      return {
        orderBy: [["receivedAt", "desc"], ["id", "desc"]],
        where: c && at ? { OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: c.id } }] } : null,
      };
    }
    case "due": {
      const c = decodeCursor(cursor, /^\d{4}-\d{2}-\d{2}$/);
      return {
        orderBy: [["currentDueDate", "asc"], ["id", "asc"]],
        where: c ? { OR: [{ currentDueDate: { gt: c.key } }, { currentDueDate: c.key, id: { gt: c.id } }] } : null,
      };
    }
    default: {
      const c = decodeCursor(cursor, /^$/);
      return { orderBy: [["id", "desc"]], where: c ? { id: { lt: c.id } } : null };
    }
  }
}

function cursorOf(filter: ComplaintFilter, row: { id: number; receivedAt: Date; currentDueDate: string | null }): string {
  if (filter.sort === "received") return encodeCursor(row.receivedAt.getTime(), row.id);
  if (filter.sort === "due") return encodeCursor(row.currentDueDate ?? "", row.id);
  return encodeCursor("", row.id);
}

export type ComplaintPage = { rows: ComplaintRow[]; nextCursor: string | null };

/** Below this many holdings, an organisation's list in any order is read through its holdings. */
const FEW_HOLDINGS = 2000;

/** Whether an organisation has held fewer than FEW_HOLDINGS complaints (a bounded read of its holdings' index). */
async function fewHoldings(orgId: number): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ComplaintHolder" WHERE "orgId" = ${orgId} LIMIT ${FEW_HOLDINGS}) AS "few"`.execute(readDb);
  return Number(rows[0]?.n ?? 0) < FEW_HOLDINGS;
}

/**
 * A page of the complaints matching `where` (which holds the organisation's scope: it holds or held
 * them), read through the organisation's holdings: the same rows as findRows, which would walk
 * every complaint testing the scope on each — the whole table for a property company or
 * department with few complaints. Newest first walks the holdings' index in order; the other
 * orders sort the organisation's complaints, so they go this way only for those with few.
 */
async function complaintsHeldBy(orgId: number, where: Prisma.ComplaintWhereInput, orderBy: readonly Order<"Complaint">[], take: number): Promise<ModelRow<"Complaint">[]> {
  const columns = sql.join(COMPLAINT_COLUMNS.map((c) => sql.ref(`t.${String(c)}`)));
  const newestFirst = orderBy.length === 1 && orderBy[0]![0] === "id";
  // SQLite walks the holdings' index by their complaint's id; PostgreSQL groups by the complaint's
  // key (its other columns follow from it there, not from the holding's column).
  const key = readDialect === "postgresql" ? sql`"t"."id"` : sql`"h"."complaintId"`;
  const order = newestFirst ? sql`${key} DESC` : orderSql("Complaint", "t", orderBy);
  const { rows } = await sql<object>`SELECT ${columns} FROM "ComplaintHolder" AS "h" JOIN "Complaint" AS "t" ON "t"."id" = "h"."complaintId"
    WHERE "h"."orgId" = ${orgId} AND ${whereSql("Complaint", where, "t")}
    GROUP BY ${key} ORDER BY ${order} LIMIT ${take}`.execute(readDb);
  return modelRows("Complaint", rows);
}

/** How many complaints match `where` (holding the actor's scope): for an organisation with few
 * holdings counted through them, otherwise by the complaint indexes. */
async function countInScope(actor: Actor, where: Prisma.ComplaintWhereInput): Promise<number> {
  const s = actor.scope;
  if (s.level === "ORG" && (await fewHoldings(s.orgId))) {
    const { rows } = await sql<{ n: number }>`SELECT COUNT(DISTINCT "h"."complaintId") AS "n" FROM "ComplaintHolder" AS "h" JOIN "Complaint" AS "t" ON "t"."id" = "h"."complaintId"
      WHERE "h"."orgId" = ${s.orgId} AND ${whereSql("Complaint", where, "t")}`.execute(readDb);
    return Number(rows[0]?.n ?? 0);
  }
  return countRows("Complaint", where);
}

/** A page of complaints in scope, filtered and sorted, keyset-paginated (the cursor names the last row). */
export async function listComplaints(actor: Actor, filter: ComplaintFilter, page: { cursor?: string; size: number }): Promise<ComplaintPage> {
  requirePermission(actor, "complaints.view");
  const s = actor.scope;
  const heldBy = s.level === "ORG" && (filter.sort === "recent" || (await fewHoldings(s.orgId))) ? s.orgId : null;
  // Newest first, a search's matches are the list's source: read in their order, they stop at the
  // page's end instead of all being taken first (decision 088).
  const { where, match } = await listWhere(actor, filter, heldBy === null && filter.sort === "recent");
  const k = keyset(filter, page.cursor);
  const paged = k.where ? { AND: [where, k.where] } : where;
  const [rows, dir] = await Promise.all([
    heldBy !== null
      ? complaintsHeldBy(heldBy, paged, k.orderBy, page.size + 1)
      : findRows("Complaint", { where: paged, select: COMPLAINT_COLUMNS, orderBy: k.orderBy, take: page.size + 1, within: match ?? undefined }),
    directory(),
  ]);
  const more = rows.length > page.size;
  const shown = more ? rows.slice(0, page.size) : rows;
  const todayDate = today();
  return { rows: shown.map((r) => present(withNames(dir, r), actor, dir.dutyById, todayDate)), nextCursor: more && shown.length > 0 ? cursorOf(filter, shown.at(-1)!) : null };
}

/** How many complaints a filter matches (the assessment's drill-down shows it beside the number it came from). */
export async function countComplaints(actor: Actor, filter: ComplaintFilter): Promise<number> {
  requirePermission(actor, "complaints.view");
  return countInScope(actor, (await listWhere(actor, filter)).where);
}

/** Every complaint of a filter for the CSV export, page by page (same scope, same masking). */
export async function* exportComplaints(actor: Actor, filter: ComplaintFilter, limit = 50_000): AsyncGenerator<ComplaintRow[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await listComplaints(actor, filter, { cursor, size: 500 });
    yield page.rows;
    sent += page.rows.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < limit);
}

/** Summary counts of the list's scope (open, overdue, and the organisation's own to-do) for the
 * page header and the views' totals: indexed counts only. */
export async function complaintCounts(actor: Actor): Promise<{ open: number; overdue: number; mine: number }> {
  requirePermission(actor, "complaints.view");
  return sharedForOrg(actor, "complaintCounts", () => countsOf(actor));
}

async function countsOf(actor: Actor): Promise<{ open: number; overdue: number; mine: number }> {
  const [open, overdue, mine] = await Promise.all([
    countInScope(actor, scoped(actor, "complaint", { status: { in: [...OPEN_STATUSES] } })),
    countInScope(actor, scoped(actor, "complaint", { currentDueDate: { lt: today() } })),
    countInScope(actor, scoped(actor, "complaint", { handlerOrgId: actor.orgId, status: { in: [...OPEN_STATUSES] } })),
  ]);
  return { open, overdue, mine };
}

export type ComplaintInbox = { toDo: ComplaintRow[]; toDoCount: number; toPress: ComplaintRow[]; toPressCount: number; extensions: ComplaintRow[] };

/** Statuses after which nobody has anything left to do. */
const FINISHED_STATUSES = ["CLOSED", "NOT_ACCEPTED", "DUPLICATE"] as const;

/** The home page's complaint section: what this organisation must do now, and what it must press others on. */
export async function complaintInbox(actor: Actor): Promise<ComplaintInbox> {
  const empty = { toDo: [], toDoCount: 0, toPress: [], toPressCount: 0, extensions: [] };
  if (!can(actor, "complaints.view")) return empty;
  // The rows are shared by the organisation; what a user may see of them is shaped here, per user.
  const [rows, dir] = await Promise.all([sharedForOrg(actor, "complaintInbox", () => inboxRows(actor)), directory()]);
  const todayDate = today();
  const shape = (list: ModelRow<"Complaint">[]) => list.map((r) => present(withNames(dir, r), actor, dir.dutyById, todayDate));
  return { toDo: shape(rows.toDo), toDoCount: rows.toDoCount, toPress: shape(rows.toPress), toPressCount: rows.toPressCount, extensions: shape(rows.extensions) };
}

async function inboxRows(actor: Actor) {
  // The statuses listed (not "not in" the finished ones), so the (handler, status, due) index is read
  // only for the unfinished: a street office has handled tens of thousands over the years.
  const unfinished = COMPLAINT_STATUSES.filter((st) => !(FINISHED_STATUSES as readonly string[]).includes(st));
  const doing = scoped(actor, "complaint", { handlerOrgId: actor.orgId, status: { in: unfinished } });
  const pressing = scoped(actor, "complaint", { registeredOrgId: actor.orgId, status: { in: ["ASSIGNED", "IN_PROGRESS"] }, handlerOrgId: { not: actor.orgId } });
  const deciding = scoped(actor, "complaint", { registeredOrgId: actor.orgId, extensionStatus: "REQUESTED" });
  const order: Order<"Complaint">[] = [["currentDueDate", "asc", "last"], ["id", "asc"]];
  // Ids first: the organisation may hold thousands, and no index gives the due-date order across statuses.
  const [toDo, toDoCount, toPress, toPressCount, extensions] = await Promise.all([
    findRows("Complaint", { where: doing, select: COMPLAINT_COLUMNS, orderBy: order, take: 8, idsFirst: true }),
    countRows("Complaint", doing),
    findRows("Complaint", { where: pressing, select: COMPLAINT_COLUMNS, orderBy: order, take: 5, idsFirst: true }),
    countRows("Complaint", pressing),
    actor.role === "LEADER" ? findRows("Complaint", { where: deciding, select: COMPLAINT_COLUMNS, orderBy: [["id", "asc"]], take: 5 }) : Promise.resolve([]),
  ]);
  return { toDo, toDoCount, toPress, toPressCount, extensions };
}

// ─────────────────────────────── The lifecycle ───────────────────────────────

type Loaded = Prisma.ComplaintGetPayload<{ include: { area: { select: { id: true; name: true } } } }>;

type Step = {
  /** Columns to change besides status, currentDueDate and version. */
  data?: Prisma.ComplaintUncheckedUpdateManyInput;
  event: { kind: ComplaintEventKind; note?: string; toOrgId?: number; toOrgName?: string };
  /** Inbox notices (organisations other than the actor's). */
  notices?: { orgIds: number[]; message: string; params?: Record<string, string | number> }[];
  /** Extra writes in the same transaction (holder chain, duplicates). */
  also?: (tx: Tx, c: Loaded) => Promise<void>;
  audit?: Record<string, unknown>;
};

/**
 * Runs one lifecycle step in one transaction: the complaint in scope, the same version the user
 * saw (else conflict), an allowed transition (else invalidTransition), then the change, its
 * timeline row, the inbox notices and the audit row.
 */
async function step(actor: Actor, id: number, version: number, action: ComplaintAction, ip: string, build: (c: Loaded, tx: Tx) => Promise<Step>): Promise<void> {
  requirePermission(actor, "complaints.view");
  if (permitted(actor, [action]).length === 0) throw notFound();
  await writeTransaction(async (tx) => {
    const c = await tx.complaint.findFirst({ where: scoped(actor, "complaint", { id }), include: { area: { select: { id: true, name: true } } } });
    if (!c) throw notFound();
    if (c.version !== version) throw new AppError("conflict");
    const t = transition(c, action, actor);
    if (!t.ok) throw new AppError("invalidTransition");
    const s = await build(c, tx);
    const merged = { ...c, ...(s.data as Partial<Loaded>), status: t.status };
    const { count } = await tx.complaint.updateMany({
      where: { id, version },
      data: { ...s.data, status: t.status, currentDueDate: currentDueDate(merged), version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await tx.complaintEvent.create({
      data: { complaintId: id, kind: s.event.kind, ...eventActor(actor), note: s.event.note ?? "", toOrgId: s.event.toOrgId ?? null, toOrgName: s.event.toOrgName ?? "" },
    });
    await enqueueWorkOrderEvent(tx, id, s.event.kind, { note: s.event.note ?? "" });
    if (s.also) await s.also(tx, c);
    for (const n of s.notices ?? []) {
      await notify(tx, n.orgIds.filter((o) => o !== actor.orgId), { type: `complaint.${action}`, entityType: "Complaint", entityId: id, message: n.message, params: { ref: c.ref, area: c.area.name, ...n.params } });
    }
    await writeAudit(tx, actor, { action: `complaint.${action}`, entity: "Complaint", entityId: id, summary: `${c.ref} ${t.status}`, details: { from: c.status, to: t.status, ...s.audit }, ip });
  });
}

export async function acceptComplaint(actor: Actor, id: number, version: number, ip = ""): Promise<void> {
  const handleDueDate = await dueDateAfter("COMPLAINT_HANDLE", today());
  await step(actor, id, version, "accept", ip, async () => ({
    data: { acceptedAt: new Date(), handleDueDate },
    event: { kind: "ACCEPTED" },
  }));
}

export async function notAcceptComplaint(actor: Actor, id: number, data: { reason: string; version: number }, ip = ""): Promise<void> {
  await step(actor, id, data.version, "notAccept", ip, async (c) => ({
    data: { notAcceptedReason: data.reason, closedAt: new Date() },
    event: { kind: "NOT_ACCEPTED", note: data.reason },
    also: (tx) => followOriginal(tx, actor, c, "NOT_ACCEPTED", data.reason),
    audit: { reason: data.reason },
  }));
}

/** The organisations a complaint in this area may be assigned to (the proposal is always among them). */
export async function assignmentTargets(actor: Actor, id: number): Promise<{ id: number; name: string; kind: string }[]> {
  requirePermission(actor, "complaints.register");
  const [c, dir] = await Promise.all([findRow("Complaint", { where: scoped(actor, "complaint", { id }), select: ["areaId"] }), directory()]);
  const area = c ? dir.areas.get(c.areaId) : undefined;
  if (!area) throw notFound();
  return findRows("Organisation", { where: targetsWhere(area), select: ["id", "name", "kind"], orderBy: [["kind", "asc"], ["name", "asc"]] });
}

type TargetArea = { districtId: number; streetId: number; communityId: number; propertyCompanyId: number | null; policeStationId: number | null };

/** City departments, utilities and the bureau; the area's own property company, police station, community and street; its district's property office. */
function targetsWhere(area: TargetArea) {
  const local = [area.propertyCompanyId, area.policeStationId, area.communityId, area.streetId].filter((v): v is number => v !== null);
  return {
    active: true,
    OR: [
      { kind: { in: ["CITY_DEPARTMENT", "UTILITY", "HOUSING_BUREAU"] } },
      { kind: "DISTRICT_PROPERTY_OFFICE", districtId: area.districtId },
      { id: { in: local } },
    ],
  } satisfies Prisma.OrganisationWhereInput;
}

async function targetsFor(area: TargetArea, tx: Tx): Promise<{ id: number; name: string; kind: string }[]> {
  return tx.organisation.findMany({ where: targetsWhere(area), select: { id: true, name: true, kind: true }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
}

async function checkTarget(tx: Tx, c: { areaId: number }, orgId: number): Promise<{ id: number; name: string; kind: string }> {
  const area = await tx.residentialArea.findUniqueOrThrow({ where: { id: c.areaId }, select: { districtId: true, streetId: true, communityId: true, propertyCompanyId: true, policeStationId: true } });
  const target = (await targetsFor(area, tx)).find((o) => o.id === orgId);
  if (!target) throw new AppError("validation", { fieldErrors: { orgId: ["orgKind"] } });
  return target;
}

/** Hands the complaint to an organisation: a new link in the holder chain, one more hand-over. */
async function handOver(tx: Tx, c: Loaded, target: { id: number }, overrideReason: string): Promise<void> {
  await tx.complaintHolder.create({ data: { complaintId: c.id, seq: c.handOverCount + 1, orgId: target.id, overrideReason } });
}

async function endHolding(tx: Tx, c: Loaded, endedAs: "HANDLED" | "RETURNED" | "REASSIGNED", reason: string): Promise<void> {
  await tx.complaintHolder.updateMany({ where: { complaintId: c.id, until: null }, data: { until: new Date(), endedAs, endReason: reason } });
}

export async function assignComplaint(actor: Actor, id: number, data: { orgId: number; overrideReason: string; version: number }, ip = ""): Promise<void> {
  await step(actor, id, data.version, "assign", ip, async (c, tx) => {
    const target = await checkTarget(tx, c, data.orgId);
    const overriding = c.proposedOrgId !== null && c.proposedOrgId !== target.id;
    if (overriding && !data.overrideReason) throw new AppError("validation", { fieldErrors: { overrideReason: ["overrideReasonRequired"] } });
    const reason = overriding ? data.overrideReason : "";
    const pressing = c.proposedMode === "PRESS" && target.kind === "PROPERTY_COMPANY";
    return {
      data: { handlerOrgId: target.id, handOverCount: c.handOverCount + 1, overrideReason: reason },
      event: { kind: "ASSIGNED", toOrgId: target.id, toOrgName: target.name, note: reason },
      also: (t) => handOver(t, c, target, reason),
      notices: [{ orgIds: [target.id], message: pressing ? "complaint.assignedToFix" : "complaint.assigned", params: { due: c.extendedDueDate ?? c.handleDueDate ?? "" } }],
      audit: { to: target.id, override: overriding, reason },
    };
  });
}

export async function reassignComplaint(actor: Actor, id: number, data: { orgId: number; reason: string; version: number }, ip = ""): Promise<void> {
  await step(actor, id, data.version, "reassign", ip, async (c, tx) => {
    const target = await checkTarget(tx, c, data.orgId);
    const holding = c.status === "ASSIGNED" || c.status === "IN_PROGRESS";
    if (holding && target.id === c.handlerOrgId) throw new AppError("validation", { fieldErrors: { orgId: ["sameHolder"] } });
    return {
      data: { handlerOrgId: target.id, handOverCount: c.handOverCount + 1 },
      event: { kind: "REASSIGNED", toOrgId: target.id, toOrgName: target.name, note: data.reason },
      also: async (t) => {
        if (holding) await endHolding(t, c, "REASSIGNED", data.reason);
        await handOver(t, c, target, data.reason);
      },
      notices: [
        { orgIds: [target.id], message: "complaint.assigned", params: { due: c.extendedDueDate ?? c.handleDueDate ?? "" } },
        ...(holding ? [{ orgIds: [c.handlerOrgId], message: "complaint.reassignedAway" }] : []),
      ],
      audit: { to: target.id, reason: data.reason },
    };
  });
}

export async function startComplaint(actor: Actor, id: number, version: number, ip = ""): Promise<void> {
  await step(actor, id, version, "start", ip, async (c) => ({
    event: { kind: "STARTED" },
    notices: [{ orgIds: [c.registeredOrgId], message: "complaint.started", params: { org: actor.orgName } }],
  }));
}

export async function returnComplaint(actor: Actor, id: number, data: { reason: string; version: number }, ip = ""): Promise<void> {
  const stepDueDate = await dueDateAfter("COMPLAINT_REASSIGN", today());
  await step(actor, id, data.version, "return", ip, async (c) => ({
    data: { handlerOrgId: c.registeredOrgId, stepDueDate },
    event: { kind: "RETURNED", note: data.reason },
    also: (tx) => endHolding(tx, c, "RETURNED", data.reason),
    notices: [{ orgIds: [c.registeredOrgId], message: "complaint.returned", params: { org: actor.orgName } }],
    audit: { reason: data.reason },
  }));
}

export async function pressComplaint(actor: Actor, id: number, data: { note: string; version: number }, ip = ""): Promise<void> {
  await step(actor, id, data.version, "press", ip, async (c) => ({
    data: { pressCount: c.pressCount + 1 },
    event: { kind: "PRESSED", note: data.note },
    notices: [{ orgIds: [c.handlerOrgId], message: "complaint.pressed", params: { org: actor.orgName, count: c.pressCount + 1 } }],
    audit: { note: data.note },
  }));
}

export async function requestExtension(actor: Actor, id: number, data: { days: number; reason: string; version: number }, ip = ""): Promise<void> {
  const rule = await deadlineRule("COMPLAINT_EXTENSION");
  if (data.days > rule.days) throw new AppError("validation", { fieldErrors: { days: ["extensionTooLong"] } });
  await step(actor, id, data.version, "requestExtension", ip, async (c) => ({
    data: { extensionStatus: "REQUESTED", extensionDays: data.days, extensionReason: data.reason, extensionRequestedAt: new Date() },
    event: { kind: "EXTENSION_REQUESTED", note: `${data.days}｜${data.reason}` },
    notices: [{ orgIds: [c.registeredOrgId], message: "complaint.extensionRequested", params: { org: actor.orgName, days: data.days } }],
    audit: { days: data.days, reason: data.reason },
  }));
}

export async function decideExtension(actor: Actor, id: number, data: { approve: boolean; note: string; version: number }, ip = ""): Promise<void> {
  const [rule, calendar] = await Promise.all([deadlineRule("COMPLAINT_EXTENSION"), holidayCalendar()]);
  await step(actor, id, data.version, data.approve ? "approveExtension" : "refuseExtension", ip, async (c) => {
    const decided = { extensionApproverId: actor.userId, extensionApproverName: actor.name, extensionDecidedAt: new Date() };
    if (!data.approve) {
      return {
        data: { ...decided, extensionStatus: "REFUSED" },
        event: { kind: "EXTENSION_REFUSED", note: data.note },
        notices: [{ orgIds: [c.handlerOrgId], message: "complaint.extensionRefused" }],
      };
    }
    const base = c.handleDueDate;
    const newDue = base ? extendedDueDate(base, c.extensionDays ?? 0, rule.days, rule.dayType, calendar) : null;
    if (!newDue) throw new AppError("invalidTransition");
    return {
      data: { ...decided, extensionStatus: "APPROVED", extendedDueDate: newDue },
      event: { kind: "EXTENSION_APPROVED", note: `${newDue}${data.note ? `｜${data.note}` : ""}` },
      notices: [{ orgIds: [c.handlerOrgId], message: "complaint.extensionApproved", params: { due: newDue } }],
      audit: { days: c.extensionDays, extendedDueDate: newDue },
    };
  });
}

/** Photos of the site a holder attaches when reporting it handled (entity types of Attachment). */
export const RESULT_PHOTO_ENTITIES = { before: "ComplaintBefore", after: "ComplaintAfter" } as const;

export async function handleComplaint(actor: Actor, id: number, data: { result: string; version: number }, ip = "", photos: { before: readonly PreparedFile[]; after: readonly PreparedFile[] } = { before: [], after: [] }): Promise<void> {
  // The office now owes the resident a reply (docs/decisions/060).
  const stepDueDate = await dueDateAfter("COMPLAINT_REPLY", today());
  await step(actor, id, data.version, "handle", ip, async (c) => ({
    data: { result: data.result, handledAt: new Date(), handlerOrgId: c.registeredOrgId, handledOnTime: handledOnTime(today(), c), stepDueDate },
    event: { kind: "HANDLED", note: data.result },
    also: async (tx) => {
      await endHolding(tx, c, "HANDLED", "");
      await followOriginal(tx, actor, c, "HANDLED", data.result, stepDueDate);
      await recordAttachments(tx, actor, RESULT_PHOTO_ENTITIES.before, c.id, photos.before);
      await recordAttachments(tx, actor, RESULT_PHOTO_ENTITIES.after, c.id, photos.after);
    },
    notices: [{ orgIds: [c.registeredOrgId], message: "complaint.handled", params: { org: actor.orgName } }],
  }));
}

export async function replyComplaint(actor: Actor, id: number, data: { method: string; repliedAt: string; note: string; version: number }, ip = ""): Promise<void> {
  const repliedAt = parseCityDateTime(data.repliedAt);
  if (!repliedAt) throw new AppError("validation", { fieldErrors: { repliedAt: ["dateTime"] } });
  // Then it closes the matter (docs/decisions/060).
  const stepDueDate = await dueDateAfter("COMPLAINT_CLOSE", today());
  await step(actor, id, data.version, "reply", ip, async (c) => {
    if (c.handledAt && repliedAt.getTime() < c.handledAt.getTime() - 86_400_000) throw new AppError("validation", { fieldErrors: { repliedAt: ["beforeHandled"] } });
    return {
      data: { replyMethod: data.method, repliedAt, replyNote: data.note, stepDueDate },
      event: { kind: "REPLIED", note: `${data.method}｜${data.note}` },
      audit: { method: data.method },
    };
  });
}

export async function closeComplaint(actor: Actor, id: number, version: number, ip = ""): Promise<void> {
  await step(actor, id, version, "close", ip, async (c, tx) => {
    const handlers = await tx.complaintHolder.findMany({ where: { complaintId: c.id, endedAs: "HANDLED" }, select: { orgId: true } });
    return {
      data: { closedAt: new Date() },
      event: { kind: "CLOSED" },
      notices: [{ orgIds: handlers.map((h) => h.orgId), message: "complaint.closed" }],
    };
  });
}

/**
 * Duplicates follow their original: when it is handled they take its result (the residents get
 * the same answer, each replied to by its own office); when it is not accepted, neither are they.
 */
async function followOriginal(tx: Tx, actor: Actor, original: Loaded, outcome: "HANDLED" | "NOT_ACCEPTED", text: string, replyDueDate: IsoDate | null = null): Promise<void> {
  const duplicates = await tx.complaint.findMany({ where: { duplicateOfId: original.id, status: "DUPLICATE" }, select: { id: true, ref: true, version: true, registeredOrgId: true } });
  for (const d of duplicates) {
    const data = outcome === "HANDLED"
      ? { status: "HANDLED", result: text, handledAt: new Date(), stepDueDate: replyDueDate, currentDueDate: replyDueDate }
      : { status: "NOT_ACCEPTED", notAcceptedReason: text, closedAt: new Date(), currentDueDate: null };
    await tx.complaint.update({ where: { id: d.id }, data: { ...data, version: { increment: 1 } } });
    await tx.complaintEvent.create({ data: { complaintId: d.id, kind: outcome === "HANDLED" ? "HANDLED_WITH_ORIGINAL" : "NOT_ACCEPTED_WITH_ORIGINAL", ...eventActor(actor), note: `${original.ref}｜${text}` } });
    await notify(tx, d.registeredOrgId === actor.orgId ? [] : [d.registeredOrgId], {
      type: "complaint.duplicateFollowed", entityType: "Complaint", entityId: d.id, message: outcome === "HANDLED" ? "complaint.duplicateHandled" : "complaint.duplicateNotAccepted", params: { ref: d.ref, original: original.ref },
    });
  }
}

// ─────────────────────────────── Form and filter options ───────────────────────────────

export type ComplaintFormOptions = {
  areas: { id: number; name: string; propertyCompanyId: number | null; policeStationId: number | null; ownersCommitteeId: number | null; communityId: number }[];
  duties: { id: number; name: string }[];
  orgs: { id: number; name: string; kind: string }[];
};

/** The registration form's choices: areas in scope, duty lines, and the organisations a complaint may be about. */
export async function complaintFormOptions(actor: Actor): Promise<ComplaintFormOptions> {
  requirePermission(actor, "complaints.register");
  const areas = await db.residentialArea.findMany({
    where: scoped(actor, "residentialArea", { active: true }),
    select: { id: true, name: true, propertyCompanyId: true, policeStationId: true, ownersCommitteeId: true, communityId: true },
    orderBy: { name: "asc" },
    take: 5000,
  });
  const local = [...new Set(areas.flatMap((a) => [a.propertyCompanyId, a.policeStationId, a.ownersCommitteeId, a.communityId]).filter((v): v is number => v !== null))];
  const [orgs, duties] = await Promise.all([
    db.organisation.findMany({
      where: { active: true, OR: [{ kind: { in: ["CITY_DEPARTMENT", "UTILITY"] } }, { id: { in: local } }] },
      select: { id: true, name: true, kind: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
    db.dutyCategory.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  return { areas, duties, orgs };
}

/** Handlers to filter the list by: the city's departments and utilities, and the parties of the areas in scope. */
export async function complaintHandlerOptions(actor: Actor): Promise<{ id: number; name: string }[]> {
  requirePermission(actor, "complaints.view");
  if (actor.scope.level === "ORG") return [];
  // EXISTS over the areas in scope, not an IN list of their parties: the city has thousands of
  // them, more than SQLite binds in one statement (issue 6).
  const inScope = { some: scopeWhere(actor, "residentialArea") };
  const level = actor.scope.level;
  return shared(`complaintHandlers:${scopeKey(actor.scope)}`, ["directory"], () =>
    findRows("Organisation", {
      where: {
        OR: [
          { kind: { in: ["CITY_DEPARTMENT", "UTILITY"] } },
          // The whole city's 1,500 property companies make a list nobody can choose from (and a
          // 100 kB page): the city filters a company's matters by place or from the assessment.
          ...(level === "CITY" ? [] : [{ areasManaged: inScope }]),
          { areasPoliced: inScope },
          { areasAsStreet: inScope },
          { kind: "DISTRICT_PROPERTY_OFFICE", district: { areasAsDistrict: inScope } },
        ],
      },
      select: ["id", "name"],
      orderBy: [["kind", "asc"], ["name", "asc"]],
    }),
  );
}

// ─────────────────────────────── Complaint → dispute ───────────────────────────────

/**
 * Turns a complaint that involves several departments into a dispute for a joint meeting
 * (§三(四)), in one transaction: the dispute (created by the one creation function, linked back
 * to the complaint), the complaint's link to it, and both timelines. Returns the dispute's id.
 */
export async function turnIntoDispute(actor: Actor, id: number, version: number, input: DisputeData, files: readonly PreparedFile[], ip = ""): Promise<number> {
  requirePermission(actor, "disputes.register");
  let disputeId = 0;
  const deadlines = await disputeDeadlines();
  await step(actor, id, version, "toDispute", ip, async (c) => ({
    event: { kind: "TURNED_INTO_DISPUTE", note: input.title },
    also: async (tx) => {
      disputeId = await createDispute(actor, input, { tx, sourceComplaintId: c.id, files, ip, deadlines });
      await tx.complaint.update({ where: { id: c.id }, data: { disputeId } });
    },
    audit: { title: input.title },
  }));
  return disputeId;
}

/** The dispute a complaint became, if the actor may see it. */
export async function disputeOfComplaint(actor: Actor, disputeId: number | null): Promise<{ id: number; ref: string; status: string } | null> {
  if (!disputeId || !can(actor, "disputes.view")) return null;
  return findRow("Dispute", { where: scoped(actor, "dispute", { id: disputeId }), select: ["id", "ref", "status"] });
}

/** The complaint a dispute came from, if the actor may see it. */
export async function complaintOfDispute(actor: Actor, complaintId: number | null): Promise<{ id: number; ref: string; status: string } | null> {
  if (!complaintId || !can(actor, "complaints.view")) return null;
  return findRow("Complaint", { where: scoped(actor, "complaint", { id: complaintId }), select: ["id", "ref", "status"] });
}
