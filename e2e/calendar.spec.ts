import { test } from "@playwright/test";
import { queryOne } from "./db";
import { signIn } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, expect } from "./intake";

test.describe("holiday calendar and deadline rules", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("an administrator adds a day off and changes a rule; working-day deadlines follow at once", async ({ page }) => {
    acceptDialogs(page);
    await signIn(page, "admin");
    const tryDeadline = async (from: string, rule: string) => {
      await page.goto(`/admin/calendar?year=2027&from=${from}&rule=${rule}`);
      return (await page.getByTestId("try-result").textContent()) ?? "";
    };
    // 5 working days from Monday 2027-03-01 end on Monday 2027-03-08.
    expect(await tryDeadline("2027-03-01", "ESCALATION_ACCEPT")).toContain("到期日为 2027-03-08（星期一）");

    // Wednesday 2027-03-03 becomes a day off: the deadline moves by one working day.
    await page.goto("/admin/calendar?year=2027");
    await page.locator("input[name=date]").fill("2027-03-03");
    await page.getByLabel("类型").selectOption({ label: "放假" });
    await page.getByLabel("名称").fill("测试假日");
    await page.getByRole("button", { name: "设置", exact: true }).click();
    await expect(page.getByRole("row", { name: /2027-03-03/ })).toContainText("管理员设置");
    expect(queryOne(`SELECT kind, source FROM CalendarDay WHERE date = '2027-03-03'`)).toEqual({ kind: "HOLIDAY", source: "admin" });
    expect(await tryDeadline("2027-03-01", "ESCALATION_ACCEPT")).toContain("到期日为 2027-03-09（星期二）");

    // Saturday 2027-03-06 becomes a moved working day (调休): it counts again.
    await page.goto("/admin/calendar?year=2027");
    await page.locator("input[name=date]").fill("2027-03-06");
    await page.getByLabel("类型").selectOption({ label: "上班（调休）" });
    await page.getByRole("button", { name: "设置", exact: true }).click();
    await expect(page.getByRole("row", { name: /2027-03-06/ })).toBeVisible();
    expect(await tryDeadline("2027-03-01", "ESCALATION_ACCEPT")).toContain("到期日为 2027-03-08（星期一）");

    // Back to the default calendar.
    for (const date of ["2027-03-03", "2027-03-06"]) {
      await page.goto("/admin/calendar?year=2027");
      await page.getByRole("row", { name: new RegExp(date) }).getByRole("button", { name: "恢复默认" }).click();
      await expect(page.getByRole("row", { name: new RegExp(date) })).toHaveCount(0);
    }
    expect(await tryDeadline("2027-03-01", "ESCALATION_ACCEPT")).toContain("到期日为 2027-03-08（星期一）");

    // A rule counted in calendar days instead.
    await page.goto("/admin/calendar");
    const rule = page.getByRole("form", { name: "报请事项受理期限" });
    await rule.getByLabel("计算方式").selectOption({ label: "自然日" });
    await rule.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
    expect(await tryDeadline("2027-03-01", "ESCALATION_ACCEPT")).toContain("到期日为 2027-03-06（星期六）");
    await page.goto("/admin/calendar");
    await page.getByRole("form", { name: "报请事项受理期限" }).getByLabel("计算方式").selectOption({ label: "工作日" });
    await page.getByRole("form", { name: "报请事项受理期限" }).getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
    expect(queryOne(`SELECT days, dayType FROM DeadlineRule WHERE code = 'ESCALATION_ACCEPT'`)).toEqual({ days: 5, dayType: "WORKING" });
  });

  test("the calendar is for administrators only", async ({ page }) => {
    await signIn(page, "bureau.leader");
    expect((await page.goto("/admin/calendar"))?.status()).toBe(404);
  });
});
