// The integration API's data layer on the seeded test database: systems and keys (hashed,
// revocable, audited), work orders through registerComplaint (routing, idempotency, conflicts,
// scope), and the lifecycle posted back, signed, through the outbox to a local receiver.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, idOf } from "@/lib/testing/actors";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { hashApiKey } from "@/lib/api/keys";
import { verifyWebhook } from "@/lib/api/signature";
import { isAppError } from "@/lib/errors";
import { authenticateApiKey, takeRateLimit, createExternalSystem, createWorkOrder, issueSystemKey, listSystemDeliveries, recordWorkOrderVisit, revokeSystemKey, workOrderByComplaint, workOrderByNumber, type ApiCaller } from "@/lib/data/integration";
import { acceptComplaint, assignComplaint, closeComplaint, decideExtension, handleComplaint, requestExtension, notAcceptComplaint, replyComplaint, startComplaint } from "@/lib/data/complaints";
import { deliverDue } from "@/lib/data/outbox";
import type { WorkOrderData } from "@/lib/validation/integration";

const SECRET = "test-webhook-secret-0123456789";
type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let server: http.Server;
let url = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let serial = 0;
async function registerSystem(scopeOrgName: string, webhookUrl = ""): Promise<{ id: number; key: string; caller: ApiCaller }> {
  const admin = await actorFor("admin");
  const id = await createExternalSystem(admin, {
    code: `test-${Date.now()}-${++serial}`, name: `测试热线 ${serial}`, channel: "HOTLINE_12345", scopeOrgId: await idOf("organisation", scopeOrgName),
    webhookUrl, webhookSecret: webhookUrl ? SECRET : "", rateLimit: 100, active: true,
  });
  const { key } = await issueSystemKey(admin, id, "测试");
  const caller = await authenticateApiKey(key);
  if (!caller) throw new Error("no caller");
  return { id, key, caller };
}

function order(orderNo: string, areaId: number, overrides: Partial<WorkOrderData> = {}): WorkOrderData {
  return {
    orderNo, receivedAt: toCityDateTimeInput(new Date(Date.now() - 3_600_000)), residentName: "王丽", residentPhone: "13812345678",
    areaId, categoryCode: "HAZARDOUS_STORAGE", description: "楼道长期堆放易燃杂物，物业劝阻无效。", ...overrides,
  };
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; fieldErrors?: Record<string, string[]> }> {
  try {
    await p;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("external systems and keys", () => {
  it("keeps only the key's hash, finds the caller by it, and refuses it once revoked; each step audited", async () => {
    const admin = await actorFor("admin");
    const { id, key, caller } = await registerSystem("南岗区人民政府");
    const stored = await db.apiKey.findFirstOrThrow({ where: { systemId: id } });
    expect(stored.hash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored)).not.toContain(key.slice(16));
    expect(caller.actor).toMatchObject({ apiSystemId: id, scope: { level: "DISTRICT" }, orgName: "南岗区人民政府" });
    expect(await authenticateApiKey(key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"))).toBeNull();

    await revokeSystemKey(admin, stored.id);
    expect(await authenticateApiKey(key)).toBeNull();
    const audit = await db.auditLog.findMany({ where: { OR: [{ entity: "ExternalSystem", entityId: String(id) }, { entity: "ApiKey", entityId: String(stored.id) }] }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["integration.system.create", "integration.key.issue", "integration.key.revoke"]);
    expect(audit.map((a) => a.details).join()).not.toContain(key.slice(16));
  });

  it("is administration: a clerk cannot list or create systems", async () => {
    const clerk = await actorFor("bureau.clerk");
    expect((await refusal(issueSystemKey(clerk, 1, ""))).code).toBe("notFound");
  });
});

describe("the per-key rate limit", () => {
  it("is counted in the database: the window outlives the caller, each key has its own, the next minute weighs the last", async () => {
    const a = await registerSystem("哈尔滨市住房保障和房产管理局");
    const b = await registerSystem("哈尔滨市住房保障和房产管理局");
    const t0 = Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000; // the start of a minute an hour ahead
    expect((await takeRateLimit(a.caller.keyId, 2, t0)).allowed).toBe(true);
    expect((await takeRateLimit(a.caller.keyId, 2, t0 + 1_000)).allowed).toBe(true);
    const refused = await takeRateLimit(a.caller.keyId, 2, t0 + 2_000);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 58 });
    // What another app server on this database would read: the window's row.
    expect(await db.apiRateWindow.findUnique({ where: { keyId: a.caller.keyId } })).toMatchObject({ windowStart: new Date(t0), count: 2, previous: 0 });
    expect((await takeRateLimit(b.caller.keyId, 2, t0 + 2_000)).allowed).toBe(true);
    // 30 s into the next minute half of the last minute's two calls still count: one more fits.
    expect((await takeRateLimit(a.caller.keyId, 2, t0 + 90_000)).allowed).toBe(true);
    expect((await takeRateLimit(a.caller.keyId, 2, t0 + 90_000)).allowed).toBe(false);
  });
});

describe("work orders", () => {
  it("registers a work order as the area's street office, routed by the duty matrix; the same order again is the same complaint, other content a conflict", async () => {
    const { caller } = await registerSystem("南岗区人民政府");
    const areaId = await idOf("residentialArea", "海城花园小区");
    const before = await db.complaint.count();
    const first = await createWorkOrder(caller, order(`A-${serial}`, areaId));
    expect(first.created).toBe(true);
    const c = await db.complaint.findUniqueOrThrow({ where: { id: first.status.complaintId } });
    expect(c).toMatchObject({ status: "REGISTERED", channel: "HOTLINE_12345", channelRef: `A-${serial}`, registeredOrgId: await idOf("organisation", "花园街道办事处"), matchedDutyCode: "HAZARDOUS_STORAGE" });
    expect(c.proposedOrgId).not.toBeNull();
    expect(first.status).toMatchObject({ orderNo: `A-${serial}`, ref: c.ref, status: "REGISTERED", registeredBy: "花园街道办事处" });

    const again = await createWorkOrder(caller, order(`A-${serial}`, areaId));
    expect(again).toMatchObject({ created: false, status: { complaintId: c.id } });
    expect((await refusal(createWorkOrder(caller, order(`A-${serial}`, areaId, { description: "另一件事" })))).code).toBe("orderConflict");
    expect(await db.complaint.count()).toBe(before + 1);
    expect(await db.auditLog.count({ where: { action: "integration.workOrder.create", entityId: String(c.id) } })).toBe(1);
  });

  it("refuses an area outside the system's district and an unknown category beside the field; reads only its own orders", async () => {
    const nangang = await registerSystem("南岗区人民政府");
    const other = await registerSystem("哈尔滨市住房保障和房产管理局");
    const daoliArea = await idOf("residentialArea", "兆麟公园小区");
    expect(await refusal(createWorkOrder(nangang.caller, order(`B-${serial}`, daoliArea)))).toEqual({ code: "validation", fieldErrors: { areaId: ["integration.areaUnknown"] } });
    const nangangArea = await idOf("residentialArea", "海城花园小区");
    expect(await refusal(createWorkOrder(nangang.caller, order(`B-${serial}`, nangangArea, { categoryCode: "NO_SUCH" })))).toEqual({ code: "validation", fieldErrors: { categoryCode: ["integration.categoryUnknown"] } });

    // The city-wide system may dispatch to 道里区; the district one cannot read that order.
    const cityOrder = await createWorkOrder(other.caller, order(`C-${serial}`, daoliArea));
    expect(cityOrder.status.registeredBy).toBe("兆麟街道办事处");
    expect((await refusal(workOrderByNumber(nangang.caller, `C-${serial}`))).code).toBe("notFound");
    expect((await refusal(workOrderByComplaint(nangang.caller, cityOrder.status.complaintId))).code).toBe("notFound");
    // Nor a complaint registered in its own district through the UI.
    const uiComplaint = await db.complaint.findFirstOrThrow({ where: { districtId: nangang.caller.actor.orgId, channelRef: { not: { startsWith: "A-" } } }, select: { id: true } });
    expect((await refusal(workOrderByComplaint(nangang.caller, uiComplaint.id))).code).toBe("notFound");
  });
});

describe("the lifecycle posted back to the hotline", () => {
  it("queues acceptance and 退单 in the step's transaction and sends them signed; internal steps are not sent", async () => {
    const { id, caller } = await registerSystem("南岗区人民政府", url);
    const areaId = await idOf("residentialArea", "海城花园小区");
    const one = await createWorkOrder(caller, order(`D-${serial}`, areaId));
    const two = await createWorkOrder(caller, order(`E-${serial}`, areaId));
    const clerk = await actorFor("street.clerk");
    await acceptComplaint(clerk, one.status.complaintId, 1);
    await notAcceptComplaint(clerk, two.status.complaintId, { reason: "不属于本机制受理范围", version: 1 });
    const queued = await db.outboxDelivery.findMany({ where: { systemId: id }, orderBy: { id: "asc" } });
    expect(queued.map((d) => [d.channel, d.subject, d.status])).toEqual([["SYSTEM_WEBHOOK", "workOrder.accepted", "PENDING"], ["SYSTEM_WEBHOOK", "workOrder.returned", "PENDING"]]);

    received.length = 0;
    const report = await deliverDue({ limit: 500, ids: queued.map((d) => d.id) });
    expect(report.sent).toBeGreaterThanOrEqual(2);
    const mine = received.filter((r) => r.headers["x-liandong-event"] && JSON.parse(r.body).orderNo.endsWith(`-${serial}`));
    expect(mine.map((r) => JSON.parse(r.body).event)).toEqual(["workOrder.accepted", "workOrder.returned"]);
    for (const r of mine) {
      expect(verifyWebhook(SECRET, String(r.headers["x-liandong-signature"]), String(r.headers["x-liandong-timestamp"]), r.body, Math.floor(Date.now() / 1000))).toBe(true);
    }
    expect(JSON.parse(mine[1]!.body)).toMatchObject({ orderNo: `E-${serial}`, complaint: { status: "NOT_ACCEPTED" }, details: { note: "不属于本机制受理范围" } });
    const page = await listSystemDeliveries(await actorFor("admin"), id, { size: 10 });
    expect(page.rows.map((r) => r.status)).toEqual(["SENT", "SENT"]);
    const status = await workOrderByNumber(caller, `E-${serial}`);
    expect(status).toMatchObject({ status: "NOT_ACCEPTED", notAcceptedReason: "不属于本机制受理范围" });
    expect(status.events.map((e) => e.event)).toEqual([null, "returned"]);
  });

  it("follows the whole lifecycle: 延期, 办结, 答复, closing, then the hotline's dissatisfied 回访 reopens it; every step that concerns the hotline is queued", async () => {
    const { id, caller } = await registerSystem("南岗区人民政府", url);
    const orderNo = `F-${serial}`;
    const created = await createWorkOrder(caller, order(orderNo, await idOf("residentialArea", "海城花园小区")));
    const cid = created.status.complaintId;
    const clerk = await actorFor("street.clerk");
    expect((await refusal(recordWorkOrderVisit(caller, orderNo, { rating: "SATISFIED", comment: "", reopen: false }))).code).toBe("invalidTransition");
    await acceptComplaint(clerk, cid, 1);
    await assignComplaint(clerk, cid, { orgId: clerk.orgId, overrideReason: "街道自办", version: 2 });
    await startComplaint(clerk, cid, 3);
    await requestExtension(clerk, cid, { days: 10, reason: "需协调物业清运", version: 4 });
    await decideExtension(await actorFor("street.leader"), cid, { approve: true, note: "", version: 5 });
    const extended = await db.complaint.findUniqueOrThrow({ where: { id: cid }, select: { extendedDueDate: true } });
    await handleComplaint(clerk, cid, { result: "已清理楼道杂物", version: 6 });
    await replyComplaint(clerk, cid, { method: "PHONE", repliedAt: toCityDateTimeInput(new Date()), note: "已电话告知", version: 7 });
    await closeComplaint(clerk, cid, 8);
    const visited = await recordWorkOrderVisit(caller, orderNo, { rating: "DISSATISFIED", comment: "杂物又堆回来了", reopen: true });
    expect(visited).toMatchObject({ status: "ACCEPTED", satisfaction: "DISSATISFIED", result: "已清理楼道杂物" });
    const events = await db.outboxDelivery.findMany({ where: { systemId: id }, orderBy: { id: "asc" }, select: { subject: true, payload: true } });
    expect(events.map((e) => e.subject)).toEqual(["workOrder.accepted", "workOrder.extended", "workOrder.handled", "workOrder.replied", "workOrder.closed", "workOrder.visited", "workOrder.reopened"]);
    expect(JSON.parse(events[1]!.payload)).toMatchObject({ complaint: { status: "IN_PROGRESS", currentDueDate: extended.extendedDueDate } });
    expect(JSON.parse(events[2]!.payload)).toMatchObject({ details: { note: "已清理楼道杂物" }, complaint: { status: "HANDLED" } });
    expect(JSON.parse(events[5]!.payload)).toMatchObject({ details: { rating: "DISSATISFIED", note: "杂物又堆回来了" } });
    expect(await db.auditLog.count({ where: { action: "complaint.returnVisitReopen", entityId: String(cid), actorName: caller.system.name } })).toBe(1);
  });
});
