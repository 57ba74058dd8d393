import { expect, test } from "@playwright/test";
import demo from "../prisma/demo-users.json" with { type: "json" };
import { createTestUser, queryOne } from "./db";
import { signIn, signInWithForm } from "./fixtures";

test.describe("sign-in", () => {
  test("every demo user signs in and lands on a home page that names their organisation", async ({ page }) => {
    test.setTimeout(240_000);
    for (const user of demo.users) {
      await signInWithForm(page, user.username);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(user.org);
      await page.getByRole("button", { name: "退出登录" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });

  test("a wrong password is refused with a message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("用户名").fill("street.clerk");
    await page.getByLabel("密码").fill("Wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("用户名或密码错误。")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields get messages beside them", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("此项必填")).toHaveCount(2);
  });

  test("after repeated failures the sign-in page asks to wait, even for the right password, and says until when", async ({ browser }) => {
    createTestUser("e2e.lockout", "花园街道办事处");
    // A browser of its own behind the trusted proxy, so its failures count against an address of its own.
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", extraHTTPHeaders: { "x-forwarded-for": "192.0.2.44" } });
    const page = await context.newPage();
    const alert = page.locator("p[role=alert]");
    const attempt = async (password: string) => {
      await page.goto("/sign-in");
      await page.getByLabel("用户名").fill("e2e.lockout");
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(alert).toBeVisible();
    };
    // The wait doubles with each failure after the free five (1 s, 2 s, 4 s, 8 s …): fail until
    // the page asks for a wait long enough to try the right password within it.
    let waitSeconds = 0;
    for (let i = 0; i < 15 && waitSeconds < 6; i++) {
      await attempt(`Wrong-password-${i}`);
      const m = /请于 (\d{2}):(\d{2}):(\d{2}) 后再试/.exec((await alert.textContent()) ?? "");
      if (!m) continue;
      // The time shown is Harbin's (UTC+8).
      const now = new Date(Date.now() + 8 * 3_600_000);
      const until = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), Number(m[1]), Number(m[2]), Number(m[3]));
      waitSeconds = (until - now.getTime()) / 1000;
      if (waitSeconds < 6) await page.waitForTimeout(Math.max(0, waitSeconds * 1000) + 200);
    }
    expect(waitSeconds).toBeGreaterThanOrEqual(6);
    await expect(alert).toContainText(/尝试过于频繁，请于 \d{2}:\d{2}:\d{2} 后再试/);
    await attempt(demo.password);
    await expect(alert).toContainText("尝试过于频繁");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    expect(queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'auth.signInThrottled' AND entityId = 'e2e.lockout'`)?.n).toBeGreaterThan(0);
    await context.close();
  });

  test("sign-out ends the session and is audited", async ({ page }) => {
    await signIn(page, "community.clerk");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/areas");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fareas/);
    const row = queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM AuditLog a JOIN User u ON u.id = a.actorUserId WHERE a.action = 'auth.signOut' AND u.username = 'community.clerk'`);
    expect(row?.n).toBeGreaterThan(0);
  });

  test("after sign-in the user returns to the page they asked for", async ({ page }) => {
    await page.goto("/duties");
    await expect(page).toHaveURL(/callbackUrl=%2Fduties/);
    await page.getByLabel("用户名").fill("police.clerk");
    await page.getByLabel("密码").fill(demo.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/duties$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("职责清单");
  });
});

test("a user changes their own password and signs in with the new one", async ({ page }) => {
  createTestUser("e2e.password", "大成街道办事处");
  await signIn(page, "e2e.password");
  await page.goto("/account/password");
  await page.getByLabel("当前密码").fill(demo.password);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill("short");
  await page.getByLabel("确认新密码").fill("short");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("textbox", { name: "新密码", exact: true })).toHaveAccessibleDescription(/密码至少 10 位/);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill("Changed#Pass2026");
  await page.getByLabel("确认新密码").fill("Changed#Pass2026");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码已修改")).toBeVisible();
  // The current session survives the change.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("大成街道办事处");
  await page.getByRole("button", { name: "退出登录" }).click();
  await signIn(page, "e2e.password", "Changed#Pass2026");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("大成街道办事处");
});

test("the language switch turns the interface into English and back", async ({ page }) => {
  await signIn(page, "district.clerk");
  await expect(page.getByRole("link", { name: "居住区" }).first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Residential areas" }).first()).toBeVisible();
  await page.goto("/areas");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Residential areas");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("居住区");
});
