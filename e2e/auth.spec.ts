import { expect, test } from "@playwright/test";
import demo from "../prisma/demo-users.json" with { type: "json" };
import { count, createTestUser, queryOne } from "./db";
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
    // Every attempt leaves one row, counted or refused for the wait: each attempt waits for its
    // row, so a loaded machine's slow answer is not mistaken for the wait it names.
    const rows = (where = "1=1") => count("SignInAttempt", `kind = 'signIn' AND username = 'e2e.lockout' AND ${where}`);
    const failures = () => rows("success = 0 AND throttled = 0");
    const attempt = async (password: string) => {
      const before = rows();
      await page.goto("/sign-in");
      await page.getByLabel("用户名").fill("e2e.lockout");
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).click();
      await expect.poll(rows).toBe(before + 1);
      await expect(alert).toBeVisible();
    };
    // Five failures are free (for a name from a browser it has not signed in from); after them
    // each attempt must wait 1 s, 2 s, 4 s, 8 s … from the last failure. Wait each one out until
    // the wait is 16 s, long enough to try the right password in.
    for (let i = 0; i < 20 && failures() < 9; i++) {
      await attempt(`Wrong-password-${i}`);
      const n = failures();
      if (n >= 5 && n < 9) await page.waitForTimeout(1000 * 2 ** (n - 5) + 300);
    }
    expect(failures()).toBe(9);
    await expect(alert).toContainText(/尝试过于频繁，请于 \d{2}:\d{2}:\d{2} 后再试/);
    const refused = rows("throttled = 1");
    await attempt(demo.password);
    expect(rows("throttled = 1")).toBe(refused + 1);
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
  // Signed out only once the sign-in page shows (navigating sooner would abort the sign-out).
  await expect(page).toHaveURL(/\/sign-in/);
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
