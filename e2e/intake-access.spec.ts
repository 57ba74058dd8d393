// Access control for the intake records: other scopes get 404 by URL, captured actions replayed
// by another user are refused as notFound and change nothing (the record's rows compared before
// and after, so tests running in parallel do not disturb the comparison).
import { test } from "@playwright/test";
import { queryAll, queryOne } from "./db";
import { captureWithoutSending, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, PNG, acceptDialogs, expect, idFromUrl } from "./intake";

/** The rows of one record (and its timeline and inbox notices), to compare before and after. */
function rows(table: string, id: number, children: [string, string][] = [], entityType = table): string {
  return JSON.stringify([
    queryAll(`SELECT * FROM "${table}" WHERE id = ?`, id),
    ...children.map(([t, fk]) => queryAll(`SELECT * FROM "${t}" WHERE "${fk}" = ? ORDER BY id`, id)),
    queryAll(`SELECT * FROM Notification WHERE entityType = ? AND entityId = ? ORDER BY id`, entityType, id),
  ]);
}

/** Clicks a button that sends a server action, capturing the request without letting it reach the server. */
test.describe("intake access control", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("complaints: other streets, unrelated departments and companies get 404; a replayed step changes nothing", async ({ page, browser }) => {
    const haicheng = queryOne<{ id: number }>(`SELECT id FROM Complaint WHERE description LIKE '楼上噪音很大%'`)!.id; // 花园街道, registered
    const hongjun = queryOne<{ id: number }>(`SELECT id FROM Complaint WHERE description LIKE '小区西门垃圾堆放%'`)!.id; // 红军街小区 (冰城物业)
    for (const [user, id] of [["street2.clerk", haicheng], ["zhaolin.clerk", haicheng], ["dept.clerk", haicheng], ["company.clerk", hongjun], ["police.clerk", hongjun]] as const) {
      const p = await signInAs(browser, user);
      expect((await p.goto(`/complaints/${id}`))?.status(), `${user} /complaints/${id}`).toBe(404);
      await p.context().close();
    }
    const owners = await signInAs(browser, "owners.clerk");
    expect((await owners.goto("/complaints"))?.status()).toBe(404);
    expect((await owners.goto(`/complaints/${haicheng}`))?.status()).toBe(404);
    expect((await owners.goto("/complaints/new"))?.status()).toBe(404);
    const company = await signInAs(browser, "company.clerk");
    expect((await company.goto("/complaints/new"))?.status()).toBe(404);

    // The street clerk's "accept", captured and replayed by another street's clerk and by a department.
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    await page.goto(`/complaints/${haicheng}`);
    const accept = await captureWithoutSending(page, () => page.getByRole("button", { name: "受理", exact: true }).click());
    const before = rows("Complaint", haicheng, [["ComplaintEvent", "complaintId"], ["ComplaintHolder", "complaintId"]]);
    for (const user of ["street2.clerk", "dept.clerk", "company.clerk"]) {
      const other = await signInAs(browser, user);
      const result = await replayAction(other.context(), accept);
      expect(result.text, user).toContain("notFound");
      await other.context().close();
    }
    const anonymous = await browser.newContext();
    await replayAction(anonymous, accept);
    expect(rows("Complaint", haicheng, [["ComplaintEvent", "complaintId"], ["ComplaintHolder", "complaintId"]])).toBe(before);

    // Registering is refused to those without the permission (a property company replaying it).
    // A text like an open complaint's brings up the duplicate offer first, so the click on
    // "not a duplicate" sends the registration alone, which is captured and never sent.
    await page.goto("/complaints/new");
    await page.getByLabel("居住区").selectOption({ label: "海城花园小区" });
    await page.getByLabel("投诉人姓名").fill("重放测试");
    await page.getByLabel("投诉内容").fill("海城花园3号楼电梯经常停运，昨天又困人半小时，维保单位不及时处理");
    await page.getByTestId("routing-suggestions").getByRole("button", { name: "采用" }).first().click();
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(page.getByTestId("duplicates")).toBeVisible();
    // The routing lookup may still be on its way after the category change: wait for the registration.
    const register = await captureWithoutSending(page, () => page.getByRole("button", { name: "不是重复，继续登记" }).click(), (body) => body.includes("重放测试"));
    expect(register.body).toContain("重放测试");
    const replayed = await replayAction(company.context(), register);
    expect(replayed.text).toContain("notFound");
    expect(queryOne(`SELECT 1 FROM Complaint WHERE residentName = '重放测试'`)).toBeUndefined();
  });

  test("complaint attachments are served only to those who may identify the resident", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    await page.goto("/complaints/new");
    await page.getByLabel("居住区").selectOption({ label: "红军街小区" });
    await page.getByLabel("投诉人姓名").fill("附件测试人");
    await page.getByLabel("投诉内容").fill("红军街小区9号楼单元门门禁损坏，附来信照片");
    await page.getByTestId("routing-suggestions").getByRole("button", { name: "采用" }).first().click();
    await page.getByLabel("附件").setInputFiles({ name: "来信.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/);
    const id = idFromUrl(page);
    const file = queryOne<{ id: number }>(`SELECT id FROM Attachment WHERE entityType = 'Complaint' AND entityId = ?`, id)!;
    expect((await page.context().request.get(`/api/attachments/${file.id}`)).status()).toBe(200);
    // The district sees the complaint, masked, and not the file; another street sees neither.
    const district = await signInAs(browser, "district.clerk");
    await district.goto(`/complaints/${id}`);
    await expect(district.getByText("附件 1 件：可能含投诉人信息")).toBeVisible();
    expect((await district.context().request.get(`/api/attachments/${file.id}`)).status()).toBe(404);
    const other = await signInAs(browser, "street2.clerk");
    expect((await other.context().request.get(`/api/attachments/${file.id}`)).status()).toBe(404);
    expect((await other.goto(`/complaints/${id}`))?.status()).toBe(404);
  });

  test("referrals: other streets and other departments get 404; a replayed acceptance changes nothing", async ({ page, browser }) => {
    const barbecue = queryOne<{ id: number }>(`SELECT id FROM EnforcementReferral WHERE findings LIKE '每晚18时至24时%'`)!.id; // 花园 → 城管执法, referred
    for (const user of ["street2.clerk", "dept.clerk", "police.clerk"]) {
      const p = await signInAs(browser, user);
      expect((await p.goto(`/referrals/${barbecue}`))?.status(), user).toBe(404);
      await p.context().close();
    }
    const company = await signInAs(browser, "company.clerk");
    expect((await company.goto("/referrals"))?.status()).toBe(404);
    expect((await company.goto("/referrals/new"))?.status()).toBe(404);

    acceptDialogs(page);
    await signIn(page, "enforce.clerk");
    await page.goto(`/referrals/${barbecue}`);
    const accept = await captureWithoutSending(page, () => page.getByRole("button", { name: "受理", exact: true }).click());
    const before = rows("EnforcementReferral", barbecue, [["ReferralEvent", "referralId"]]);
    for (const user of ["dept.clerk", "street.clerk", "street2.clerk"]) {
      const other = await signInAs(browser, user);
      expect((await replayAction(other.context(), accept)).text, user).toContain("notFound");
      await other.context().close();
    }
    expect(rows("EnforcementReferral", barbecue, [["ReferralEvent", "referralId"]])).toBe(before);
    expect(queryOne<{ status: string }>(`SELECT status FROM EnforcementReferral WHERE id = ?`, barbecue)!.status).toBe("REFERRED");
  });

  test("works: only the areas' parties and the utility see them; a replayed confirmation changes nothing", async ({ page, browser }) => {
    const works = queryOne<{ id: number }>(`SELECT id FROM PlannedWorks WHERE title = '换热站设备更新'`)!.id; // 海城花园 + 兆麟公园小区
    const row = queryOne<{ id: number }>(`SELECT w.id FROM PlannedWorksArea w JOIN ResidentialArea a ON a.id = w.areaId WHERE w.worksId = ? AND a.name = '海城花园小区'`, works)!.id;
    for (const user of ["street2.clerk", "police.clerk"]) {
      const p = await signInAs(browser, user);
      expect((await p.goto(`/works/${works}`))?.status(), user).toBe(404);
      expect((await p.goto(`/works/${works}/notice`))?.status(), user).toBe(404);
      await p.context().close();
    }
    const dept = await signInAs(browser, "dept.clerk");
    expect((await dept.goto("/works"))?.status()).toBe(404);
    const owners = await signInAs(browser, "owners.clerk");
    expect((await owners.goto(`/works/${works}`))?.status()).toBe(200);

    await signIn(page, "company.clerk");
    await page.goto(`/works/${works}`);
    const mine = page.getByRole("row", { name: /海城花园小区/ });
    const confirm = await captureWithoutSending(page, () => mine.getByRole("button", { name: "确认已恢复" }).click());
    const before = JSON.stringify(queryAll(`SELECT * FROM PlannedWorksArea WHERE id = ?`, row));
    for (const user of ["street2.clerk", "owners.clerk", "zhaolin.clerk"]) {
      const other = await signInAs(browser, user);
      expect((await replayAction(other.context(), confirm)).text, user).toContain("notFound");
      await other.context().close();
    }
    expect(JSON.stringify(queryAll(`SELECT * FROM PlannedWorksArea WHERE id = ?`, row))).toBe(before);
  });

  test("outages: other streets get 404; a replayed assist confirmation changes nothing", async ({ page, browser }) => {
    const outage = queryOne<{ id: number }>(`SELECT id FROM Outage WHERE reason LIKE '换热站循环泵故障抢修%'`)!.id; // 海城花园 + 邮政家园
    const task = queryOne<{ id: number }>(`SELECT t.id FROM OutageAssistTask t JOIN ResidentialArea a ON a.id = t.areaId WHERE t.outageId = ? AND a.name = '海城花园小区'`, outage)!.id;
    for (const user of ["street2.clerk", "dept.clerk", "police.clerk"]) {
      const p = await signInAs(browser, user);
      expect((await p.goto(`/outages/${outage}`))?.status(), user).toBe(404);
      await p.context().close();
    }
    await signIn(page, "company.clerk");
    await page.goto(`/outages/${outage}`);
    const mine = page.getByRole("row", { name: /海城花园小区/ });
    await mine.getByLabel("协助安排").fill("重放测试");
    const confirm = await captureWithoutSending(page, () => mine.getByRole("button", { name: "确认协助" }).click());
    const before = JSON.stringify([queryAll(`SELECT * FROM OutageAssistTask WHERE id = ?`, task), queryAll(`SELECT * FROM OutageEvent WHERE outageId = ?`, outage)]);
    for (const user of ["street2.clerk", "utility.clerk"]) {
      const other = await signInAs(browser, user);
      expect((await replayAction(other.context(), confirm)).text, user).toContain("notFound");
      await other.context().close();
    }
    expect(JSON.stringify([queryAll(`SELECT * FROM OutageAssistTask WHERE id = ?`, task), queryAll(`SELECT * FROM OutageEvent WHERE outageId = ?`, outage)])).toBe(before);
    // Exports need a signed-in user and follow the same scope.
    const anonymous = await browser.newContext();
    for (const path of ["/api/complaints/export", "/api/referrals/export", "/api/works/export", "/api/outages/export"]) {
      const response = await anonymous.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).not.toBe(200);
    }
    const theirs = await signInAs(browser, "street2.clerk");
    const csv = Buffer.from(await (await theirs.context().request.get("/api/outages/export")).body()).toString("utf8");
    expect(csv).not.toContain(queryOne<{ ref: string }>(`SELECT ref FROM Outage WHERE id = ?`, outage)!.ref);
  });
});
