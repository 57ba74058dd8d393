// Outages (停水 / 停气 / 停电 / 停热): registered by the utility concerned with the areas
// affected; each area's property company (or street office, where there is none) gets an assist
// task for emergency-repair support and confirms it; the utility records the restoration.
import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { addDays, parseCityDateTime, startOfCityDate } from "@/lib/domain/dates";
import { isOutageOverrunning, mayConfirmAssist, mayRestore, outageKindFor, outageTimesProblem, restoreTimeProblem } from "@/lib/domain/outage";
import { decodeCursor, encodeCursor } from "@/lib/domain/sort-cursor";
import { can, requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import type { OutageFilter, RegisterOutageData } from "@/lib/validation/works";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";
import { notify } from "@/lib/data/notifications";
import { eventActor, issueRef } from "@/lib/data/records";
import { matchedIds, textSearch } from "@/lib/data/search";
import { directory, type Directory } from "@/lib/data/directory";
import { allColumns, countRows, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";
import { sharedForOrg } from "@/lib/data/shared-cache";

type OrgName = { id: number; name: string };
type AssistTaskRecord = ModelRow<"OutageAssistTask"> & { area: { id: number; name: string; propertyCompany: OrgName | null; street: OrgName }; assigneeOrg: OrgName };
/** An outage with its utility and its areas' assist tasks (by id), as lists and records show them. */
type OutageRecord = ModelRow<"Outage"> & { utilityOrg: { id: number; name: string; phone: string }; tasks: AssistTaskRecord[] };
export type OutageRow = OutageRecord & { overrunning: boolean };
export type AssistTaskRow = OutageRecord["tasks"][number] & { canConfirm: boolean };

const OUTAGE_COLUMNS = allColumns("Outage");
const TASK_COLUMNS = allColumns("OutageAssistTask");

function orgName(dir: Directory, id: number): OrgName {
  return { id, name: dir.orgs.get(id)?.name ?? "" };
}

/** Assist tasks with their area (property company, street) and assignee named, from the directory. */
function namedTasks(dir: Directory, rows: ModelRow<"OutageAssistTask">[]): AssistTaskRecord[] {
  return rows.map((t) => {
    const a = dir.areas.get(t.areaId);
    const company = a ? a.propertyCompanyId : null;
    return {
      ...t,
      area: { id: t.areaId, name: a?.name ?? "", propertyCompany: company !== null ? orgName(dir, company) : null, street: orgName(dir, a?.streetId ?? t.streetId) },
      assigneeOrg: orgName(dir, t.assigneeOrgId),
    };
  });
}

/** Outage rows with their utility and all their tasks, two reads for the whole page. */
async function withTasks(dir: Directory, outages: ModelRow<"Outage">[]): Promise<OutageRecord[]> {
  if (outages.length === 0) return [];
  const [taskRows, utilities] = await Promise.all([
    findRows("OutageAssistTask", { where: { outageId: { in: outages.map((o) => o.id) } }, select: TASK_COLUMNS, orderBy: [["id", "asc"]] }),
    findRows("Organisation", { where: { id: { in: [...new Set(outages.map((o) => o.utilityOrgId))] } }, select: ["id", "name", "phone"] }),
  ]);
  const tasksOf = new Map<number, AssistTaskRecord[]>();
  for (const t of namedTasks(dir, taskRows)) {
    const list = tasksOf.get(t.outageId);
    if (list) list.push(t);
    else tasksOf.set(t.outageId, [t]);
  }
  const utilityOf = new Map(utilities.map((u) => [u.id, u]));
  return outages.map((o) => ({ ...o, utilityOrg: utilityOf.get(o.utilityOrgId) ?? { id: o.utilityOrgId, name: "", phone: "" }, tasks: tasksOf.get(o.id) ?? [] }));
}

function present(o: OutageRecord, now: Date): OutageRow {
  return { ...o, overrunning: isOutageOverrunning(o, now) };
}

/** The outage this actor's organisation announces, or null (post, telecom, cable TV; not a utility). */
export async function outageKindOf(actor: Actor): Promise<ReturnType<typeof outageKindFor>> {
  if (!can(actor, "outages.register")) return null;
  return outageKindFor((await directory()).orgs.get(actor.orgId)?.sector ?? null);
}

export async function registerOutage(actor: Actor, data: RegisterOutageData, ip = ""): Promise<number> {
  requirePermission(actor, "outages.register");
  const kind = await outageKindOf(actor);
  if (!kind) throw new AppError("outageSector");
  const startAt = parseCityDateTime(data.startAt);
  const expectedEndAt = parseCityDateTime(data.expectedEndAt);
  if (!startAt) throw new AppError("validation", { fieldErrors: { startAt: ["dateTime"] } });
  if (!expectedEndAt) throw new AppError("validation", { fieldErrors: { expectedEndAt: ["dateTime"] } });
  const problem = outageTimesProblem(startAt, expectedEndAt, new Date());
  if (problem === "endBeforeStart") throw new AppError("validation", { fieldErrors: { expectedEndAt: ["endBeforeStart"] } });
  if (problem === "startTooEarly") throw new AppError("validation", { fieldErrors: { startAt: ["tooOld"] } });
  const areas = await db.residentialArea.findMany({
    where: scoped(actor, "residentialArea", { id: { in: data.areaIds }, active: true }),
    select: { id: true, name: true, streetId: true, districtId: true, communityId: true, propertyCompanyId: true, ownersCommitteeId: true },
  });
  if (areas.length !== data.areaIds.length) throw new AppError("validation", { fieldErrors: { areaIds: ["areasRequired"] } });
  return writeTransaction(async (tx) => {
    const ref = await issueRef(tx, "Outage", new Date());
    const outage = await tx.outage.create({
      data: {
        ref, utilityOrgId: actor.orgId, registeredById: actor.userId, kind, reason: data.reason, startAt, expectedEndAt, status: "ACTIVE",
        tasks: {
          create: areas.map((a) => ({
            areaId: a.id, streetId: a.streetId, districtId: a.districtId, communityId: a.communityId, propertyCompanyId: a.propertyCompanyId,
            ownersCommitteeId: a.ownersCommitteeId, assigneeOrgId: a.propertyCompanyId ?? a.streetId,
          })),
        },
      },
    });
    await tx.outageEvent.create({ data: { outageId: outage.id, kind: "REGISTERED", ...eventActor(actor), areaName: areas.map((a) => a.name).join("、"), note: data.reason.slice(0, 200) } });
    const params = { ref, org: actor.orgName, kind };
    await notify(tx, [...new Set(areas.map((a) => a.propertyCompanyId ?? a.streetId))], { type: "outage.assist", entityType: "Outage", entityId: outage.id, message: `outage.assist.${kind}`, params });
    await notify(tx, [...new Set(areas.map((a) => a.ownersCommitteeId).filter((v): v is number => v !== null))], { type: "outage.registered", entityType: "Outage", entityId: outage.id, message: `outage.registered.${kind}`, params });
    await writeAudit(tx, actor, { action: "outage.register", entity: "Outage", entityId: outage.id, summary: `${ref} ${kind}`, details: { areas: data.areaIds, startAt, expectedEndAt }, ip });
    return outage.id;
  });
}

export type OutageEventRow = { id: number; at: Date; kind: string; actorName: string; actorOrgName: string; areaName: string; note: string };
export type OutageDetail = Omit<OutageRow, "tasks"> & { tasks: AssistTaskRow[]; events: OutageEventRow[]; canRestore: boolean };

export async function getOutage(actor: Actor, id: number): Promise<OutageDetail> {
  requirePermission(actor, "outages.view");
  const [found, dir] = await Promise.all([findRow("Outage", { where: scoped(actor, "outage", { id }), select: OUTAGE_COLUMNS }), directory()]);
  if (!found) throw notFound();
  const [[record], events] = await Promise.all([
    withTasks(dir, [found]),
    findRows("OutageEvent", { where: { outageId: id }, select: ["id", "at", "kind", "actorName", "actorOrgName", "areaName", "note"], orderBy: [["id", "asc"]] }),
  ]);
  const o = record!;
  const assisting = can(actor, "outages.assist");
  return {
    ...present(o, new Date()),
    tasks: o.tasks.map((t) => ({ ...t, canConfirm: assisting && mayConfirmAssist(t, actor) })),
    events,
    canRestore: can(actor, "outages.register") && mayRestore(o, actor),
  };
}

async function listWhere(actor: Actor, f: OutageFilter): Promise<Prisma.OutageWhereInput> {
  const and: Prisma.OutageWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.kind) and.push({ kind: f.kind });
  if (f.areaId) and.push({ tasks: { some: { areaId: f.areaId } } });
  if (f.streetId) and.push({ tasks: { some: { streetId: f.streetId } } });
  if (f.districtId) and.push({ tasks: { some: { districtId: f.districtId } } });
  if (f.utilityOrgId) and.push({ utilityOrgId: f.utilityOrgId });
  if (f.overdue) and.push({ status: "ACTIVE", expectedEndAt: { lt: new Date() } });
  if (f.from) and.push({ startAt: { gte: startOfCityDate(f.from) } });
  if (f.to) and.push({ startAt: { lt: startOfCityDate(addDays(f.to, 1)) } });
  const search = await textSearch("Outage", f.q);
  if (search) {
    if (search.match) and.push({ id: { in: await matchedIds(search.match) } });
    if (search.minId !== null) and.push({ id: { gte: search.minId } });
    for (const term of search.shortTerms) and.push({ reason: { contains: term } });
  }
  return scoped(actor, "outage", ...and);
}

export async function listOutages(actor: Actor, filter: OutageFilter, page: { cursor?: string; size: number }): Promise<{ rows: OutageRow[]; nextCursor: string | null }> {
  requirePermission(actor, "outages.view");
  const where = await listWhere(actor, filter);
  const c = decodeCursor(page.cursor, /^$/);
  const [rows, dir] = await Promise.all([
    findRows("Outage", { where: c ? { AND: [where, { id: { lt: c.id } }] } : where, select: OUTAGE_COLUMNS, orderBy: [["id", "desc"]], take: page.size + 1 }),
    directory(),
  ]);
  const more = rows.length > page.size;
  const shown = await withTasks(dir, more ? rows.slice(0, page.size) : rows);
  const now = new Date();
  return { rows: shown.map((o) => present(o, now)), nextCursor: more && shown.length > 0 ? encodeCursor("", shown.at(-1)!.id) : null };
}

export async function* exportOutages(actor: Actor, filter: OutageFilter, limit = 50_000): AsyncGenerator<OutageRow[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await listOutages(actor, filter, { cursor, size: 500 });
    yield page.rows;
    sent += page.rows.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < limit);
}

export type OutageInbox = {
  tasks: (AssistTaskRow & { outage: { id: number; ref: string; kind: string; startAt: Date; expectedEndAt: Date; status: string; utilityOrg: { name: string } } })[];
  active: OutageRow[];
};

/** Property companies: assist tasks to confirm. Utilities and the areas' offices: outages still on. */
export async function outageInbox(actor: Actor): Promise<OutageInbox> {
  if (!can(actor, "outages.view")) return { tasks: [], active: [] };
  // It holds "now" (how long an outage has lasted), so per minute.
  return sharedForOrg(actor, "outageInbox", () => inboxOf(actor), true);
}

async function inboxOf(actor: Actor): Promise<OutageInbox> {
  const [taskRows, activeRows, dir] = await Promise.all([
    can(actor, "outages.assist")
      ? findRows("OutageAssistTask", { where: scoped(actor, "outageAssistTask", { assigneeOrgId: actor.orgId, status: "PENDING" }), select: TASK_COLUMNS, orderBy: [["id", "asc"]], take: 8 })
      : Promise.resolve([]),
    findRows("Outage", { where: scoped(actor, "outage", { status: "ACTIVE" }), select: OUTAGE_COLUMNS, orderBy: [["startAt", "asc"]], take: 5 }),
    directory(),
  ]);
  const [taskOutages, active] = await Promise.all([
    taskRows.length > 0
      ? findRows("Outage", { where: { id: { in: [...new Set(taskRows.map((t) => t.outageId))] } }, select: ["id", "ref", "kind", "startAt", "expectedEndAt", "status", "utilityOrgId"] })
      : Promise.resolve([]),
    withTasks(dir, activeRows),
  ]);
  const outageOf = new Map(taskOutages.map(({ utilityOrgId, ...o }) => [o.id, { ...o, utilityOrg: { name: dir.orgs.get(utilityOrgId)?.name ?? "" } }]));
  const now = new Date();
  return {
    tasks: namedTasks(dir, taskRows).flatMap((t) => {
      const outage = outageOf.get(t.outageId);
      return outage ? [{ ...t, outage, canConfirm: true }] : [];
    }),
    active: active.map((o) => present(o, now)),
  };
}

export async function canSeeOutage(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "outages.view")) return false;
  return (await countRows("Outage", scoped(actor, "outage", { id }))) === 1;
}

export async function restoreOutage(actor: Actor, id: number, data: { actualEndAt: string; note: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "outages.register");
  const actualEndAt = parseCityDateTime(data.actualEndAt);
  if (!actualEndAt) throw new AppError("validation", { fieldErrors: { actualEndAt: ["dateTime"] } });
  await writeTransaction(async (tx) => {
    const o = await tx.outage.findFirst({ where: scoped(actor, "outage", { id }), include: { tasks: { select: { assigneeOrgId: true, ownersCommitteeId: true } } } });
    if (!o) throw notFound();
    if (o.version !== data.version) throw new AppError("conflict");
    if (!mayRestore(o, actor)) throw new AppError("invalidTransition");
    const problem = restoreTimeProblem(o, actualEndAt, new Date());
    if (problem === "beforeStart") throw new AppError("validation", { fieldErrors: { actualEndAt: ["beforeStart"] } });
    if (problem === "inFuture") throw new AppError("validation", { fieldErrors: { actualEndAt: ["notInFuture"] } });
    const { count } = await tx.outage.updateMany({ where: { id, version: data.version }, data: { status: "RESTORED", actualEndAt, restoreNote: data.note, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    await tx.outageEvent.create({ data: { outageId: id, kind: "RESTORED", ...eventActor(actor), note: data.note } });
    const orgs = o.tasks.flatMap((t) => [t.assigneeOrgId, t.ownersCommitteeId]).filter((v): v is number => v !== null);
    await notify(tx, orgs, { type: "outage.restored", entityType: "Outage", entityId: id, message: "outage.restored", params: { ref: o.ref, org: actor.orgName, kind: o.kind } });
    await writeAudit(tx, actor, { action: "outage.restore", entity: "Outage", entityId: id, summary: `${o.ref} RESTORED`, details: { actualEndAt, note: data.note }, ip });
  });
}

export async function confirmAssistTask(actor: Actor, taskId: number, data: { note: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "outages.assist");
  await writeTransaction(async (tx) => {
    const t = await tx.outageAssistTask.findFirst({ where: scoped(actor, "outageAssistTask", { id: taskId }), include: { outage: true, area: { select: { name: true } } } });
    if (!t) throw notFound();
    if (t.version !== data.version) throw new AppError("conflict");
    if (!mayConfirmAssist(t, actor)) throw new AppError("invalidTransition");
    const { count } = await tx.outageAssistTask.updateMany({
      where: { id: taskId, version: data.version },
      data: { status: "CONFIRMED", confirmNote: data.note, confirmedAt: new Date(), confirmedByName: actor.name, version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await tx.outageEvent.create({ data: { outageId: t.outageId, kind: "ASSIST_CONFIRMED", ...eventActor(actor), areaName: t.area.name, note: data.note } });
    await notify(tx, [t.outage.utilityOrgId], { type: "outage.assistConfirmed", entityType: "Outage", entityId: t.outageId, message: "outage.assistConfirmed", params: { ref: t.outage.ref, org: actor.orgName, area: t.area.name } });
    await writeAudit(tx, actor, { action: "outage.confirmAssist", entity: "Outage", entityId: t.outageId, summary: `${t.outage.ref} ${t.area.name}`, details: { note: data.note }, ip });
  });
}
