// Planned works of public-service units (公共服务联动): registered with their areas, whose
// property companies and owners' committees are told at once (before the start); restored
// afterwards; the restoration confirmed or disputed area by area.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import {
  allowedWorksActions,
  isRestorationOverdue,
  mayAnswerRestoration,
  mayTakeWorks,
  statusAfterAnswers,
  worksDatesProblem,
  worksPhase,
  type WorksAction,
  type WorksEventKind,
} from "@/lib/domain/works";
import { decodeCursor, encodeCursor } from "@/lib/domain/sort-cursor";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { RegisterWorksData, WorksFilter } from "@/lib/validation/works";
import { listAttachments, recordAttachments, type AttachmentRow, type PreparedFile } from "@/lib/data/attachments";
import { writeAudit } from "@/lib/data/audit";
import { today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { eventActor, issueRef } from "@/lib/data/records";
import { matchedIds, textSearch } from "@/lib/data/search";
import { directory, type Directory } from "@/lib/data/directory";
import { allColumns, countRows, findRow, findRows, type Order } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";
import { shared, sharedForOrg } from "@/lib/data/shared-cache";

type OrgName = { id: number; name: string };
type WorksAreaRecord = ModelRow<"PlannedWorksArea"> & {
  area: { id: number; name: string; address: string; propertyCompany: OrgName | null; ownersCommittee: OrgName | null; street: OrgName };
  confirmerOrg: OrgName;
};
/** Planned works with their utility and their areas (by id), as lists and records show them. */
type WorksRecord = ModelRow<"PlannedWorks"> & { utilityOrg: { id: number; name: string; phone: string; address: string }; areas: WorksAreaRecord[] };

export type WorksRow = WorksRecord & { overdue: boolean; phase: ReturnType<typeof worksPhase> };
export type WorksAreaRow = WorksRecord["areas"][number] & { canAnswer: boolean };

const WORKS_COLUMNS = allColumns("PlannedWorks");
const WORKS_AREA_COLUMNS = allColumns("PlannedWorksArea");

function orgName(dir: Directory, id: number): OrgName {
  return { id, name: dir.orgs.get(id)?.name ?? "" };
}

/** Works areas with their area (address, property company, owners' committee, street) and confirmer named. */
async function namedWorksAreas(dir: Directory, rows: ModelRow<"PlannedWorksArea">[]): Promise<WorksAreaRecord[]> {
  if (rows.length === 0) return [];
  // The address is not in the directory: one read for the areas of these rows.
  const addresses = await findRows("ResidentialArea", { where: { id: { in: [...new Set(rows.map((r) => r.areaId))] } }, select: ["id", "address"] });
  const addressOf = new Map(addresses.map((a) => [a.id, a.address]));
  return rows.map((r) => {
    const a = dir.areas.get(r.areaId);
    const company = a ? a.propertyCompanyId : null;
    const owners = a ? a.ownersCommitteeId : null;
    return {
      ...r,
      area: {
        id: r.areaId, name: a?.name ?? "", address: addressOf.get(r.areaId) ?? "",
        propertyCompany: company !== null ? orgName(dir, company) : null,
        ownersCommittee: owners !== null ? orgName(dir, owners) : null,
        street: orgName(dir, a?.streetId ?? r.streetId),
      },
      confirmerOrg: orgName(dir, r.confirmerOrgId),
    };
  });
}

/** Works rows with their utility and all their areas, two reads for the whole page. */
async function withAreas(dir: Directory, works: ModelRow<"PlannedWorks">[]): Promise<WorksRecord[]> {
  if (works.length === 0) return [];
  const [areaRows, utilities] = await Promise.all([
    findRows("PlannedWorksArea", { where: { worksId: { in: works.map((w) => w.id) } }, select: WORKS_AREA_COLUMNS, orderBy: [["id", "asc"]] }),
    findRows("Organisation", { where: { id: { in: [...new Set(works.map((w) => w.utilityOrgId))] } }, select: ["id", "name", "phone", "address"] }),
  ]);
  const areasOf = new Map<number, WorksAreaRecord[]>();
  for (const a of await namedWorksAreas(dir, areaRows)) {
    const list = areasOf.get(a.worksId);
    if (list) list.push(a);
    else areasOf.set(a.worksId, [a]);
  }
  const utilityOf = new Map(utilities.map((u) => [u.id, u]));
  return works.map((w) => ({
    ...w,
    utilityOrg: utilityOf.get(w.utilityOrgId) ?? { id: w.utilityOrgId, name: "", phone: "", address: "" },
    areas: areasOf.get(w.id) ?? [],
  }));
}

function present(w: WorksRecord, todayDate: string): WorksRow {
  return { ...w, overdue: isRestorationOverdue(w, todayDate), phase: worksPhase(w, todayDate) };
}

/** The organisations told about works in these areas: property companies and owners' committees. */
function noticeOrgs(areas: readonly { propertyCompanyId: number | null; ownersCommitteeId: number | null }[]): number[] {
  return [...new Set(areas.flatMap((a) => [a.propertyCompanyId, a.ownersCommitteeId]).filter((v): v is number => v !== null))];
}

export async function registerWorks(actor: Actor, data: RegisterWorksData, ip = ""): Promise<number> {
  requirePermission(actor, "works.register");
  const problem = worksDatesProblem(data.startDate, data.endDate, today());
  if (problem === "startNotFuture") throw new AppError("validation", { fieldErrors: { startDate: ["startNotFuture"] } });
  if (problem === "endBeforeStart") throw new AppError("validation", { fieldErrors: { endDate: ["endBeforeStart"] } });
  const areas = await db.residentialArea.findMany({
    where: scoped(actor, "residentialArea", { id: { in: data.areaIds }, active: true }),
    select: { id: true, name: true, streetId: true, districtId: true, communityId: true, propertyCompanyId: true, ownersCommitteeId: true },
  });
  if (areas.length !== data.areaIds.length) throw new AppError("validation", { fieldErrors: { areaIds: ["areasRequired"] } });
  return writeTransaction(async (tx) => {
    const ref = await issueRef(tx, "PlannedWorks", new Date());
    const works = await tx.plannedWorks.create({
      data: {
        ref, utilityOrgId: actor.orgId, registeredById: actor.userId, title: data.title, description: data.description, occupies: data.occupies,
        startDate: data.startDate, endDate: data.endDate, contactName: data.contactName, contactPhone: data.contactPhone, status: "NOTIFIED",
        areas: {
          create: areas.map((a) => ({
            areaId: a.id, streetId: a.streetId, districtId: a.districtId, communityId: a.communityId, propertyCompanyId: a.propertyCompanyId,
            ownersCommitteeId: a.ownersCommitteeId, confirmerOrgId: a.propertyCompanyId ?? a.streetId,
          })),
        },
      },
    });
    await tx.worksEvent.create({ data: { worksId: works.id, kind: "NOTIFIED", ...eventActor(actor), areaName: areas.map((a) => a.name).join("、"), note: `${data.startDate} ~ ${data.endDate}` } });
    await notify(tx, noticeOrgs(areas), {
      type: "works.notified", entityType: "PlannedWorks", entityId: works.id, message: "works.notified",
      params: { ref, org: actor.orgName, title: data.title, start: data.startDate, end: data.endDate },
    });
    await writeAudit(tx, actor, { action: "works.register", entity: "PlannedWorks", entityId: works.id, summary: `${ref} ${data.title}`, details: { areas: data.areaIds, startDate: data.startDate, endDate: data.endDate }, ip });
    return works.id;
  });
}

export type WorksEventRow = { id: number; at: Date; kind: string; actorName: string; actorOrgName: string; areaName: string; note: string };
export type WorksDetail = Omit<WorksRow, "areas"> & { areas: WorksAreaRow[]; events: WorksEventRow[]; files: AttachmentRow[]; allowed: WorksAction[] };

export async function canSeeWorks(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "works.view")) return false;
  return (await countRows("PlannedWorks", scoped(actor, "plannedWorks", { id }))) === 1;
}

export async function getWorks(actor: Actor, id: number): Promise<WorksDetail> {
  requirePermission(actor, "works.view");
  const [found, dir] = await Promise.all([findRow("PlannedWorks", { where: scoped(actor, "plannedWorks", { id }), select: WORKS_COLUMNS }), directory()]);
  if (!found) throw notFound();
  const [[record], events, files] = await Promise.all([
    withAreas(dir, [found]),
    findRows("WorksEvent", { where: { worksId: id }, select: ["id", "at", "kind", "actorName", "actorOrgName", "areaName", "note"], orderBy: [["id", "asc"]] }),
    listAttachments("PlannedWorks", [found.id]),
  ]);
  const w = record!;
  const todayDate = today();
  const answering = can(actor, "works.confirm");
  return {
    ...present(w, todayDate),
    areas: w.areas.map((a) => ({ ...a, canAnswer: answering && mayAnswerRestoration(w, a, actor) })),
    events,
    files,
    allowed: can(actor, "works.register") ? allowedWorksActions(w, actor, todayDate) : [],
  };
}

async function listWhere(actor: Actor, f: WorksFilter): Promise<Prisma.PlannedWorksWhereInput> {
  const and: Prisma.PlannedWorksWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.areaId) and.push({ areas: { some: { areaId: f.areaId } } });
  if (f.streetId) and.push({ areas: { some: { streetId: f.streetId } } });
  if (f.districtId) and.push({ areas: { some: { districtId: f.districtId } } });
  if (f.utilityOrgId) and.push({ utilityOrgId: f.utilityOrgId });
  if (f.overdue) and.push({ status: "NOTIFIED", endDate: { lt: today() } });
  if (f.from) and.push({ endDate: { gte: f.from } });
  if (f.to) and.push({ startDate: { lte: f.to } });
  const search = await textSearch("PlannedWorks", f.q);
  if (search) {
    if (search.match) and.push({ id: { in: await matchedIds(search.match) } });
    if (search.minId !== null) and.push({ id: { gte: search.minId } });
    for (const term of search.shortTerms) and.push({ OR: [{ title: { contains: term } }, { description: { contains: term } }, { occupies: { contains: term } }] });
  }
  return scoped(actor, "plannedWorks", ...and);
}

export async function listWorks(actor: Actor, filter: WorksFilter, page: { cursor?: string; size: number }): Promise<{ rows: WorksRow[]; nextCursor: string | null }> {
  requirePermission(actor, "works.view");
  const where = await listWhere(actor, filter);
  let orderBy: Order<"PlannedWorks">[];
  let after: Prisma.PlannedWorksWhereInput | null = null;
  if (filter.sort === "start") {
    orderBy = [["startDate", "desc"], ["id", "desc"]];
    const c = decodeCursor(page.cursor, /^\d{4}-\d{2}-\d{2}$/);
    if (c) after = { OR: [{ startDate: { lt: c.key } }, { startDate: c.key, id: { lt: c.id } }] };
  } else {
    orderBy = [["id", "desc"]];
    const c = decodeCursor(page.cursor, /^$/);
    if (c) after = { id: { lt: c.id } };
  }
  const [rows, dir] = await Promise.all([
    findRows("PlannedWorks", { where: after ? { AND: [where, after] } : where, select: WORKS_COLUMNS, orderBy, take: page.size + 1 }),
    directory(),
  ]);
  const more = rows.length > page.size;
  const shown = await withAreas(dir, more ? rows.slice(0, page.size) : rows);
  const last = shown.at(-1);
  const todayDate = today();
  return { rows: shown.map((w) => present(w, todayDate)), nextCursor: more && last ? encodeCursor(filter.sort === "start" ? last.startDate : "", last.id) : null };
}

export async function* exportWorks(actor: Actor, filter: WorksFilter, limit = 50_000): AsyncGenerator<WorksRow[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await listWorks(actor, filter, { cursor, size: 500 });
    yield page.rows;
    sent += page.rows.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < limit);
}

export type WorksInbox = {
  /** Area rows this organisation must confirm or dispute. */
  toConfirm: (WorksAreaRow & { works: { id: number; ref: string; title: string; utilityOrg: { name: string } } })[];
  /** Works announced in this organisation's areas that have not ended yet. */
  upcoming: WorksRow[];
  /** The utility's own works awaiting its restoration report (started, or disputed). */
  toRestore: WorksRow[];
};

export async function worksInbox(actor: Actor): Promise<WorksInbox> {
  const empty: WorksInbox = { toConfirm: [], upcoming: [], toRestore: [] };
  if (!can(actor, "works.view")) return empty;
  return sharedForOrg(actor, "worksInbox", () => inboxOf(actor));
}

async function inboxOf(actor: Actor): Promise<WorksInbox> {
  const todayDate = today();
  const isUtility = actor.orgKind === "UTILITY";
  const [confirming, upcoming, toRestore, dir] = await Promise.all([
    can(actor, "works.confirm")
      ? findRows("PlannedWorksArea", {
          where: scoped(actor, "plannedWorksArea", { confirmerOrgId: actor.orgId, restoration: "PENDING", works: { status: { in: ["RESTORATION_REPORTED", "DISPUTED"] } } }),
          select: WORKS_AREA_COLUMNS, orderBy: [["id", "asc"]], take: 8,
        })
      : Promise.resolve([]),
    isUtility
      ? Promise.resolve([])
      : findRows("PlannedWorks", { where: scoped(actor, "plannedWorks", { status: "NOTIFIED", endDate: { gte: todayDate } }), select: WORKS_COLUMNS, orderBy: [["startDate", "asc"], ["id", "asc"]], take: 5 }),
    isUtility
      ? findRows("PlannedWorks", {
          where: scoped(actor, "plannedWorks", { OR: [{ status: "NOTIFIED", startDate: { lte: todayDate } }, { status: "DISPUTED" }] }),
          select: WORKS_COLUMNS, orderBy: [["endDate", "asc"], ["id", "asc"]], take: 8,
        })
      : Promise.resolve([]),
    directory(),
  ]);
  const [areas, confirmingWorks, upcomingRows, toRestoreRows] = await Promise.all([
    namedWorksAreas(dir, confirming),
    confirming.length > 0 ? findRows("PlannedWorks", { where: { id: { in: [...new Set(confirming.map((a) => a.worksId))] } }, select: ["id", "ref", "title", "utilityOrgId"] }) : Promise.resolve([]),
    withAreas(dir, upcoming),
    withAreas(dir, toRestore),
  ]);
  const worksOf = new Map(confirmingWorks.map((w) => [w.id, { id: w.id, ref: w.ref, title: w.title, utilityOrg: { name: dir.orgs.get(w.utilityOrgId)?.name ?? "" } }]));
  return {
    toConfirm: areas.map((a) => ({ ...a, works: worksOf.get(a.worksId) ?? { id: a.worksId, ref: "", title: "", utilityOrg: { name: "" } }, canAnswer: true })),
    upcoming: upcomingRows.map((w) => present(w, todayDate)),
    toRestore: toRestoreRows.map((w) => present(w, todayDate)),
  };
}

// ─────────────────────────────── Steps ───────────────────────────────

async function worksStep(
  actor: Actor, id: number, version: number, action: WorksAction, ip: string,
  build: (w: Prisma.PlannedWorksGetPayload<{ include: { areas: true } }>, tx: Tx) => Promise<{ data: Prisma.PlannedWorksUncheckedUpdateManyInput; event: { kind: WorksEventKind; note: string }; notices: { orgIds: number[]; message: string }; also?: () => Promise<void> }>,
): Promise<void> {
  requirePermission(actor, "works.register");
  await writeTransaction(async (tx) => {
    const w = await tx.plannedWorks.findFirst({ where: scoped(actor, "plannedWorks", { id }), include: { areas: true } });
    if (!w) throw notFound();
    if (w.version !== version) throw new AppError("conflict");
    if (!mayTakeWorks(w, action, actor, today())) throw new AppError("invalidTransition");
    const s = await build(w, tx);
    const { count } = await tx.plannedWorks.updateMany({ where: { id, version }, data: { ...s.data, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    if (s.also) await s.also();
    await tx.worksEvent.create({ data: { worksId: id, kind: s.event.kind, ...eventActor(actor), note: s.event.note } });
    await notify(tx, s.notices.orgIds, { type: `works.${action}`, entityType: "PlannedWorks", entityId: id, message: s.notices.message, params: { ref: w.ref, org: actor.orgName, title: w.title } });
    await writeAudit(tx, actor, { action: `works.${action}`, entity: "PlannedWorks", entityId: id, summary: `${w.ref} ${s.data.status ?? w.status}`, details: { note: s.event.note }, ip });
  });
}

export async function reportRestoration(actor: Actor, id: number, data: { restoredOn: string; note: string; version: number }, files: readonly PreparedFile[], ip = ""): Promise<void> {
  await worksStep(actor, id, data.version, "reportRestoration", ip, async (w, tx) => {
    if (data.restoredOn < w.startDate) throw new AppError("validation", { fieldErrors: { restoredOn: ["beforeStart"] } });
    if (data.restoredOn > today()) throw new AppError("validation", { fieldErrors: { restoredOn: ["notInFuture"] } });
    // Areas that disputed the last report answer again; confirmed ones stay confirmed.
    const again = w.areas.filter((a) => a.restoration !== "CONFIRMED");
    return {
      data: { status: "RESTORATION_REPORTED", restoredOn: data.restoredOn, restorationNote: data.note, restorationReportedAt: new Date() },
      event: { kind: "RESTORATION_REPORTED", note: `${data.restoredOn}｜${data.note}` },
      notices: { orgIds: again.map((a) => a.confirmerOrgId), message: "works.restorationReported" },
      also: async () => {
        await tx.plannedWorksArea.updateMany({ where: { worksId: w.id, restoration: "DISPUTED" }, data: { restoration: "PENDING", version: { increment: 1 } } });
        await recordAttachments(tx, actor, "PlannedWorks", w.id, files);
      },
    };
  });
}

export async function cancelWorks(actor: Actor, id: number, data: { reason: string; version: number }, ip = ""): Promise<void> {
  await worksStep(actor, id, data.version, "cancel", ip, async (w) => ({
    data: { status: "CANCELLED", cancelReason: data.reason, cancelledAt: new Date() },
    event: { kind: "CANCELLED", note: data.reason },
    notices: { orgIds: noticeOrgs(w.areas), message: "works.cancelled" },
  }));
}

/** A property company (or the street office, where an area has none) confirms or disputes the restoration of its area. */
export async function answerRestoration(actor: Actor, worksAreaId: number, data: { confirm: boolean; note: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "works.confirm");
  await writeTransaction(async (tx) => {
    const row = await tx.plannedWorksArea.findFirst({ where: scoped(actor, "plannedWorksArea", { id: worksAreaId }), include: { works: true, area: { select: { name: true } } } });
    if (!row) throw notFound();
    if (row.version !== data.version) throw new AppError("conflict");
    if (!mayAnswerRestoration(row.works, row, actor)) throw new AppError("invalidTransition");
    const answer = data.confirm ? "CONFIRMED" : "DISPUTED";
    const { count } = await tx.plannedWorksArea.updateMany({
      where: { id: row.id, version: data.version },
      data: { restoration: answer, answerNote: data.note, answeredAt: new Date(), answeredByName: actor.name, version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    const answers = await tx.plannedWorksArea.findMany({ where: { worksId: row.worksId }, select: { restoration: true } });
    const status = statusAfterAnswers(answers.map((a) => a.restoration));
    await tx.plannedWorks.update({ where: { id: row.worksId }, data: { status, closedAt: status === "CLOSED" ? new Date() : null, version: { increment: 1 } } });
    await tx.worksEvent.create({ data: { worksId: row.worksId, kind: data.confirm ? "RESTORATION_CONFIRMED" : "RESTORATION_DISPUTED", ...eventActor(actor), areaName: row.area.name, note: data.note } });
    if (status === "CLOSED") await tx.worksEvent.create({ data: { worksId: row.worksId, kind: "CLOSED", ...eventActor(actor) } });
    await notify(tx, [row.works.utilityOrgId], {
      type: `works.${answer.toLowerCase()}`, entityType: "PlannedWorks", entityId: row.worksId,
      message: data.confirm ? "works.restorationConfirmed" : "works.restorationDisputed", params: { ref: row.works.ref, org: actor.orgName, area: row.area.name },
    });
    await writeAudit(tx, actor, { action: data.confirm ? "works.confirmRestoration" : "works.disputeRestoration", entity: "PlannedWorks", entityId: row.worksId, summary: `${row.works.ref} ${row.area.name} ${answer}`, details: { note: data.note, worksStatus: status }, ip });
  });
}

/** Areas a utility may announce works or outages in (all active areas in its scope), grouped by district and street.
 * The same for everyone whose scope selects the same areas, so kept until the directory changes. */
export async function areaPickerOptions(actor: Actor): Promise<{ id: number; name: string; group: string }[]> {
  const where = scoped(actor, "residentialArea", { active: true });
  return shared(`areaPicker:${JSON.stringify(where)}`, ["directory"], async () => {
    const [rows, dir] = await Promise.all([
      findRows("ResidentialArea", { where, select: ["id", "name", "districtId", "streetId"], orderBy: [["districtId", "asc"], ["streetId", "asc"], ["name", "asc"]], take: 5000 }),
      directory(),
    ]);
    return rows.map((r) => ({ id: r.id, name: r.name, group: `${dir.orgs.get(r.districtId)?.name ?? ""} · ${dir.orgs.get(r.streetId)?.name ?? ""}` }));
  });
}
