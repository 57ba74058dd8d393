// The integration API against the real built server (issue 13): an administrator registers a
// hotline system and issues a key in the UI; the hotline's calls go through a client generated
// from the served OpenAPI document (openapi-typescript + openapi-fetch): work orders, idempotency,
// status, problem details, keys, scope, rate limit; the office's steps come back to a local
// receiver as signed webhooks through the outbox, retried after a failure.
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import createClient from "openapi-fetch";
import { test, type Page } from "@playwright/test";
import type { paths } from "./generated/api-v1";
import { areaId, count, insertRaw, orgId, queryAll, queryOne, snapshot, systemWithKey } from "./db";
import { captureAction, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, expect } from "./intake";
import { hashApiKey } from "../lib/api/keys";
import { verifyWebhook } from "../lib/api/signature";

const SECRET = "e2e-webhook-secret-0123456789";
type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A local webhook receiver: answers 500 to the first `failFirst` posts, then 200. */
async function receiver(failFirst = 0): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  let failures = failFirst;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end("not now");
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hotline/callback`, received, close: () => new Promise((r) => server.close(() => r())) };
}

function client(baseURL: string, key?: string, language?: string) {
  return createClient<paths>({ baseUrl: `${baseURL}/api/v1`, headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...(language ? { "Accept-Language": language } : {}) } });
}

/** "YYYY-MM-DDTHH:mm" in Beijing time, `minutesAgo` before now. */
function beijing(minutesAgo: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - minutesAgo * 60_000).toISOString().slice(0, 16);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/integration-${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screenshots/integration-${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe("integration API (/api/v1)", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT, mode: "serial" });

  test("the administrator registers a hotline system, issues a key shown once, and the hotline's work order comes back signed through the webhook", async ({ page, browser, baseURL }) => {
    acceptDialogs(page);
    const hook = await receiver(1);
    try {
      await signIn(page, "admin");
      await page.goto("/admin/systems");
      await expect(page.getByRole("heading", { name: "外部系统接入" })).toBeVisible();
      await page.getByRole("link", { name: "登记外部系统" }).click();
      await page.getByLabel("系统名称").fill("南岗区 12345 热线");
      await page.getByLabel("系统代码").fill("hotline-12345-nangang");
      await page.getByLabel("工作范围").selectOption({ label: "南岗区人民政府" });
      await page.getByLabel("回调地址").fill(hook.url);
      await page.getByLabel("签名密钥（未设置）").fill("short");
      await page.getByRole("button", { name: "登记" }).click();
      await expect(page.getByText("签名密钥至少 16 位")).toBeVisible();
      expect(count("ExternalSystem")).toBe(0);
      await page.getByLabel("签名密钥（未设置）").fill(SECRET);
      await page.getByRole("button", { name: "登记" }).click();
      await expect(page.getByText("已保存。")).toBeVisible();
      const system = queryOne<{ id: number; webhookSecret: string }>("SELECT id, webhookSecret FROM ExternalSystem WHERE code = 'hotline-12345-nangang'")!;
      expect(system.webhookSecret).toBe(SECRET);
      await expect(page.getByLabel("签名密钥（已设置）")).toHaveValue("");

      await page.getByLabel("用途说明").fill("生产环境");
      await page.getByRole("button", { name: "签发新密钥" }).click();
      const key = (await page.getByTestId("new-api-key").textContent())!.trim();
      expect(key).toMatch(/^ld_[0-9a-f]{12}_/);
      const stored = queryOne<{ hash: string; prefix: string }>("SELECT hash, prefix FROM ApiKey WHERE systemId = ?", system.id)!;
      expect(stored.hash).toBe(hashApiKey(key));
      await shoot(page, "system");
      await page.reload();
      await expect(page.getByText(`ld_${stored.prefix}_…`)).toBeVisible();
      expect(await page.content()).not.toContain(key);
      expect(count("AuditLog", "action IN ('integration.system.create', 'integration.key.issue')")).toBe(2);

      // The hotline: documents are public, everything else needs the key.
      const docs = await page.request.get("/api/v1/openapi.json");
      expect((await docs.json()).openapi).toBe("3.1.0");
      const api = client(baseURL!, key);
      const orderNo = `12345-${Date.now()}`;
      const area = areaId("海城花园小区");
      const order = { orderNo, receivedAt: beijing(30), residentName: "王丽", residentPhone: "13812345678", areaId: area, categoryCode: "HAZARDOUS_STORAGE", description: "楼道长期堆放易燃杂物，物业劝阻无效，请处理。" };
      const created = await api.POST("/work-orders", { body: order });
      expect(created.response.status).toBe(201);
      expect(created.data).toMatchObject({ orderNo, status: "REGISTERED", registeredBy: "花园街道办事处", area: { id: area }, category: { code: "HAZARDOUS_STORAGE" } });
      const complaintId = created.data!.complaintId;
      expect(queryOne("SELECT channel, channelRef, registeredOrgId, matchedDutyCode FROM Complaint WHERE id = ?", complaintId)).toEqual({ channel: "HOTLINE_12345", channelRef: orderNo, registeredOrgId: orgId("花园街道办事处"), matchedDutyCode: "HAZARDOUS_STORAGE" });

      const repeat = await api.POST("/work-orders", { body: order });
      expect(repeat.response.status).toBe(200);
      expect(repeat.data!.complaintId).toBe(complaintId);
      const conflicting = await api.POST("/work-orders", { body: { ...order, description: "另一件事" } });
      expect(conflicting.response.status).toBe(409);
      expect(conflicting.response.headers.get("content-type")).toContain("application/problem+json");
      expect(conflicting.error).toMatchObject({ status: 409, title: "工单号冲突", type: "/api/v1/docs#problem-orderConflict" });
      expect(count("Complaint", "channelRef = ?", orderNo)).toBe(1);

      const byNumber = await api.GET("/work-orders/{orderNo}", { params: { path: { orderNo } } });
      const byId = await api.GET("/complaints/{id}", { params: { path: { id: complaintId } } });
      expect(byNumber.data!.ref).toBe(byId.data!.ref);

      // The street office accepts it in the UI: the hotline is told, signed; the first post fails and is retried.
      const clerk = await signInAs(browser, "street.clerk");
      acceptDialogs(clerk);
      await clerk.goto(`/complaints/${complaintId}`);
      await clerk.getByRole("button", { name: "受理", exact: true }).click();
      await expect(clerk.getByRole("status").filter({ hasText: "已受理。" })).toBeVisible();
      await expect.poll(() => queryOne<{ attempts: number; lastError: string }>("SELECT attempts, lastError FROM OutboxDelivery WHERE systemId = ?", system.id), { timeout: 20_000 }).toEqual({ attempts: 1, lastError: "HTTP 500" });
      expect(hook.received).toHaveLength(0);
      // Time passes (the first retry waits 30 s): the worker sends it again.
      insertRaw("UPDATE OutboxDelivery SET nextAttemptAt = ? WHERE systemId = ?", new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"), system.id);
      await expect.poll(() => hook.received.length, { timeout: 20_000 }).toBe(1);
      const post = hook.received[0]!;
      expect(verifyWebhook(SECRET, String(post.headers["x-liandong-signature"]), String(post.headers["x-liandong-timestamp"]), post.body, Math.floor(Date.now() / 1000))).toBe(true);
      expect(JSON.parse(post.body)).toMatchObject({ event: "workOrder.accepted", orderNo, complaint: { id: complaintId, status: "ACCEPTED" } });
      expect(post.headers["x-liandong-event"]).toBe("workOrder.accepted");
      await expect.poll(() => queryOne<{ status: string }>("SELECT status FROM OutboxDelivery WHERE systemId = ?", system.id)?.status).toBe("SENT");

      // The administrator sees the delivery and revokes the key: the hotline is refused from then on.
      await page.reload();
      await expect(page.locator("#deliveries").getByText("workOrder.accepted")).toBeVisible();
      await expect(page.locator("#deliveries").getByText("已送达")).toBeVisible();
      await shoot(page, "deliveries");
      await page.getByRole("button", { name: "吊销" }).click();
      await expect(page.getByText("已吊销")).toBeVisible();
      const revoked = await api.GET("/work-orders/{orderNo}", { params: { path: { orderNo } } });
      expect(revoked.response.status).toBe(401);
      expect(count("AuditLog", "action = 'integration.key.revoke'")).toBe(1);
      await clerk.close();
    } finally {
      await hook.close();
    }
  });

  test("bad requests get problem details with Chinese field messages; no key or a bad key 401; another scope's work orders 404", async ({ baseURL }) => {
    const key = systemWithKey("e2e-nangang", "南岗区人民政府");
    const daoliKey = systemWithKey("e2e-daoli", "道里区人民政府");
    const api = client(baseURL!, key);
    // Other specs write complaints at the same time: look at what this system could have written.
    const written = () => JSON.stringify([queryAll("SELECT * FROM WorkOrderLink ORDER BY id"), queryAll("SELECT * FROM Complaint WHERE channelRef IN ('坏 号', 'N-1') ORDER BY id"), count("AuditLog", "action LIKE 'integration.%'")]);
    const before = written();

    const bad = await api.POST("/work-orders", { body: { orderNo: "坏 号", receivedAt: "2026-02-30T09:00", residentName: "", areaId: areaId("兆麟公园小区"), categoryCode: "HAZARDOUS_STORAGE", description: "x" } });
    expect(bad.response.status).toBe(422);
    expect(bad.response.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.error).toMatchObject({ type: "/api/v1/docs#problem-validation", title: "提交的内容有误", status: 422 });
    expect(bad.error!.errors).toEqual(expect.arrayContaining([
      { pointer: "#/orderNo", detail: "工单号只能包含字母、数字和 . _ -，且以字母或数字开头" },
      { pointer: "#/receivedAt", detail: "请填写正确的日期和时间" },
      { pointer: "#/residentName", detail: "此项必填" },
    ]));
    // The area lies in 道里区: outside this system's district.
    const outside = await api.POST("/work-orders", { body: { orderNo: "N-1", receivedAt: beijing(10), residentName: "李明", areaId: areaId("兆麟公园小区"), categoryCode: "HAZARDOUS_STORAGE", description: "楼道堆物" } });
    expect(outside.response.status).toBe(422);
    expect(outside.error!.errors).toEqual([{ pointer: "#/areaId", detail: "居住区不存在、已停用或不在本系统的工作范围内" }]);
    const english = await client(baseURL!, key, "en").POST("/work-orders", { body: { orderNo: "N-1", receivedAt: beijing(10), residentName: "李明", areaId: areaId("海城花园小区"), categoryCode: "NOPE", description: "楼道堆物" } });
    expect(english.error).toMatchObject({ title: "Invalid content", errors: [{ pointer: "#/categoryCode", detail: "Unknown or inactive category code (see GET /api/v1/categories)" }] });

    const notJson = await fetch(`${baseURL}/api/v1/work-orders`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: "{not json" });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ status: 400, title: "请求格式不正确" });
    expect(written()).toBe(before);

    const none = await client(baseURL!).GET("/categories");
    expect(none.response.status).toBe(401);
    expect(none.response.headers.get("www-authenticate")).toContain("Bearer");
    expect(none.error).toMatchObject({ status: 401, title: "未授权" });
    expect((await client(baseURL!, `${key.slice(0, -2)}xx`).GET("/categories")).response.status).toBe(401);
    expect((await client(baseURL!, "ld_nonsense").GET("/categories")).response.status).toBe(401);

    const categories = await api.GET("/categories");
    expect(categories.data!.items.map((c) => c.code)).toContain("HAZARDOUS_STORAGE");
    const areas = await api.GET("/areas", { params: { query: { q: "海城" } } });
    expect(areas.data!.items.map((a) => a.name)).toContain("海城花园小区");
    const daoliAreas = await client(baseURL!, daoliKey).GET("/areas", { params: { query: { q: "海城" } } });
    expect(daoliAreas.data!.items).toEqual([]);

    // 南岗's order, read with 道里's key, by number and by id; and a complaint registered in the UI.
    const orderNo = `N-${Date.now()}`;
    const created = await api.POST("/work-orders", { body: { orderNo, receivedAt: beijing(10), residentName: "李明", areaId: areaId("海城花园小区"), categoryCode: "HAZARDOUS_STORAGE", description: "楼道堆物" } });
    expect(created.response.status).toBe(201);
    const daoli = client(baseURL!, daoliKey);
    const byNumber = await daoli.GET("/work-orders/{orderNo}", { params: { path: { orderNo } } });
    expect(byNumber.response.status).toBe(404);
    expect(byNumber.error).toMatchObject({ status: 404, title: "记录不存在" });
    expect((await daoli.GET("/complaints/{id}", { params: { path: { id: created.data!.complaintId } } })).response.status).toBe(404);
    for (const path of ["/work-orders/%25zz", "/work-orders/-x", "/complaints/1e3", "/complaints/0"]) {
      const response = await fetch(`${baseURL}/api/v1${path}`, { headers: { Authorization: `Bearer ${key}` } });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("application/problem+json");
    }
    const uiComplaint = queryOne<{ id: number }>("SELECT id FROM Complaint WHERE streetId = ? AND id NOT IN (SELECT complaintId FROM WorkOrderLink) LIMIT 1", orgId("花园街道办事处"))!;
    expect((await api.GET("/complaints/{id}", { params: { path: { id: uiComplaint.id } } })).response.status).toBe(404);
    // A return visit on another system's order changes nothing.
    const visitState = () => JSON.stringify([queryAll("SELECT * FROM ComplaintRating WHERE complaintId = ?", created.data!.complaintId), queryOne("SELECT * FROM Complaint WHERE id = ?", created.data!.complaintId)]);
    const visitBefore = visitState();
    expect((await daoli.POST("/work-orders/{orderNo}/return-visit", { params: { path: { orderNo } }, body: { rating: "SATISFIED" } })).response.status).toBe(404);
    expect(visitState()).toBe(visitBefore);
  });

  test("each key has its own rate limit: past it, 429 with Retry-After and problem details", async ({ baseURL }) => {
    const key = systemWithKey("e2e-limited", "哈尔滨市住房保障和房产管理局", 3);
    const api = client(baseURL!, key);
    const statuses: number[] = [];
    let last = await api.GET("/categories");
    statuses.push(last.response.status);
    for (let i = 0; i < 3; i++) {
      last = await api.GET("/categories");
      statuses.push(last.response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last.response.headers.get("ratelimit-limit")).toBe("3");
    expect(last.error).toMatchObject({ status: 429, title: "请求过于频繁" });
    // Another key is not slowed by this one.
    expect((await client(baseURL!, systemWithKey("e2e-other", "哈尔滨市住房保障和房产管理局", 3)).GET("/categories")).response.status).toBe(200);
  });

  test("only the administrator manages systems: another user gets 404 by URL and by a replayed action, nothing changes", async ({ browser }) => {
    const admin = await signInAs(browser, "admin");
    acceptDialogs(admin);
    const system = queryOne<{ id: number }>("SELECT id FROM ExternalSystem WHERE code = 'e2e-nangang'")!;
    await admin.goto(`/admin/systems/${system.id}`);
    const action = await captureAction(admin, () => admin.getByRole("button", { name: "签发新密钥" }).click(), (body) => body.includes("label"));
    await expect(admin.getByTestId("new-api-key")).toBeVisible();
    const clerk = await signInAs(browser, "bureau.leader");
    for (const path of ["/admin/systems", `/admin/systems/${system.id}`, "/admin/systems/new"]) {
      const response = await clerk.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const keysAndAudit = () => JSON.stringify([snapshot("ApiKey"), queryAll("SELECT * FROM AuditLog WHERE action LIKE 'integration.%' ORDER BY id")]);
    const before = keysAndAudit();
    const replay = await replayAction(clerk.context(), action);
    expect(replay.text).toContain("notFound");
    expect(replay.text).not.toMatch(/ld_[0-9a-f]{12}_/);
    expect(keysAndAudit()).toBe(before);
    await admin.close();
    await clerk.close();
  });

  test("the API documentation is a page of the app itself", async ({ page }) => {
    await page.goto("/api/v1/docs");
    await expect(page.getByRole("heading", { name: "联动系统集成接口（/api/v1）" })).toBeVisible();
    await expect(page.getByText("/api/v1/work-orders").first()).toBeVisible();
    await expect(page.locator("#problem-orderConflict")).toContainText("工单号冲突");
    await shoot(page, "docs");
  });

  test("the system's page and the API documentation have no serious accessibility violation, at desktop and phone width", async ({ page }) => {
    const system = queryOne<{ id: number }>("SELECT id FROM ExternalSystem WHERE code = 'hotline-12345-nangang'")!;
    await signIn(page, "admin");
    const found: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/admin/systems", `/admin/systems/${system.id}`, "/api/v1/docs"]) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) found.push(`${width} ${path}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      }
    }
    expect(found).toEqual([]);
  });
});
