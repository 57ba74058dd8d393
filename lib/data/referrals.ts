// Enforcement referrals (行政执法联动): an office refers a violation to the competent department
// with evidence and the legal category; the department investigates and reports the outcome
// back; the office acknowledges and only then is the referral closed. Both sides keep it.
import "server-only";
import { sql } from "kysely";
import { db, type Tx } from "@/lib/db";
import { readDb, readDialect } from "@/lib/db-read";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { addDays, startOfCityDate, type IsoDate } from "@/lib/domain/dates";
import {
  allowedReferralActions,
  referralDueDate,
  referralTransition,
  type ReferralAction,
  type ReferralEventKind,
} from "@/lib/domain/referral";
import { decodeCursor, encodeCursor } from "@/lib/domain/sort-cursor";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { CreateReferralData, ReferralFilter } from "@/lib/validation/referral";
import { listAttachments, recordAttachments, type AttachmentRow, type PreparedFile } from "@/lib/data/attachments";
import { writeAudit } from "@/lib/data/audit";
import { dueDateAfter, today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { eventActor, issueRef } from "@/lib/data/records";
import { areaForRouting, proposalFor, type AreaForRouting, type DutyInfo } from "@/lib/data/routing";
import { matchedIds, textSearch, type SearchNarrowing, type TextMatch } from "@/lib/data/search";
import type { CategoryRef } from "@/lib/data/complaints";
import { areaRef, directory, orgRef, type Directory, type OrgRef } from "@/lib/data/directory";
import { allColumns, countRows, findRow, findRows, orderSql, type Order } from "@/lib/data/read";
import { modelRows, type ModelRow } from "@/lib/data/rows";
import { whereSql } from "@/lib/data/where-sql";
import { sharedForOrg } from "@/lib/data/shared-cache";

/** A referral with the area and organisations it names (as lists and records show it). */
type ReferralRecord = ModelRow<"EnforcementReferral"> & { area: { id: number; name: string }; referringOrg: OrgRef; departmentOrg: OrgRef };
export type ReferralRow = ReferralRecord & { category: CategoryRef | null; overdue: boolean };

const REFERRAL_COLUMNS = allColumns("EnforcementReferral");

/** A referral row of the read path with the names its include would have joined, from the directory. */
function withNames(dir: Directory, r: ModelRow<"EnforcementReferral">): ReferralRecord {
  return { ...r, area: areaRef(dir, r.areaId), referringOrg: orgRef(dir, r.referringOrgId), departmentOrg: orgRef(dir, r.departmentOrgId) };
}

function present(r: ReferralRecord, duties: ReadonlyMap<number, Pick<DutyInfo, "id" | "code" | "name" | "nameEn">>, todayDate: IsoDate): ReferralRow {
  const d = duties.get(r.categoryId);
  return { ...r, category: d ? { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn } : null, overdue: r.currentDueDate !== null && r.currentDueDate < todayDate };
}

/** The competent authorities a violation in this area may be referred to. */
function targetsWhere(area: Pick<AreaForRouting, "districtId" | "policeStationId">): Prisma.OrganisationWhereInput {
  return {
    active: true,
    OR: [
      { kind: "CITY_DEPARTMENT" },
      { kind: "DISTRICT_PROPERTY_OFFICE", districtId: area.districtId },
      ...(area.policeStationId ? [{ id: area.policeStationId }] : []),
    ],
  };
}

/** The authorities as a write transaction reads them (the re-referral checks its target in the transaction). */
async function targetsFor(area: Pick<AreaForRouting, "districtId" | "policeStationId">, tx: Tx = db): Promise<{ id: number; name: string; kind: string }[]> {
  return tx.organisation.findMany({ where: targetsWhere(area), select: { id: true, name: true, kind: true }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
}

/** For the referral form: the authorities of every area in the actor's scope would be too many; the form asks per area. */
export async function referralTargets(actor: Actor, areaId: number): Promise<{ id: number; name: string; kind: string }[]> {
  requirePermission(actor, "referrals.create");
  const area = await areaForRouting(actor, areaId);
  return findRows("Organisation", { where: targetsWhere(area), select: ["id", "name", "kind"], orderBy: [["kind", "asc"], ["name", "asc"]] });
}

export async function createReferral(actor: Actor, data: CreateReferralData, files: readonly PreparedFile[], ip = ""): Promise<number> {
  requirePermission(actor, "referrals.create");
  const area = await areaForRouting(actor, data.areaId);
  const duty = await db.dutyCategory.findFirst({ where: { id: data.categoryId, active: true } });
  if (!duty) throw new AppError("validation", { fieldErrors: { categoryId: ["required"] } });
  const proposal = await proposalFor(duty, area);
  const target = (await targetsFor(area)).find((o) => o.id === data.departmentOrgId);
  if (!target) throw new AppError("validation", { fieldErrors: { departmentOrgId: ["orgKind"] } });
  const overriding = proposal.orgId !== null && proposal.orgId !== target.id;
  if (overriding && !data.overrideReason) throw new AppError("validation", { fieldErrors: { overrideReason: ["overrideReasonRequired"] } });
  const feedbackDueDate = await dueDateAfter("REFERRAL_FEEDBACK", today());
  return writeTransaction(async (tx) => {
    const ref = await issueRef(tx, "EnforcementReferral", new Date());
    const referral = await tx.enforcementReferral.create({
      data: {
        ref, referringOrgId: actor.orgId, referredById: actor.userId, areaId: area.id, streetId: area.streetId, districtId: area.districtId,
        location: data.location, findings: data.findings, categoryId: duty.id, departmentOrgId: target.id, proposedOrgId: proposal.orgId,
        overrideReason: overriding ? data.overrideReason : "", matchedPolicyText: duty.policyText, status: "REFERRED",
        feedbackDueDate, currentDueDate: feedbackDueDate,
      },
    });
    await recordAttachments(tx, actor, "EnforcementReferral", referral.id, files);
    await tx.referralEvent.create({ data: { referralId: referral.id, kind: "REFERRED", ...eventActor(actor), toOrgId: target.id, toOrgName: target.name, note: data.findings.slice(0, 200) } });
    await notify(tx, [target.id], { type: "referral.referred", entityType: "EnforcementReferral", entityId: referral.id, message: "referral.referred", params: { ref, org: actor.orgName, area: area.name, due: feedbackDueDate } });
    await writeAudit(tx, actor, { action: "referral.create", entity: "EnforcementReferral", entityId: referral.id, summary: `${ref} ${area.name} ${duty.name} → ${target.name}`, details: { categoryId: duty.id, departmentOrgId: target.id, override: overriding, files: files.length }, ip });
    return referral.id;
  });
}

export type ReferralEventRow = { id: number; at: Date; kind: string; actorName: string; actorOrgName: string; toOrgName: string; note: string };
export type ReferralDetail = ReferralRow & {
  events: ReferralEventRow[];
  evidence: AttachmentRow[];
  outcomeFiles: AttachmentRow[];
  proposedOrg: { id: number; name: string } | null;
  allowed: ReferralAction[];
};

export async function canSeeReferral(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "referrals.view")) return false;
  return (await countRows("EnforcementReferral", scoped(actor, "enforcementReferral", { id }))) === 1;
}

function permitted(actor: Actor, actions: ReferralAction[]): ReferralAction[] {
  const office = new Set<ReferralAction>(["rerefer", "acknowledge"]);
  return actions.filter((a) => can(actor, office.has(a) ? "referrals.create" : "referrals.handle"));
}

export async function getReferral(actor: Actor, id: number): Promise<ReferralDetail> {
  requirePermission(actor, "referrals.view");
  const [found, dir] = await Promise.all([findRow("EnforcementReferral", { where: scoped(actor, "enforcementReferral", { id }), select: REFERRAL_COLUMNS }), directory()]);
  if (!found) throw notFound();
  const r = withNames(dir, found);
  const [events, evidence, outcomeFiles] = await Promise.all([
    findRows("ReferralEvent", { where: { referralId: id }, select: ["id", "at", "kind", "actorName", "actorOrgName", "toOrgName", "note"], orderBy: [["id", "asc"]] }),
    listAttachments("EnforcementReferral", [r.id]),
    listAttachments("ReferralOutcome", [r.id]),
  ]);
  const proposed = r.proposedOrgId !== null ? dir.orgs.get(r.proposedOrgId) : undefined;
  return {
    ...present(r, dir.dutyById, today()),
    events,
    evidence, outcomeFiles,
    proposedOrg: proposed ? { id: proposed.id, name: proposed.name } : null,
    allowed: permitted(actor, allowedReferralActions(r, actor)),
  };
}

/** The actor's area of work as SQL on EnforcementReferral "c", to narrow full-text matches. */
function referralNarrowing(actor: Actor): SearchNarrowing {
  const s = actor.scope;
  switch (s.level) {
    case "CITY":
      return null;
    case "DISTRICT":
      return { sql: sql`"c"."districtId" = ${s.districtId}` };
    case "STREET":
      return { sql: sql`"c"."streetId" = ${s.streetId}` };
    case "ORG":
      return { sql: sql`"c"."id" IN (SELECT "e"."referralId" FROM "ReferralEvent" AS "e" WHERE "e"."toOrgId" = ${s.orgId})` };
  }
}

/** The list's where-input; a search's long terms as `id IN (their matches)` unless `keepMatch`
 * returns them apart, for findRows' `within` (as the complaint list, decision 088). */
async function listWhere(actor: Actor, f: ReferralFilter, keepMatch = false): Promise<{ where: Prisma.EnforcementReferralWhereInput; match: TextMatch | null }> {
  const and: Prisma.EnforcementReferralWhereInput[] = [];
  if (f.status === "OPEN") and.push({ status: { not: "CLOSED" } });
  else if (f.status) and.push({ status: f.status });
  if (f.categoryId) and.push({ categoryId: f.categoryId });
  if (f.areaId) and.push({ areaId: f.areaId });
  if (f.streetId) and.push({ streetId: f.streetId });
  if (f.districtId) and.push({ districtId: f.districtId });
  if (f.departmentOrgId) and.push({ departmentOrgId: f.departmentOrgId });
  if (f.overdue) and.push({ currentDueDate: { lt: today() } });
  if (f.from) and.push({ referredAt: { gte: startOfCityDate(f.from) } });
  if (f.to) and.push({ referredAt: { lt: startOfCityDate(addDays(f.to, 1)) } });
  if (f.sort === "due") and.push({ currentDueDate: { not: null } });
  const search = await textSearch("EnforcementReferral", f.q, referralNarrowing(actor));
  if (search) {
    if (search.match && !keepMatch) and.push({ id: { in: await matchedIds(search.match) } });
    if (search.minId !== null) and.push({ id: { gte: search.minId } });
    for (const term of search.shortTerms) and.push({ OR: [{ findings: { contains: term } }, { location: { contains: term } }] });
  }
  return { where: scoped(actor, "enforcementReferral", ...and), match: keepMatch ? (search?.match ?? null) : null };
}

export type ReferralPage = { rows: ReferralRow[]; nextCursor: string | null };

/** Below this many referrals sent to an organisation, its lists are read through the events that sent them. */
const FEW_REFERRALS = 2000;

/** Whether an organisation has had fewer than FEW_REFERRALS referrals sent to it (a bounded read of its events' index). */
async function fewReferralsSentTo(orgId: number): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ReferralEvent" WHERE "toOrgId" = ${orgId} LIMIT ${FEW_REFERRALS}) AS "few"`.execute(readDb);
  return Number(rows[0]?.n ?? 0) < FEW_REFERRALS;
}

/**
 * A page of the referrals matching `where` (which holds the organisation's scope: referred to it),
 * read through the events that referred them to the organisation: the same rows as findRows, which
 * would scan every referral (in id or due-date order) testing the scope on each, and so read the
 * whole table for a department or police station with few referrals (270 ms for one without any
 * on the full city). Newest first walks the events' index in order; by due date sorts the
 * organisation's referrals, so it is used only for organisations with few of them.
 */
async function referralsSentTo(orgId: number, where: Prisma.EnforcementReferralWhereInput, byDueDate: boolean, take: number): Promise<ModelRow<"EnforcementReferral">[]> {
  const columns = sql.join(REFERRAL_COLUMNS.map((c) => sql.ref(`t.${c}`)));
  // SQLite walks the events' index by their referral's id; PostgreSQL groups by the referral's key.
  const key = readDialect === "postgresql" ? sql`"t"."id"` : sql`"e"."referralId"`;
  const order = byDueDate ? orderSql("EnforcementReferral", "t", [["currentDueDate", "asc"], ["id", "asc"]]) : sql`${key} DESC`;
  const { rows } = await sql<object>`SELECT ${columns} FROM "ReferralEvent" AS "e" JOIN "EnforcementReferral" AS "t" ON "t"."id" = "e"."referralId"
    WHERE "e"."toOrgId" = ${orgId} AND ${whereSql("EnforcementReferral", where, "t")}
    GROUP BY ${key} ORDER BY ${order} LIMIT ${take}`.execute(readDb);
  return modelRows("EnforcementReferral", rows);
}

export async function listReferrals(actor: Actor, filter: ReferralFilter, page: { cursor?: string; size: number }): Promise<ReferralPage> {
  requirePermission(actor, "referrals.view");
  const s = actor.scope;
  const byDueDate = filter.sort === "due";
  const sentTo = s.level === "ORG" && (!byDueDate || (await fewReferralsSentTo(s.orgId))) ? s.orgId : null;
  const { where, match } = await listWhere(actor, filter, sentTo === null && !byDueDate);
  let orderBy: Order<"EnforcementReferral">[];
  let after: Prisma.EnforcementReferralWhereInput | null = null;
  if (byDueDate) {
    orderBy = [["currentDueDate", "asc"], ["id", "asc"]];
    const c = decodeCursor(page.cursor, /^\d{4}-\d{2}-\d{2}$/);
    if (c) after = { OR: [{ currentDueDate: { gt: c.key } }, { currentDueDate: c.key, id: { gt: c.id } }] };
  } else {
    orderBy = [["id", "desc"]];
    const c = decodeCursor(page.cursor, /^$/);
    if (c) after = { id: { lt: c.id } };
  }
  const paged = after ? { AND: [where, after] } : where;
  const [rows, dir] = await Promise.all([
    sentTo !== null
      ? referralsSentTo(sentTo, paged, byDueDate, page.size + 1)
      : findRows("EnforcementReferral", { where: paged, select: REFERRAL_COLUMNS, orderBy, take: page.size + 1, within: match ?? undefined }),
    directory(),
  ]);
  const more = rows.length > page.size;
  const shown = more ? rows.slice(0, page.size) : rows;
  const last = shown.at(-1);
  const todayDate = today();
  return {
    rows: shown.map((r) => present(withNames(dir, r), dir.dutyById, todayDate)),
    nextCursor: more && last ? encodeCursor(byDueDate ? (last.currentDueDate ?? "") : "", last.id) : null,
  };
}

export async function* exportReferrals(actor: Actor, filter: ReferralFilter, limit = 50_000): AsyncGenerator<ReferralRow[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await listReferrals(actor, filter, { cursor, size: 500 });
    yield page.rows;
    sent += page.rows.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < limit);
}

export type ReferralInbox = { toHandle: ReferralRow[]; toHandleCount: number; feedback: ReferralRow[]; feedbackCount: number };

/** Departments: referrals to accept and investigate. Offices: outcomes to acknowledge, returns to re-refer. */
export async function referralInbox(actor: Actor): Promise<ReferralInbox> {
  if (!can(actor, "referrals.view")) return { toHandle: [], toHandleCount: 0, feedback: [], feedbackCount: 0 };
  return sharedForOrg(actor, "referralInbox", () => inboxOf(actor));
}

async function inboxOf(actor: Actor): Promise<ReferralInbox> {
  const handling = scoped(actor, "enforcementReferral", { departmentOrgId: actor.orgId, status: { in: ["REFERRED", "INVESTIGATING"] } });
  const feedback = scoped(actor, "enforcementReferral", { referringOrgId: actor.orgId, status: { in: ["OUTCOME_REPORTED", "RETURNED"] } });
  const [toHandle, toHandleCount, fb, feedbackCount, dir] = await Promise.all([
    findRows("EnforcementReferral", { where: handling, select: REFERRAL_COLUMNS, orderBy: [["currentDueDate", "asc"], ["id", "asc"]], take: 8 }),
    countRows("EnforcementReferral", handling),
    findRows("EnforcementReferral", { where: feedback, select: REFERRAL_COLUMNS, orderBy: [["id", "asc"]], take: 8 }),
    countRows("EnforcementReferral", feedback),
    directory(),
  ]);
  const todayDate = today();
  const shape = (rows: ModelRow<"EnforcementReferral">[]) => rows.map((r) => present(withNames(dir, r), dir.dutyById, todayDate));
  return { toHandle: shape(toHandle), toHandleCount, feedback: shape(fb), feedbackCount };
}

// ─────────────────────────────── The lifecycle ───────────────────────────────

type Loaded = Prisma.EnforcementReferralGetPayload<{ include: { area: { select: { id: true; name: true; districtId: true; policeStationId: true } } } }>;
type Step = {
  data?: Prisma.EnforcementReferralUncheckedUpdateManyInput;
  event: { kind: ReferralEventKind; note?: string; toOrgId?: number; toOrgName?: string };
  notices?: { orgIds: number[]; message: string; params?: Record<string, string | number> }[];
  also?: (tx: Tx, r: Loaded) => Promise<void>;
  audit?: Record<string, unknown>;
};

async function step(actor: Actor, id: number, version: number, action: ReferralAction, ip: string, build: (r: Loaded, tx: Tx) => Promise<Step>): Promise<void> {
  requirePermission(actor, "referrals.view");
  if (permitted(actor, [action]).length === 0) throw notFound();
  await writeTransaction(async (tx) => {
    const r = await tx.enforcementReferral.findFirst({ where: scoped(actor, "enforcementReferral", { id }), include: { area: { select: { id: true, name: true, districtId: true, policeStationId: true } } } });
    if (!r) throw notFound();
    if (r.version !== version) throw new AppError("conflict");
    const t = referralTransition(r, action, actor);
    if (!t.ok) throw new AppError("invalidTransition");
    const s = await build(r, tx);
    const merged = { ...r, ...(s.data as Partial<Loaded>), status: t.status };
    const { count } = await tx.enforcementReferral.updateMany({
      where: { id, version },
      data: { ...s.data, status: t.status, currentDueDate: referralDueDate(merged), version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await tx.referralEvent.create({ data: { referralId: id, kind: s.event.kind, ...eventActor(actor), note: s.event.note ?? "", toOrgId: s.event.toOrgId ?? null, toOrgName: s.event.toOrgName ?? "" } });
    if (s.also) await s.also(tx, r);
    for (const n of s.notices ?? []) {
      await notify(tx, n.orgIds.filter((o) => o !== actor.orgId), { type: `referral.${action}`, entityType: "EnforcementReferral", entityId: id, message: n.message, params: { ref: r.ref, area: r.area.name, org: actor.orgName, ...n.params } });
    }
    await writeAudit(tx, actor, { action: `referral.${action}`, entity: "EnforcementReferral", entityId: id, summary: `${r.ref} ${t.status}`, details: { from: r.status, to: t.status, ...s.audit }, ip });
  });
}

export async function acceptReferral(actor: Actor, id: number, version: number, ip = ""): Promise<void> {
  await step(actor, id, version, "accept", ip, async (r) => ({
    data: { acceptedAt: new Date() },
    event: { kind: "ACCEPTED" },
    notices: [{ orgIds: [r.referringOrgId], message: "referral.accepted" }],
  }));
}

export async function returnReferral(actor: Actor, id: number, data: { reason: string; version: number }, ip = ""): Promise<void> {
  // The referring office must refer it on (docs/decisions/060).
  const stepDueDate = await dueDateAfter("REFERRAL_REREFER", today());
  await step(actor, id, data.version, "return", ip, async (r) => ({
    data: { returnReason: data.reason, stepDueDate },
    event: { kind: "RETURNED", note: data.reason },
    notices: [{ orgIds: [r.referringOrgId], message: "referral.returned" }],
    audit: { reason: data.reason },
  }));
}

export async function rereferReferral(actor: Actor, id: number, data: { departmentOrgId: number; reason: string; version: number }, ip = ""): Promise<void> {
  const feedbackDueDate = await dueDateAfter("REFERRAL_FEEDBACK", today());
  await step(actor, id, data.version, "rerefer", ip, async (r, tx) => {
    const target = (await targetsFor(r.area, tx)).find((o) => o.id === data.departmentOrgId);
    if (!target) throw new AppError("validation", { fieldErrors: { departmentOrgId: ["orgKind"] } });
    if (target.id === r.departmentOrgId) throw new AppError("validation", { fieldErrors: { departmentOrgId: ["sameHolder"] } });
    return {
      data: { departmentOrgId: target.id, feedbackDueDate, returnReason: "", acceptedAt: null },
      event: { kind: "REREFERRED", toOrgId: target.id, toOrgName: target.name, note: data.reason },
      notices: [{ orgIds: [target.id], message: "referral.referred", params: { due: feedbackDueDate } }],
      audit: { to: target.id, reason: data.reason },
    };
  });
}

export async function reportOutcome(actor: Actor, id: number, data: { measures: string; penaltyDecisionNo: string; version: number }, files: readonly PreparedFile[], ip = ""): Promise<void> {
  // The referring office must acknowledge the outcome (docs/decisions/060).
  const stepDueDate = await dueDateAfter("REFERRAL_ACKNOWLEDGE", today());
  await step(actor, id, data.version, "reportOutcome", ip, async (r) => ({
    data: { measures: data.measures, penaltyDecisionNo: data.penaltyDecisionNo, outcomeAt: new Date(), stepDueDate },
    event: { kind: "OUTCOME_REPORTED", note: data.penaltyDecisionNo ? `${data.measures}｜${data.penaltyDecisionNo}` : data.measures },
    also: (tx) => recordAttachments(tx, actor, "ReferralOutcome", r.id, files),
    notices: [{ orgIds: [r.referringOrgId], message: "referral.outcome" }],
    audit: { penaltyDecisionNo: data.penaltyDecisionNo, files: files.length },
  }));
}

export async function acknowledgeReferral(actor: Actor, id: number, data: { note: string; version: number }, ip = ""): Promise<void> {
  await step(actor, id, data.version, "acknowledge", ip, async (r) => ({
    data: { acknowledgedAt: new Date(), acknowledgeNote: data.note, closedAt: new Date() },
    event: { kind: "ACKNOWLEDGED", note: data.note },
    notices: [{ orgIds: [r.departmentOrgId], message: "referral.acknowledged" }],
  }));
}
