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
import { textSearch } from "@/lib/data/search";

const orgName = { select: { id: true, name: true } } as const;
const taskInclude = {
  area: { select: { id: true, name: true, propertyCompany: orgName, street: orgName } },
  assigneeOrg: orgName,
} satisfies Prisma.OutageAssistTaskInclude;
const outageInclude = {
  utilityOrg: { select: { id: true, name: true, phone: true } },
  tasks: { include: taskInclude, orderBy: { id: "asc" } },
} satisfies Prisma.OutageInclude;
type OutageRecord = Prisma.OutageGetPayload<{ include: typeof outageInclude }>;
export type OutageRow = OutageRecord & { overrunning: boolean };
export type AssistTaskRow = OutageRecord["tasks"][number] & { canConfirm: boolean };

function present(o: OutageRecord, now: Date): OutageRow {
  return { ...o, overrunning: isOutageOverrunning(o, now) };
}

/** The outage this actor's organisation announces, or null (post, telecom, cable TV; not a utility). */
export async function outageKindOf(actor: Actor): Promise<ReturnType<typeof outageKindFor>> {
  if (!can(actor, "outages.register")) return null;
  const org = await db.organisation.findUnique({ where: { id: actor.orgId }, select: { sector: true } });
  return outageKindFor(org?.sector ?? null);
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
  const o = await db.outage.findFirst({ where: scoped(actor, "outage", { id }), include: { ...outageInclude, events: { orderBy: { id: "asc" } } } });
  if (!o) throw notFound();
  const { events, ...record } = o;
  const assisting = can(actor, "outages.assist");
  return {
    ...present(record, new Date()),
    tasks: record.tasks.map((t) => ({ ...t, canConfirm: assisting && mayConfirmAssist(t, actor) })),
    events: events.map((e) => ({ id: e.id, at: e.at, kind: e.kind, actorName: e.actorName, actorOrgName: e.actorOrgName, areaName: e.areaName, note: e.note })),
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
    if (search.ids) and.push({ id: { in: search.ids } });
    if (search.minId !== null) and.push({ id: { gte: search.minId } });
    for (const term of search.shortTerms) and.push({ reason: { contains: term } });
  }
  return scoped(actor, "outage", ...and);
}

export async function listOutages(actor: Actor, filter: OutageFilter, page: { cursor?: string; size: number }): Promise<{ rows: OutageRow[]; nextCursor: string | null }> {
  requirePermission(actor, "outages.view");
  const where = await listWhere(actor, filter);
  const c = decodeCursor(page.cursor, /^$/);
  const rows = await db.outage.findMany({ where: c ? { AND: [where, { id: { lt: c.id } }] } : where, include: outageInclude, orderBy: { id: "desc" }, take: page.size + 1 });
  const more = rows.length > page.size;
  const shown = more ? rows.slice(0, page.size) : rows;
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
  const [tasks, active] = await Promise.all([
    can(actor, "outages.assist")
      ? db.outageAssistTask.findMany({
          where: scoped(actor, "outageAssistTask", { assigneeOrgId: actor.orgId, status: "PENDING" }),
          include: { ...taskInclude, outage: { select: { id: true, ref: true, kind: true, startAt: true, expectedEndAt: true, status: true, utilityOrg: { select: { name: true } } } } },
          orderBy: { id: "asc" }, take: 8,
        })
      : Promise.resolve([]),
    db.outage.findMany({ where: scoped(actor, "outage", { status: "ACTIVE" }), include: outageInclude, orderBy: { startAt: "asc" }, take: 5 }),
  ]);
  const now = new Date();
  return { tasks: tasks.map((t) => ({ ...t, canConfirm: true })), active: active.map((o) => present(o, now)) };
}

export async function canSeeOutage(actor: Actor, id: number): Promise<boolean> {
  if (!can(actor, "outages.view")) return false;
  return (await db.outage.count({ where: scoped(actor, "outage", { id }) })) === 1;
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
