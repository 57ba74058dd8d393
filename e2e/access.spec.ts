import { expect, test } from "@playwright/test";
import { areaId, orgId, queryAll } from "./db";
import { captureWithoutSending, replayAction, signIn, signInAs } from "./fixtures";

test.describe("access control", () => {
  test("a street clerk sees its own street's areas and gets 404 for another street's", async ({ page }) => {
    await signIn(page, "street.clerk");
    await page.goto("/areas");
    await expect(page.getByRole("link", { name: "海城花园小区" })).toBeVisible();
    await expect(page.getByRole("link", { name: "大成嘉园" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "兆麟公园小区" })).toHaveCount(0);

    const other = await page.goto(`/areas/${areaId("兆麟公园小区")}`);
    expect(other?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    const sameDistrict = await page.goto(`/areas/${areaId("大成嘉园")}`);
    expect(sameDistrict?.status()).toBe(404);
    const own = await page.goto(`/areas/${areaId("海城花园小区")}`);
    expect(own?.status()).toBe(200);
  });

  test("a district sees its streets' areas but not another district's", async ({ page }) => {
    await signIn(page, "district.clerk");
    expect((await page.goto(`/areas/${areaId("大成嘉园")}`))?.status()).toBe(200);
    expect((await page.goto(`/areas/${areaId("海城花园小区")}`))?.status()).toBe(200);
    expect((await page.goto(`/areas/${areaId("兆麟公园小区")}`))?.status()).toBe(404);
  });

  test("a property company sees only the areas it manages, across districts", async ({ page }) => {
    await signIn(page, "company.clerk");
    expect((await page.goto(`/areas/${areaId("兆麟公园小区")}`))?.status()).toBe(200);
    expect((await page.goto(`/areas/${areaId("海城花园小区")}`))?.status()).toBe(200);
    expect((await page.goto(`/areas/${areaId("红军街小区")}`))?.status()).toBe(404);
  });

  test("the administration pages are 404 for everyone but administrators", async ({ page }) => {
    await signIn(page, "bureau.leader");
    for (const path of ["/admin/organisations", "/admin/users", "/admin/duties", "/admin/audit", `/admin/organisations/${orgId("花园街道办事处")}`, "/admin/users/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("signed out, every page sends to the sign-in page", async ({ page }) => {
    for (const path of ["/", "/areas", `/areas/${areaId("海城花园小区")}`, "/admin/users", "/duties"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in/);
    }
  });

  test("an administrator's action replayed by a street clerk is refused and changes nothing", async ({ page, browser }) => {
    const clerk = await signInAs(browser, "street.clerk");
    await signIn(page, "admin");
    const target = orgId("兆麟街道办事处");
    await page.goto(`/admin/organisations/${target}`);
    // The rows the action would change (other specs sign in and create organisations in parallel).
    const rows = () => JSON.stringify([queryAll(`SELECT * FROM Organisation WHERE id = ?`, target), queryAll(`SELECT * FROM User WHERE orgId = ?`, target)]);
    const before = rows();
    // Capture the admin's real "save" request without letting it change anything: the
    // request is aborted before it reaches the server (inside the route handler: removing a
    // route right after a "request" event could let the request through under load).
    await page.getByLabel("联系电话").fill("0451-80000000");
    const action = await captureWithoutSending(page, () => page.getByRole("button", { name: "保存" }).click());

    const result = await replayAction(clerk.context(), action);
    expect(result.text).toContain("notFound");
    expect(rows()).toBe(before);

    // Signed out, the same request is not executed either.
    const anonymous = await browser.newContext();
    await replayAction(anonymous, action);
    expect(rows()).toBe(before);
  });
});
