// Issue 11: what an outside attacker tried, each as a test. Sign-in redirects, uploads and the
// request body limit, forwarded addresses and sign-in throttling, the session's absolute
// lifetime, "must change password" for actions and APIs, odd input, CSP and outside requests,
// retried submissions.
import fs from "node:fs";
import path from "node:path";
import { test, type Page, type Route } from "@playwright/test";
import { count, createTestUser, insertRaw, queryAll, queryOne } from "./db";
import { captureAction, captureWithoutSending, replayAction, signIn, signInAs, type CapturedAction } from "./fixtures";
import { credentialsSignIn } from "./http";
import { FLOW_TIMEOUT, acceptDialogs, expect, registerComplaint } from "./intake";
import demo from "../prisma/demo-users.json" with { type: "json" };

const UPLOADS = path.join(process.cwd(), "data", "e2e", "uploads");

function uploadedFiles(): number {
  if (!fs.existsSync(UPLOADS)) return 0;
  return fs.readdirSync(UPLOADS, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** A PNG-headed file of `bytes` bytes whose content is unique to `seed`. */
function png(bytes: number, seed: string): Buffer {
  const head = Buffer.from("89504e470d0a1a0a", "hex");
  const body = Buffer.alloc(bytes - head.length, seed);
  return Buffer.concat([head, body]);
}

/** Fills the complaint registration form (without saving). */
async function fillComplaint(page: Page, description: string): Promise<void> {
  await page.goto("/complaints/new");
  await page.getByLabel("居住区").selectOption({ label: "海城花园小区" });
  await page.getByLabel("投诉人姓名").fill("测试居民");
  await page.getByLabel("联系电话").fill("13812345678");
  await page.getByLabel("投诉内容").fill(description);
  const suggestions = page.getByTestId("routing-suggestions");
  await expect(suggestions.getByRole("button", { name: "采用" }).first()).toBeVisible();
  await suggestions.getByRole("button", { name: "采用" }).first().click();
}

/** Clicks "登记" and, when similar complaints are offered, "不是重复，继续登记". */
async function submitComplaint(page: Page): Promise<void> {
  await page.getByRole("button", { name: "登记", exact: true }).click();
  const notDuplicate = page.getByRole("button", { name: "不是重复，继续登记" });
  await notDuplicate.click({ timeout: 5_000 }).catch(() => undefined);
}

/** The registration itself (not the duplicate look-up the form sends first). */
const isRegistration = (marker: string) => (body: string) => body.includes(marker) && body.includes("residentName");

/**
 * Captures the server action `matches` picks out, without letting it reach the server; other
 * actions (the form's look-ups) go through.
 */
async function captureOnly(page: Page, trigger: () => Promise<void>, matches: (body: string) => boolean): Promise<CapturedAction> {
  let capture!: (action: CapturedAction) => void;
  const captured = new Promise<CapturedAction>((resolve) => (capture = resolve));
  const handler = async (route: Route) => {
    const r = route.request();
    if (r.method() !== "POST" || !r.headers()["next-action"] || !matches(r.postData() ?? "")) return route.continue();
    await route.abort();
    const h = r.headers();
    capture({ url: r.url(), headers: { "next-action": h["next-action"]!, "content-type": h["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" }, body: r.postData() ?? "" });
  };
  await page.route("**/*", handler);
  await trigger();
  const action = await captured;
  await page.unroute("**/*", handler);
  return action;
}

/** Like captureOnly, for multipart bodies (files): the body is kept as bytes. */
async function captureMultipartWithoutSending(page: Page, click: () => Promise<void>): Promise<{ url: string; headers: Record<string, string>; body: Buffer }> {
  let capture!: (a: { url: string; headers: Record<string, string>; body: Buffer }) => void;
  const captured = new Promise<{ url: string; headers: Record<string, string>; body: Buffer }>((resolve) => (capture = resolve));
  const handler = async (route: Route) => {
    const r = route.request();
    if (r.method() !== "POST" || !r.headers()["next-action"] || !(r.headers()["content-type"] ?? "").startsWith("multipart/")) return route.continue();
    await route.abort();
    const h = r.headers();
    capture({ url: r.url(), headers: { "next-action": h["next-action"]!, "content-type": h["content-type"]!, accept: "text/x-component" }, body: r.postDataBuffer()! });
  };
  await page.route("**/*", handler);
  await click();
  const action = await captured;
  await page.unroute("**/*", handler);
  return action;
}

test.describe("sign-in redirects stay on the site", () => {
  for (const callbackUrl of ["/\\evil.example/x", "/\t/evil.example", "//evil.example", "https://evil.example/", "/%5Cevil.example"]) {
    test(`callbackUrl ${JSON.stringify(callbackUrl)}`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel("用户名").fill("owners.clerk");
      await page.getByLabel("密码").fill(demo.password);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page).not.toHaveURL(/\/sign-in/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      // Signed in already, the sign-in page redirects at once: still on the site.
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test.describe("uploads", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a user without the right to register sends files: nothing is written to disk", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    await fillComplaint(page, "楼道堆放杂物，上传测试（无权限重放）");
    await page.getByLabel("附件").setInputFiles([1, 2, 3].map((i) => ({ name: `p${i}.png`, mimeType: "image/png", buffer: png(200_000, `no-right-${i}-${Date.now()}`) })));
    const action = await captureMultipartWithoutSending(page, () => submitComplaint(page));
    const before = uploadedFiles();
    const police = await signInAs(browser, "police.clerk");
    const response = await police.context().request.post(action.url, { headers: action.headers, data: action.body, maxRedirects: 0 });
    expect(await response.text()).toContain("notFound");
    expect(uploadedFiles()).toBe(before);
  });

  test("five files of 4 MiB each (within the rule of 5 × 5 MiB) are accepted", async ({ page }) => {
    await signIn(page, "street.clerk");
    const description = `楼道堆放杂物，大附件测试 ${Date.now()}`;
    await fillComplaint(page, description);
    await page.getByLabel("附件").setInputFiles([1, 2, 3, 4, 5].map((i) => ({ name: `big${i}.png`, mimeType: "image/png", buffer: png(4 * 1024 * 1024, `big-${i}-${Date.now()}`) })));
    await submitComplaint(page);
    await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/, { timeout: 60_000 });
    const id = Number(/\/complaints\/(\d+)/.exec(page.url())![1]);
    expect(count("Attachment", "entityType = 'Complaint' AND entityId = ?", id)).toBe(5);
  });

  test("too many or too large files get a clear message beside the field, before anything is sent", async ({ page }) => {
    await signIn(page, "street.clerk");
    await fillComplaint(page, "楼道堆放杂物，超限附件测试");
    const field = page.getByLabel("附件");
    await field.setInputFiles([{ name: "huge.png", mimeType: "image/png", buffer: png(6 * 1024 * 1024, "huge") }]);
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(field).toHaveAccessibleDescription(/不超过 5 MB/);
    await field.setInputFiles([1, 2, 3, 4, 5, 6].map((i) => ({ name: `s${i}.png`, mimeType: "image/png", buffer: png(1000, `six-${i}`) })));
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(field).toHaveAccessibleDescription(/最多 5 个/);
    await expect(page).toHaveURL(/\/complaints\/new/);
  });
});

test.describe("forwarded addresses and sign-in throttling", () => {
  test("X-Forwarded-For from a client that is not a trusted proxy is ignored: the audit log records the real peer", async () => {
    const forged = "198.51.100.77";
    const r = await credentialsSignIn("xff.nobody", "Wrong-password-1", { from: "127.0.0.2", forwardedFor: forged });
    expect(r.ok).toBe(false);
    const rows = queryAll<{ ip: string }>(`SELECT ip FROM AuditLog WHERE action = 'auth.signInFailed' AND entityId = 'xff.nobody'`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.ip === "127.0.0.2")).toBe(true);
    // Through the trusted proxy (127.0.0.1) the forwarded address is the client's.
    await credentialsSignIn("xff.proxied", "Wrong-password-1", { from: "127.0.0.1", forwardedFor: `${forged}, 127.0.0.1` });
    expect(queryOne<{ ip: string }>(`SELECT ip FROM AuditLog WHERE action = 'auth.signInFailed' AND entityId = 'xff.proxied'`)?.ip).toBe(forged);
  });

  test("password spraying from one address (30 names, one guess each) is slowed down", async () => {
    const address = "203.0.113.30";
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await credentialsSignIn(`spray.${i}`, "Spring#2026abc", { forwardedFor: address }));
    const throttled = results.filter((r) => r.error?.startsWith("throttled:"));
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    // A real account's right password from that address is refused too while the wait runs. The
    // loop is fast: make sure a wait is running, with time to spare (a guess after the current
    // wait ends starts the next, twice as long).
    createTestUser("e2e.spray.victim", "花园街道办事处");
    const until = (r: { error: string | null }) => (r.error?.startsWith("throttled:") ? Date.parse(r.error.slice("throttled:".length)) : 0);
    let waitEnds = until(results.at(-1)!);
    if (waitEnds - Date.now() < 1500) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitEnds - Date.now()) + 100));
      waitEnds = until(await credentialsSignIn("spray.last", "Spring#2026abc", { forwardedFor: address }));
    }
    expect(waitEnds - Date.now()).toBeGreaterThan(1000);
    const right = await credentialsSignIn("e2e.spray.victim", demo.password, { forwardedFor: address });
    expect(right.ok).toBe(false);
    expect(right.error).toMatch(/^throttled:/);
    expect(count("AuditLog", "action = 'auth.signInThrottled' AND ip = ?", address)).toBeGreaterThan(0);
  });

  test("strangers' wrong guesses do not lock a user out: the user's own browser still signs in", async () => {
    createTestUser("e2e.nolock", "花园街道办事处");
    const own = await credentialsSignIn("e2e.nolock", demo.password, { forwardedFor: "192.0.2.10" });
    expect(own.ok).toBe(true);
    for (let i = 0; i < 8; i++) await credentialsSignIn("e2e.nolock", `Wrong-guess-${i}`, { forwardedFor: `203.0.113.${100 + i}` });
    // A stranger with the right password is slowed down now (the name had many failures)…
    const stranger = await credentialsSignIn("e2e.nolock", demo.password, { forwardedFor: "203.0.113.99" });
    expect(stranger.ok).toBe(false);
    expect(stranger.error).toMatch(/^throttled:/);
    // The user's own browser (it signed in here before) is not slowed by the strangers' failures.
    const again = await credentialsSignIn("e2e.nolock", demo.password, { forwardedFor: "192.0.2.10", cookies: own.cookies });
    expect(again.ok).toBe(true);
    expect(count("AuditLog", "action = 'auth.signIn' AND entityId = (SELECT CAST(id AS TEXT) FROM User WHERE username = 'e2e.nolock')")).toBe(2);
  });

});

test.describe("sessions", () => {
  test("GET /api/auth/session does not extend the session's absolute lifetime", async ({ browser }) => {
    const page = await signInAs(browser, "zhaolin.clerk");
    const tokenCookie = async () => (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    const before = await tokenCookie();
    await page.waitForTimeout(2_100);
    const response = await page.request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    expect((await tokenCookie()).expires).toBe(before.expires);
  });

  test("a user who must change the password can use neither actions nor APIs until they do", async ({ browser }) => {
    createTestUser("e2e.mustchange", "花园街道办事处", "CLERK", undefined, { mustChangePassword: true });
    const clerk = await signInAs(browser, "street.clerk");
    await fillComplaint(clerk, "楼道堆放杂物，临时密码用户重放");
    const action = await captureOnly(clerk, () => submitComplaint(clerk), isRegistration("临时密码用户重放"));
    const temp = await signInAs(browser, "e2e.mustchange");
    await expect(temp).toHaveURL(/\/account\/password/);
    const before = count("Complaint");
    const replay = await replayAction(temp.context(), action);
    expect(replay.text).not.toContain('"ok":true');
    expect(count("Complaint")).toBe(before);
    const exported = await temp.request.get("/api/complaints/export", { maxRedirects: 0 });
    expect(exported.status()).not.toBe(200);
    expect(exported.headers()["content-type"] ?? "").not.toContain("text/csv");
  });

  test("guesses of the current password on the change-password form are slowed down", async ({ page }) => {
    createTestUser("e2e.guesser", "大成街道办事处");
    await signIn(page, "e2e.guesser");
    await page.goto("/account/password");
    const throttled = page.getByText(/尝试过于频繁，请于 \d{2}:\d{2}:\d{2} 后再试/).first();
    // The guesser's checks on record: every guess leaves one, counted or refused for the wait.
    const attempts = (where = "1=1") => count("SignInAttempt", `kind = 'currentPassword' AND username = 'e2e.guesser' AND ${where}`);
    const failures = () => attempts("success = 0 AND throttled = 0");
    // One guess, answered: waits for its row rather than for an alert (the previous guess's alert
    // is still on the page, and a loaded machine may answer after the wait it names has passed).
    const guess = async (current: string) => {
      const before = attempts();
      await page.getByLabel("当前密码").fill(current);
      await page.getByRole("textbox", { name: "新密码", exact: true }).fill("Changed#Pass2026");
      await page.getByLabel("确认新密码").fill("Changed#Pass2026");
      await page.getByRole("button", { name: "修改密码" }).click();
      await expect.poll(attempts).toBe(before + 1);
      await expect(page.locator("[role=alert]").first()).toBeVisible();
    };
    // Five failures are free; after them each guess must wait 1 s, 2 s, 4 s, 8 s … from the last
    // failure. Wait each one out until the wait is 16 s, long enough to try the right password in.
    for (let i = 0; i < 20 && failures() < 9; i++) {
      await guess(`Wrong-current-${i}`);
      const n = failures();
      if (n >= 5 && n < 9) await page.waitForTimeout(1000 * 2 ** (n - 5) + 300);
    }
    expect(failures()).toBe(9);
    await expect(throttled).toBeVisible();
    // Even the right password waits now: it is refused unread, and the password is not changed.
    const refused = attempts("throttled = 1");
    await guess(demo.password);
    expect(attempts("throttled = 1")).toBe(refused + 1);
    await expect(throttled).toBeVisible();
    expect(count("AuditLog", "action = 'account.passwordCheckThrottled' AND actorName = '测试e2e.guesser'")).toBeGreaterThan(0);
    expect(count("AuditLog", "action = 'account.changePassword' AND actorName = '测试e2e.guesser'")).toBe(0);
  });

  test("a password longer than bcrypt reads (72 bytes) is refused with a message", async ({ page }) => {
    createTestUser("e2e.longpass", "大成街道办事处");
    await signIn(page, "e2e.longpass");
    await page.goto("/account/password");
    const long = `Aa1#${"长".repeat(30)}`;
    await page.getByLabel("当前密码").fill(demo.password);
    await page.getByRole("textbox", { name: "新密码", exact: true }).fill(long);
    await page.getByLabel("确认新密码").fill(long);
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByRole("textbox", { name: "新密码", exact: true })).toHaveAccessibleDescription(/过长/);
  });
});

test.describe("odd input", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a lone UTF-16 surrogate in a text field gets a message beside that field", async ({ page }) => {
    await signIn(page, "street.clerk");
    await fillComplaint(page, "楼道堆放杂物SURROGATE-MARK");
    const action = await captureOnly(page, () => submitComplaint(page), isRegistration("SURROGATE-MARK"));
    const before = count("Complaint");
    const replay = await replayAction(page.context(), { ...action, body: action.body.replace("SURROGATE-MARK", "\\ud800") });
    expect(replay.text).not.toContain("unexpected");
    expect(replay.text).toContain('"description":["invalidCharacters"]');
    expect(count("Complaint")).toBe(before);
  });

  test("ids like 1e308 are not found, never an unexpected error", async ({ page }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    for (const url of ["/api/attachments/1e308", "/api/attachments/99999999999", "/api/ical/meetings/1e308", "/api/assessment/1e308/export", "/complaints/1e308", "/disputes/2147483648"]) {
      const r = await page.request.get(url, { maxRedirects: 0 });
      expect(r.status(), url).toBe(404);
    }
    const id = await registerComplaint(page, { area: "海城花园小区", description: `夜间广场舞音响噪声扰民，巨大编号测试 ${Date.now()}` });
    const action = await captureWithoutSending(page, () => page.getByRole("button", { name: "受理", exact: true }).click());
    const forged: CapturedAction = { ...action, body: action.body.replace(new RegExp(`^\\[${id},`), "[1e308,") };
    expect(forged.body).toContain("1e308");
    const replay = await replayAction(page.context(), forged);
    expect(replay.text).not.toContain("unexpected");
    expect(replay.text).toContain("notFound");
  });

  test("impossible dates in list filters give the page with a message, and exports refuse them whole", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    for (const url of ["/complaints?from=0000-00-00", "/complaints?to=2026-02-30", "/referrals?from=9999-99-99", "/works?from=2027-13-45", "/outages?to=2026-02-30", "/meetings?from=2026-02-30"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByTestId("filter-problem"), url).toContainText("日期无效");
    }
    // An assessment period saved with impossible dates by an older version: its pages say so.
    const admin = queryOne<{ id: number; orgId: number }>(`SELECT id, orgId FROM User WHERE username = 'bureau.leader'`)!;
    const badPeriod = insertRaw(
      `INSERT INTO AssessmentPeriod (name, fromDate, toDate, minVolume, threshold, createdById, createdByName, createdByOrgId, createdAt, updatedAt, version) VALUES ('日期有误的考核期', '2026-02-30', '2027-13-45', 1, 80, ?, '王建国', ?, ?, ?, 1)`,
      admin.id, admin.orgId, new Date().toISOString(), new Date().toISOString(),
    );
    const bureau = await signInAs(browser, "bureau.leader");
    for (const url of [`/assessment/${badPeriod}`, `/assessment/${badPeriod}/print`]) {
      const response = await bureau.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(bureau.getByTestId("invalid-period"), url).toContainText("日期无效");
    }
    expect((await bureau.request.get(`/api/assessment/${badPeriod}/export?kind=DISTRICT&format=csv`)).status()).toBe(400);
    for (const url of ["/api/complaints/export?from=0000-00-00", "/api/referrals/export?to=2026-02-30", "/api/works/export?from=9999-99-99", "/api/outages/export?from=2026-02-30"]) {
      const r = await page.request.get(url);
      expect(r.status(), url).toBe(400);
      expect(await r.text(), url).toContain("日期无效");
    }
  });
});

test.describe("content security policy", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("scripts need the page's nonce, no script runs without it, and no page contacts another host", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
    });
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const check = async (url: string) => {
      const response = await page.goto(url);
      const csp = response?.headers()["content-security-policy"] ?? "";
      const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc, url).toMatch(/'nonce-[A-Za-z0-9+/=_-]{16,}'/);
      expect(scriptSrc, url).not.toContain("'unsafe-inline'");
      await page.waitForLoadState("networkidle");
    };
    await check("/sign-in");
    await check("/public/rating");
    await signIn(page, "street.clerk");
    for (const url of ["/", "/complaints", "/complaints/new", "/disputes", "/meetings", "/meetings/calendar", "/referrals", "/works", "/outages", "/supervision", "/assessment", "/areas", "/duties", "/about", "/account/password"]) await check(url);
    // Interactive pages still work: the client scripts ran (the routing preview is a server action).
    await fillComplaint(page, "电梯困人，CSP 测试");
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  test("two page loads get different nonces", async ({ page }) => {
    const a = (await page.goto("/sign-in"))?.headers()["content-security-policy"] ?? "";
    const b = (await page.goto("/sign-in"))?.headers()["content-security-policy"] ?? "";
    const nonce = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
  });
});

test.describe("retried submissions", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a registration sent twice (a retry after a lost answer) creates one complaint", async ({ page }) => {
    await signIn(page, "street.clerk");
    const description = `楼道堆放杂物，重复提交测试 ${Date.now()}`;
    await fillComplaint(page, description);
    const action = await captureAction(page, () => submitComplaint(page), isRegistration("重复提交测试"));
    await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/);
    const id = Number(/\/complaints\/(\d+)/.exec(page.url())![1]);
    const replay = await replayAction(page.context(), action);
    expect(replay.text).toContain(`"id":${id}`);
    expect(count("Complaint", "description = ?", description)).toBe(1);
  });
});
