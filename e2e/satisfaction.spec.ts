// Residents' satisfaction as the real roles: the resident rates a closed complaint on the public
// page (a wrong pair reveals nothing, a second rating is refused), and the street office records
// a dissatisfied return visit that reopens the matter (another street's replay changes nothing).
import { test, type Page } from "@playwright/test";
import { count, queryOne } from "./db";
import { captureAction, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, expect } from "./intake";

type Row = { id: number; ref: string; residentPhone: string; residentName: string; version: number };

function closedUnrated(street: string, offset = 0): Row {
  return queryOne<Row>(
    `SELECT c.id, c.ref, c.residentPhone, c.residentName, c.version FROM Complaint c JOIN Organisation o ON o.id = c.streetId
     WHERE o.name = ? AND c.status = 'CLOSED' AND c.satisfaction IS NULL AND c.residentRatedAt IS NULL ORDER BY c.id LIMIT 1 OFFSET ?`, street, offset,
  )!;
}

async function lookUp(page: Page, ref: string, suffix: string) {
  await page.getByLabel("受理编号").fill(ref);
  await page.getByLabel("电话号码后四位").fill(suffix);
  await page.getByRole("button", { name: "查询" }).click();
}

test.describe("satisfaction", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a resident rates a closed complaint once on the public page; a wrong phone suffix reveals nothing", async ({ browser }) => {
    const c = closedUnrated("靖宇街道办事处");
    const suffix = c.residentPhone.slice(-4);
    const wrong = String((Number(suffix) + 1) % 10000).padStart(4, "0");
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    const response = await page.goto("/public/rating");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/public\/rating$/);

    // Bad input: a message beside the field, nothing sent.
    await lookUp(page, c.ref, "12");
    await expect(page.getByText("请填写电话号码的后四位数字")).toBeVisible();

    // A wrong suffix and an unknown reference get the same answer, and nothing of the complaint.
    await lookUp(page, c.ref, wrong);
    const message = page.getByTestId("public-message");
    await expect(message).toHaveText("未找到与该编号和电话号码相符的投诉，请核对后重新输入。");
    await expect(page.getByTestId("public-complaint")).toHaveCount(0);
    await lookUp(page, "TS-2020-999999", suffix);
    await expect(message).toHaveText("未找到与该编号和电话号码相符的投诉，请核对后重新输入。");
    expect(await page.content()).not.toContain(c.residentName);

    // The right pair: the status and result in plain words, no names.
    await lookUp(page, c.ref, suffix);
    await expect(page.getByTestId("public-stage")).toHaveText("已办结");
    await expect(page.getByTestId("public-result")).not.toBeEmpty();
    const html = await page.content();
    expect(html).not.toContain(c.residentName);
    expect(html).not.toContain("值班人员");

    await page.getByLabel("基本满意").check();
    await page.getByLabel("意见和建议").fill("处理及时，希望加强日常巡查。");
    const rating = await captureAction(page, () => page.getByRole("button", { name: "提交评价" }).click());
    await expect(page.getByText("评价已提交，感谢您的监督。")).toBeVisible();
    expect(queryOne(`SELECT satisfaction, satisfactionSource FROM Complaint WHERE id = ?`, c.id)).toEqual({ satisfaction: "BASICALLY_SATISFIED", satisfactionSource: "RESIDENT" });
    expect(count("ComplaintRating", "complaintId = ?", c.id)).toBe(1);

    // Rating again: the page says so, and the replayed action is refused and changes nothing.
    await page.getByRole("button", { name: "查询其他投诉" }).click();
    await lookUp(page, c.ref, suffix);
    await expect(page.getByText("您已对该投诉作出评价，感谢您的参与。")).toBeVisible();
    await expect(page.getByTestId("rating-form")).toHaveCount(0);
    const other = await browser.newContext();
    const replayed = await replayAction(other, rating);
    expect(replayed.text).toContain("alreadyRated");
    expect(count("ComplaintRating", "complaintId = ?", c.id)).toBe(1);
    expect(queryOne(`SELECT satisfaction FROM Complaint WHERE id = ?`, c.id)).toEqual({ satisfaction: "BASICALLY_SATISFIED" });
    await other.close();
    await context.close();
  });

  test("the street office records a dissatisfied return visit and reopens the matter; another street's replay is refused", async ({ page, browser }) => {
    const c = closedUnrated("花园街道办事处");
    await signIn(page, "street.clerk");
    await page.goto(`/complaints/${c.id}`);
    const form = page.getByTestId("return-visit-form");
    await form.getByLabel("回访方式").selectOption({ label: "电话回访" });
    await form.getByLabel("评价").selectOption({ label: "不满意" });
    await form.getByLabel("回访情况").fill("居民反映问题仍未解决。");
    await form.getByLabel(/不满意，重新办理/).check();
    const visit = await captureAction(page, () => form.getByRole("button", { name: "记录回访" }).click());
    await expect(page.getByText("回访已记录，投诉已重新办理，请重新交办。")).toBeVisible();
    await expect(page.getByTestId("counting-rating")).toContainText("不满意");
    expect(queryOne(`SELECT status, reopenCount, satisfaction FROM Complaint WHERE id = ?`, c.id)).toEqual({ status: "ACCEPTED", reopenCount: 1, satisfaction: "DISSATISFIED" });
    // Reopened: the office can assign it again.
    await expect(page.getByRole("button", { name: "交办", exact: true })).toBeVisible();

    const before = JSON.stringify([queryOne(`SELECT * FROM Complaint WHERE id = ?`, c.id), count("ComplaintRating", "complaintId = ?", c.id), count("ComplaintEvent", "complaintId = ?", c.id)]);
    for (const user of ["street2.clerk", "zhaolin.clerk", "company.clerk"]) {
      const other = await signInAs(browser, user);
      const result = await replayAction(other.context(), visit);
      expect(result.text, user).toContain("notFound");
      await other.context().close();
    }
    expect(JSON.stringify([queryOne(`SELECT * FROM Complaint WHERE id = ?`, c.id), count("ComplaintRating", "complaintId = ?", c.id), count("ComplaintEvent", "complaintId = ?", c.id)])).toBe(before);
  });
});
