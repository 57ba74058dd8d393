// The integration API's data (issue 13, docs/decisions/070–073): registered external systems and
// their keys (administration), the Actor of an API request, work orders registered as complaints
// through registerComplaint, their status, and the lifecycle events posted back to the system's
// webhook through the outbox.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import { writeAudit } from "@/lib/data/audit";
import { assertUpdated } from "@/lib/data/concurrency";
import { registerComplaint, getComplaint } from "@/lib/data/complaints";
import { recordReturnVisit } from "@/lib/data/satisfaction";
import { findRow, findRows, countBy } from "@/lib/data/read";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { directory, orgRef } from "@/lib/data/directory";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, scopeOf, type Actor } from "@/lib/scope";
import { issueApiKey, keyMatches, keyPrefix } from "@/lib/api/keys";
import { consume, type RateDecision } from "@/lib/api/rate-limit";
import { workOrderEventFor, workOrderFingerprint, type WorkOrderEvent } from "@/lib/domain/work-order";
import type { OrgKind } from "@/lib/domain/organisation";
import { channelSchema } from "@/lib/domain/complaint";
import type { ExternalSystemData, WorkOrderData, WorkOrderVisitData } from "@/lib/validation/integration";

// ─────────────────────────────── Administration ───────────────────────────────

/** The organisations whose scope a system may work in: the bureau (whole city) or a district. */
const SCOPE_KINDS = ["HOUSING_BUREAU", "DISTRICT_GOVERNMENT"] as const;

export type ExternalSystemRow = {
  id: number; code: string; name: string; channel: string; scopeOrgId: number; scopeOrgName: string;
  webhookUrl: string; hasWebhookSecret: boolean; rateLimit: number; active: boolean; version: number;
  activeKeys: number; workOrders: number; createdAt: Date;
};

const SYSTEM_COLUMNS = ["id", "code", "name", "channel", "scopeOrgId", "webhookUrl", "webhookSecret", "rateLimit", "active", "version", "createdAt"] as const;

export async function scopeOrgOptions(actor: Actor): Promise<{ id: number; name: string; kind: string }[]> {
  requirePermission(actor, "admin.integrations");
  return findRows("Organisation", {
    where: scoped(actor, "organisation", { kind: { in: [...SCOPE_KINDS] }, active: true }),
    select: ["id", "name", "kind"],
    orderBy: [["kind", "desc"], ["name", "asc"]],
  });
}

export async function listExternalSystems(actor: Actor): Promise<ExternalSystemRow[]> {
  requirePermission(actor, "admin.integrations");
  const rows = await findRows("ExternalSystem", { where: scoped(actor, "externalSystem"), select: SYSTEM_COLUMNS, orderBy: [["name", "asc"]], take: 500 });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [keys, orders, orgs] = await Promise.all([
    countBy("ApiKey", ["systemId"], scoped(actor, "apiKey", { systemId: { in: ids }, revokedAt: null })),
    countBy("WorkOrderLink", ["systemId"], scoped(actor, "workOrderLink", { systemId: { in: ids } })),
    findRows("Organisation", { where: { id: { in: [...new Set(rows.map((r) => r.scopeOrgId))] } }, select: ["id", "name"] }),
  ]);
  const keyCount = new Map(keys.map((k) => [k.systemId, k.count]));
  const orderCount = new Map(orders.map((k) => [k.systemId, k.count]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map(({ webhookSecret, ...r }) => ({
    ...r, hasWebhookSecret: webhookSecret !== "", scopeOrgName: orgName.get(r.scopeOrgId) ?? "",
    activeKeys: keyCount.get(r.id) ?? 0, workOrders: orderCount.get(r.id) ?? 0,
  }));
}

export type ApiKeyRow = { id: number; prefix: string; label: string; createdByName: string; createdAt: Date; revokedAt: Date | null; revokedByName: string };
export type DeliveryRow = { id: number; status: string; attempts: number; createdAt: Date; sentAt: Date | null; nextAttemptAt: Date; lastError: string; subject: string; sourceId: number | null };
export type ExternalSystemDetail = ExternalSystemRow & { keys: ApiKeyRow[] };

export async function getExternalSystem(actor: Actor, id: number): Promise<ExternalSystemDetail> {
  requirePermission(actor, "admin.integrations");
  const system = (await listExternalSystems(actor)).find((s) => s.id === id);
  if (!system) throw notFound();
  const keys = await findRows("ApiKey", {
    where: scoped(actor, "apiKey", { systemId: id }),
    select: ["id", "prefix", "label", "createdByName", "createdAt", "revokedAt", "revokedByName"],
    orderBy: [["id", "desc"]],
    take: 200,
  });
  return { ...system, keys };
}

/** The deliveries to a system's webhook, newest first (keyset pages). */
export async function listSystemDeliveries(actor: Actor, systemId: number, page: PageRequest): Promise<Page<DeliveryRow>> {
  requirePermission(actor, "admin.integrations");
  const rows = await findRows("OutboxDelivery", {
    where: scoped(actor, "outboxDelivery", { systemId, ...(page.cursor ? { id: { lt: page.cursor } } : {}) }),
    select: ["id", "status", "attempts", "createdAt", "sentAt", "nextAttemptAt", "lastError", "subject", "sourceId"],
    orderBy: [["id", "desc"]],
    take: page.size + 1,
  });
  return pageOf(rows, page.size, (r) => r.id);
}

async function checkScopeOrg(tx: Tx, actor: Actor, orgId: number): Promise<void> {
  const org = await tx.organisation.findFirst({ where: scoped(actor, "organisation", { id: orgId, active: true, kind: { in: [...SCOPE_KINDS] } }), select: { id: true } });
  if (!org) throw new AppError("validation", { fieldErrors: { scopeOrgId: ["orgKind"] } });
}

function secretChange(data: ExternalSystemData): { webhookSecret?: string } {
  return data.webhookSecret ? { webhookSecret: data.webhookSecret } : {};
}

export async function createExternalSystem(actor: Actor, data: ExternalSystemData, ip = ""): Promise<number> {
  requirePermission(actor, "admin.integrations");
  if (data.webhookUrl && !data.webhookSecret) throw new AppError("validation", { fieldErrors: { webhookSecret: ["integration.secretRequired"] } });
  return writeTransaction(async (tx) => {
    await checkScopeOrg(tx, actor, data.scopeOrgId);
    if (await tx.externalSystem.findUnique({ where: { code: data.code }, select: { id: true } })) throw new AppError("validation", { fieldErrors: { code: ["duplicate"] } });
    const s = await tx.externalSystem.create({
      data: { code: data.code, name: data.name, channel: data.channel, scopeOrgId: data.scopeOrgId, webhookUrl: data.webhookUrl, rateLimit: data.rateLimit, active: data.active, ...secretChange(data) },
    });
    await writeAudit(tx, actor, {
      action: "integration.system.create", entity: "ExternalSystem", entityId: s.id, summary: `${s.code} ${s.name}`,
      details: { channel: s.channel, scopeOrgId: s.scopeOrgId, webhookUrl: s.webhookUrl, rateLimit: s.rateLimit, webhookSecretSet: Boolean(data.webhookSecret) }, ip,
    });
    return s.id;
  });
}

export async function updateExternalSystem(actor: Actor, id: number, data: ExternalSystemData & { version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "admin.integrations");
  await writeTransaction(async (tx) => {
    const s = await tx.externalSystem.findFirst({ where: scoped(actor, "externalSystem", { id }) });
    if (!s) throw notFound();
    if (s.version !== data.version) throw new AppError("conflict");
    await checkScopeOrg(tx, actor, data.scopeOrgId);
    if (data.code !== s.code && (await tx.externalSystem.findUnique({ where: { code: data.code }, select: { id: true } }))) throw new AppError("validation", { fieldErrors: { code: ["duplicate"] } });
    if (data.webhookUrl && !data.webhookSecret && !s.webhookSecret) throw new AppError("validation", { fieldErrors: { webhookSecret: ["integration.secretRequired"] } });
    const { count } = await tx.externalSystem.updateMany({
      where: { id, version: data.version },
      data: { code: data.code, name: data.name, channel: data.channel, scopeOrgId: data.scopeOrgId, webhookUrl: data.webhookUrl, rateLimit: data.rateLimit, active: data.active, ...secretChange(data), version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, {
      action: "integration.system.update", entity: "ExternalSystem", entityId: id, summary: `${data.code} ${data.name}`,
      details: {
        before: { code: s.code, name: s.name, channel: s.channel, scopeOrgId: s.scopeOrgId, webhookUrl: s.webhookUrl, rateLimit: s.rateLimit, active: s.active },
        after: { code: data.code, name: data.name, channel: data.channel, scopeOrgId: data.scopeOrgId, webhookUrl: data.webhookUrl, rateLimit: data.rateLimit, active: data.active },
        webhookSecretChanged: Boolean(data.webhookSecret),
      },
      ip,
    });
  });
}

/** Issues a key for a system: the whole key is returned this once; only its hash is stored. */
export async function issueSystemKey(actor: Actor, systemId: number, label: string, ip = ""): Promise<{ id: number; key: string }> {
  requirePermission(actor, "admin.integrations");
  const issued = issueApiKey();
  // Not through a replayable submission: a retried form must not be given the same key back from storage.
  return db.$transaction(async (tx) => {
    const s = await tx.externalSystem.findFirst({ where: scoped(actor, "externalSystem", { id: systemId }), select: { id: true, code: true } });
    if (!s) throw notFound();
    const k = await tx.apiKey.create({ data: { systemId, prefix: issued.prefix, hash: issued.hash, label, createdById: actor.userId, createdByName: actor.name } });
    await writeAudit(tx, actor, { action: "integration.key.issue", entity: "ApiKey", entityId: k.id, summary: `${s.code} ld_${issued.prefix}_…`, details: { systemId, prefix: issued.prefix, label }, ip });
    return { id: k.id, key: issued.key };
  });
}

export async function revokeSystemKey(actor: Actor, keyId: number, ip = ""): Promise<void> {
  requirePermission(actor, "admin.integrations");
  await writeTransaction(async (tx) => {
    const k = await tx.apiKey.findFirst({ where: scoped(actor, "apiKey", { id: keyId }), select: { id: true, systemId: true, prefix: true, revokedAt: true } });
    if (!k) throw notFound();
    if (k.revokedAt) return;
    await tx.apiKey.update({ where: { id: k.id }, data: { revokedAt: new Date(), revokedByName: actor.name } });
    await writeAudit(tx, actor, { action: "integration.key.revoke", entity: "ApiKey", entityId: k.id, summary: `ld_${k.prefix}_…`, details: { systemId: k.systemId, prefix: k.prefix }, ip });
  });
}

// ─────────────────────────────── The API's actor ───────────────────────────────

export type ApiCaller = { actor: Actor; system: { id: number; code: string; name: string; channel: string; rateLimit: number }; keyId: number };

type OrgForActor = { id: number; name: string; kind: string; districtId: number | null; streetId: number | null };

/** The Actor of an API request: the system, working as (and within the scope of) an organisation. */
function apiActor(system: { id: number; code: string; name: string }, org: OrgForActor): Actor {
  const kind = org.kind as OrgKind;
  return {
    userId: 0, username: `api:${system.code}`, name: system.name, role: "CLERK",
    orgId: org.id, orgName: org.name, orgKind: kind, districtId: org.districtId, streetId: org.streetId,
    scope: scopeOf({ id: org.id, kind, districtId: org.districtId }),
    apiSystemId: system.id,
  };
}

/**
 * Counts one call of a key against its system's limit per minute (lib/api/rate-limit.ts). The
 * window is kept in the database, not in the server process, so every app server on the database
 * counts the same calls (docs/decisions/085). One short write transaction: BEGIN IMMEDIATE
 * (lib/db.ts) queues concurrent calls, from this process or another, so no call goes uncounted.
 */
export async function takeRateLimit(keyId: number, limit: number, now = Date.now()): Promise<RateDecision> {
  return db.$transaction(async (tx) => {
    const row = await tx.apiRateWindow.findUnique({ where: { keyId } });
    const decision = consume(row ? { start: row.windowStart.getTime(), count: row.count, previous: row.previous } : undefined, now, limit);
    const data = { windowStart: new Date(decision.state.start), count: decision.state.count, previous: decision.state.previous };
    await tx.apiRateWindow.upsert({ where: { keyId }, create: { keyId, ...data }, update: data });
    return decision;
  });
}

const ORG_FOR_ACTOR = ["id", "name", "kind", "districtId", "streetId"] as const;

/** The caller of a key: null for a malformed, unknown or revoked key, or an inactive system. */
export async function authenticateApiKey(key: string): Promise<ApiCaller | null> {
  const prefix = keyPrefix(key);
  if (!prefix) return null;
  const k = await findRow("ApiKey", { where: { prefix, revokedAt: null }, select: ["id", "systemId", "hash"] });
  if (!k || !keyMatches(key, k.hash)) return null;
  const system = await findRow("ExternalSystem", { where: { id: k.systemId, active: true }, select: ["id", "code", "name", "channel", "rateLimit", "scopeOrgId"] });
  if (!system) return null;
  const org = await findRow("Organisation", { where: { id: system.scopeOrgId, active: true }, select: ORG_FOR_ACTOR });
  if (!org) return null;
  return { actor: apiActor(system, org), system, keyId: k.id };
}

/**
 * The street office a work order is dispatched to (派单): the one of the residential area it
 * names, which must lie in the system's scope. It registers the complaint, as a clerk would.
 */
async function receivingOffice(caller: ApiCaller, areaId: number): Promise<Actor> {
  const area = await findRow("ResidentialArea", { where: scoped(caller.actor, "residentialArea", { id: areaId, active: true }), select: ["streetId"] });
  if (!area) throw new AppError("validation", { fieldErrors: { areaId: ["integration.areaUnknown"] } });
  const office = await findRow("Organisation", { where: { id: area.streetId, kind: "STREET_OFFICE", active: true }, select: ORG_FOR_ACTOR });
  if (!office) throw new AppError("validation", { fieldErrors: { areaId: ["integration.areaUnknown"] } });
  return apiActor(caller.system, office);
}

// ─────────────────────────────── Work orders ───────────────────────────────

export type WorkOrderStatus = {
  orderNo: string;
  complaintId: number;
  ref: string;
  status: string;
  receivedAt: string;
  area: { id: number; name: string };
  category: { code: string; name: string } | null;
  registeredBy: string;
  handler: string;
  acceptDueDate: string;
  currentDueDate: string | null;
  extendedDueDate: string | null;
  notAcceptedReason: string | null;
  result: string | null;
  handledAt: string | null;
  repliedAt: string | null;
  closedAt: string | null;
  satisfaction: string | null;
  events: { at: string; kind: string; event: WorkOrderEvent | null; note: string }[];
};

/** The status a system reads: its own work order, within its scope (else not found). */
async function statusOf(caller: ApiCaller, link: { orderNo: string; complaintId: number }): Promise<WorkOrderStatus> {
  const c = await getComplaint(caller.actor, link.complaintId);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    orderNo: link.orderNo, complaintId: c.id, ref: c.ref, status: c.status, receivedAt: c.receivedAt.toISOString(),
    area: { id: c.area.id, name: c.area.name }, category: c.category ? { code: c.category.code, name: c.category.name } : null,
    registeredBy: c.registeredOrg.name, handler: c.handlerOrg.name,
    acceptDueDate: c.acceptDueDate, currentDueDate: c.currentDueDate, extendedDueDate: c.extendedDueDate,
    notAcceptedReason: c.status === "NOT_ACCEPTED" ? c.notAcceptedReason : null,
    result: c.result || null, handledAt: iso(c.handledAt), repliedAt: iso(c.repliedAt), closedAt: iso(c.closedAt),
    satisfaction: c.satisfaction,
    events: c.events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, event: workOrderEventFor(e.kind), note: workOrderEventFor(e.kind) ? e.note : "" })),
  };
}

export async function workOrderByNumber(caller: ApiCaller, orderNo: string): Promise<WorkOrderStatus> {
  const link = await findRow("WorkOrderLink", { where: scoped(caller.actor, "workOrderLink", { orderNo }), select: ["orderNo", "complaintId"] });
  if (!link) throw notFound();
  return statusOf(caller, link);
}

export async function workOrderByComplaint(caller: ApiCaller, complaintId: number): Promise<WorkOrderStatus> {
  const link = await findRow("WorkOrderLink", { where: scoped(caller.actor, "workOrderLink", { complaintId }), select: ["orderNo", "complaintId"] });
  if (!link) throw notFound();
  return statusOf(caller, link);
}

export type WorkOrderResult = { created: boolean; status: WorkOrderStatus };

/**
 * Registers a work order as a complaint (registerComplaint, routed by the duty matrix like the
 * registration form), linked to its order number in the same transaction. The same number again
 * with the same content is the same complaint; with other content, a conflict.
 */
export async function createWorkOrder(caller: ApiCaller, data: WorkOrderData, ip = ""): Promise<WorkOrderResult> {
  const fingerprint = workOrderFingerprint(data);
  const existing = async (): Promise<WorkOrderResult | null> => {
    const link = await findRow("WorkOrderLink", { where: scoped(caller.actor, "workOrderLink", { orderNo: data.orderNo }), select: ["orderNo", "complaintId", "contentHash"] });
    if (!link) return null;
    if (link.contentHash !== fingerprint) throw new AppError("orderConflict");
    return { created: false, status: await statusOf(caller, link) };
  };
  const before = await existing();
  if (before) return before;

  const category = await findRow("DutyCategory", { where: { code: data.categoryCode, active: true }, select: ["id"] });
  if (!category) throw new AppError("validation", { fieldErrors: { categoryCode: ["integration.categoryUnknown"] } });
  const office = await receivingOffice(caller, data.areaId);
  try {
    const complaintId = await registerComplaint(office, {
      channel: channelSchema.parse(caller.system.channel), channelRef: data.orderNo, receivedAt: data.receivedAt, residentName: data.residentName,
      residentPhone: data.residentPhone, areaId: data.areaId, categoryId: category.id, aboutOrgId: null, description: data.description,
      duplicateOfId: null, isPetition: false, petitionHeadcount: null, attachments: undefined,
    }, [], ip, async (tx, id) => {
      await tx.workOrderLink.create({ data: { systemId: caller.system.id, orderNo: data.orderNo, complaintId: id, contentHash: fingerprint } });
      await writeAudit(tx, office, { action: "integration.workOrder.create", entity: "Complaint", entityId: id, summary: `${caller.system.code} ${data.orderNo}`, details: { systemId: caller.system.id, keyId: caller.keyId, orderNo: data.orderNo }, ip });
    });
    return { created: true, status: await statusOf(caller, { orderNo: data.orderNo, complaintId }) };
  } catch (error) {
    // Two requests with the same number at once: the unique index lets one through; the other answers as a repeat.
    if ((error as { code?: string }).code === "P2002") {
      const again = await existing();
      if (again) return again;
    }
    throw error;
  }
}

/** The hotline's return visit (回访) on its own work order: recorded as the registering office's. */
export async function recordWorkOrderVisit(caller: ApiCaller, orderNo: string, data: WorkOrderVisitData, ip = ""): Promise<WorkOrderStatus> {
  const link = await findRow("WorkOrderLink", { where: scoped(caller.actor, "workOrderLink", { orderNo }), select: ["orderNo", "complaintId"] });
  if (!link) throw notFound();
  const c = await findRow("Complaint", { where: scoped(caller.actor, "complaint", { id: link.complaintId }), select: ["areaId", "version"] });
  if (!c) throw notFound();
  const office = await receivingOffice(caller, c.areaId);
  await recordReturnVisit(office, link.complaintId, { method: "PHONE", rating: data.rating, comment: data.comment, reopen: data.reopen, version: c.version }, ip);
  return statusOf(caller, link);
}

// ─────────────────────────────── Reference data for the hotline ───────────────────────────────

export type ApiCategory = { code: string; name: string; nameEn: string; policyText: string };

/** The duty matrix's active lines: a work order names one by its code. */
export async function apiCategories(caller: ApiCaller): Promise<ApiCategory[]> {
  requirePermission(caller.actor, "duties.view");
  return findRows("DutyCategory", { where: { active: true }, select: ["code", "name", "nameEn", "policyText"], orderBy: [["sortOrder", "asc"], ["id", "asc"]] });
}

export type ApiArea = { id: number; name: string; address: string; street: { id: number; name: string }; district: { id: number; name: string } };

/** Active residential areas in the system's scope, by id (keyset pages), optionally by name. */
export async function apiAreas(caller: ApiCaller, filter: { q?: string; cursor?: number; size: number }): Promise<Page<ApiArea>> {
  requirePermission(caller.actor, "areas.view");
  const rows = await findRows("ResidentialArea", {
    where: scoped(caller.actor, "residentialArea", {
      active: true,
      ...(filter.q ? { name: { contains: filter.q } } : {}),
      ...(filter.cursor ? { id: { gt: filter.cursor } } : {}),
    }),
    select: ["id", "name", "address", "streetId", "districtId"],
    orderBy: [["id", "asc"]],
    take: filter.size + 1,
  });
  const dir = await directory();
  return pageOf(
    rows.map((r) => ({ id: r.id, name: r.name, address: r.address, street: { id: r.streetId, name: orgRef(dir, r.streetId).name }, district: { id: r.districtId, name: orgRef(dir, r.districtId).name } })),
    filter.size,
    (r) => r.id,
  );
}
