// Supervision (督办) as the real roles: an overdue complaint in the views of its street, district
// and city but not another district's; a complaint bounced three times raises buck-passing
// signals naming the units; collective petitions are marked by the registering office only.
import { test, type Page } from "@playwright/test";
import { queryAll, queryOne } from "./db";
import { captureAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, complaint, expect, registerComplaint } from "./intake";

async function step(page: Page, button: string, done: string, fill?: Record<string, string>) {
  for (const [label, value] of Object.entries(fill ?? {})) await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

/** The seeded complaint bounced between enforcement and construction (prisma/demo-supervision.ts). */
function bouncedDemo(): { id: number; ref: string } {
  return queryOne<{ id: number; ref: string }>(`SELECT id, ref FROM Complaint WHERE description LIKE '5号楼楼顶加建彩钢房%'`)!;
}

test.describe("supervision", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("an overdue complaint appears in the supervision view of its street, district and city, with how long and who held it", async ({ browser }) => {
    const { ref } = bouncedDemo();
    for (const user of ["street.clerk", "district.leader", "bureau.leader"]) {
      const page = await signInAs(browser, user);
      await page.goto("/supervision");
      // The overview counts per responsible unit; the unit's own list names every matter.
      const unit = page.getByTestId("supervision-org").filter({ hasText: "哈尔滨市城市管理行政执法局" });
      await expect(unit, user).toBeVisible();
      await unit.getByRole("link", { name: "哈尔滨市城市管理行政执法局" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办：哈尔滨市城市管理行政执法局");
      const group = page.getByTestId("supervision-group");
      const row = group.getByRole("row", { name: new RegExp(ref) });
      await expect(row, user).toBeVisible();
      await expect(row).toContainText(/超期 \d+ 天/);
      await expect(row).toContainText("花园街道办事处 → 哈尔滨市城市管理行政执法局 → 哈尔滨市城乡建设委员会 → 哈尔滨市城市管理行政执法局");
      // The home page's compact section links to the view.
      await page.goto("/");
      await expect(page.getByRole("link", { name: "查看督办" })).toBeVisible();
      await page.context().close();
    }
    // Another district and another district's street do not see it; units without supervision get 404.
    for (const user of ["daoli.leader", "zhaolin.clerk", "street2.clerk"]) {
      const page = await signInAs(browser, user);
      expect((await page.goto("/supervision"))?.status(), user).toBe(200);
      await expect(page.getByRole("heading", { name: "督办", level: 1 })).toBeVisible();
      await expect(page.getByText(ref)).toHaveCount(0);
      // Nor when asking for the unit's list by URL.
      const enforcement = queryOne<{ id: number }>(`SELECT id FROM Organisation WHERE name = ?`, "哈尔滨市城市管理行政执法局")!.id;
      expect((await page.goto(`/supervision?org=${enforcement}`))?.status(), user).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办：哈尔滨市城市管理行政执法局");
      await expect(page.getByText(ref)).toHaveCount(0);
      await page.context().close();
    }
    for (const user of ["company.clerk", "dept.clerk", "community.clerk"]) {
      const page = await signInAs(browser, user);
      expect((await page.goto("/supervision"))?.status(), user).toBe(404);
      await page.context().close();
    }
  });

  test("a complaint bounced three times raises buck-passing signals naming the units", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    const id = await registerComplaint(page, { area: "红军街小区", description: "红军街小区7号楼电梯困人，物业说维保单位负责，维保单位不来" }, "哈尔滨市质量技术监督局");
    await step(page, "受理", "已受理。");
    await page.getByLabel("承办单位").selectOption({ label: "哈尔滨市城市管理行政执法局" });
    await step(page, "交办", "已交办。", { 改派理由: "居民称电梯井旁有违建" });
    const enforcer = await signInAs(browser, "enforce.clerk");
    await enforcer.goto(`/complaints/${id}`);
    await step(enforcer, "退回（非本单位职责）", "已退回登记单位。", { 退回理由: "属电梯安全，非本局职责" });
    await page.goto(`/complaints/${id}`);
    await page.getByLabel("承办单位").selectOption({ label: "哈尔滨市质量技术监督局" });
    await step(page, "改派", "已改派。", { 改派理由: "按职责清单改派质监局" });
    const dept = await signInAs(browser, "dept.clerk");
    await dept.goto(`/complaints/${id}`);
    await step(dept, "退回（非本单位职责）", "已退回登记单位。", { 退回理由: "违建未拆除前无法检验，请先由城管处理" });
    await page.goto(`/complaints/${id}`);
    await page.getByLabel("承办单位").selectOption({ label: "哈尔滨市城市管理行政执法局" });
    await step(page, "改派", "已改派。", { 改派理由: "先拆除违建" });
    expect(complaint(id).handOverCount).toBe(3);

    // On the record: the signals and the units they name.
    const card = page.getByTestId("complaint-supervision");
    await expect(card.getByTestId("signal-HANDED_OVER_3X")).toContainText("交办 3 次");
    await expect(card.getByTestId("signal-RETURNED_BY_2")).toContainText("哈尔滨市城市管理行政执法局、哈尔滨市质量技术监督局");
    await expect(card.getByTestId("signal-PING_PONG")).toContainText("哈尔滨市城市管理行政执法局、哈尔滨市质量技术监督局");

    // In the district's supervision view, with a link to the matter.
    const district = await signInAs(browser, "district.leader");
    await district.goto("/supervision");
    const matter = district.getByTestId("signal-matter").filter({ hasText: complaint(id).ref });
    await expect(matter.getByTestId("signal-PING_PONG")).toContainText("哈尔滨市质量技术监督局");
    await matter.getByRole("link", { name: complaint(id).ref }).click();
    await expect(district).toHaveURL(new RegExp(`/complaints/${id}$`));
    // Not in another district's.
    const daoli = await signInAs(browser, "daoli.leader");
    await daoli.goto("/supervision");
    await expect(daoli.getByText(complaint(id).ref)).toHaveCount(0);
  });

  test("the registering office marks a collective petition; it is flagged for review after a bounced matter; bad input and other offices are refused", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    const id = await registerComplaint(page, { area: "果戈里公寓", description: "果戈里公寓居民二十余人集体来访，反映小区暖气不热、室温不达标" });
    const card = page.getByTestId("complaint-supervision");
    await card.getByLabel("上访人数").fill("1");
    await card.getByRole("button", { name: "标记为群体上访" }).click();
    await expect(card.getByText("群体上访须填写人数，至少 2 人")).toBeVisible();
    expect(queryOne<{ isPetition: number | null }>(`SELECT isPetition FROM Complaint WHERE id = ?`, id)!.isPetition).toBeNull();

    await card.getByLabel("上访人数").fill("15");
    const mark = await captureAction(page, () => card.getByRole("button", { name: "标记为群体上访" }).click());
    await expect(page.getByRole("status").filter({ hasText: "已标记为群体上访。" })).toBeVisible();
    expect(queryOne(`SELECT isPetition, petitionHeadcount FROM Complaint WHERE id = ?`, id)).toEqual({ isPetition: 1, petitionHeadcount: 15 });
    expect(queryAll<{ kind: string }>(`SELECT kind FROM ComplaintEvent WHERE complaintId = ?`, id).map((e) => e.kind)).toContain("MARKED_PETITION");
    // The seeded complaint about the same area bounced and is overdue: review flag on the record and in supervision.
    await expect(card.getByTestId("petition-review-flag")).toContainText(bouncedDemo().ref);
    await page.goto("/supervision");
    await expect(page.getByTestId("petition-review").filter({ hasText: complaint(id).ref })).toContainText("15 人");

    // Another street's clerk and the district see no mark form; a replay by them changes nothing.
    const before = JSON.stringify(queryAll(`SELECT * FROM Complaint WHERE id = ?`, id));
    for (const user of ["street2.clerk", "propoffice.clerk"]) {
      const other = await signInAs(browser, user);
      const replayed = await other.context().request.post(mark.url, { headers: mark.headers, data: mark.body, maxRedirects: 0 });
      expect(await replayed.text(), user).toContain("notFound");
      await other.context().close();
    }
    expect(JSON.stringify(queryAll(`SELECT * FROM Complaint WHERE id = ?`, id))).toBe(before);
  });

  test("the registration form takes a collective petition with its headcount, checked beside the field", async ({ page }) => {
    await signIn(page, "street.clerk");
    await page.goto("/complaints/new");
    await page.getByLabel("居住区").selectOption({ label: "邮政家园" });
    await page.getByLabel("投诉人姓名").fill("联名代表");
    await page.getByLabel("投诉内容").fill("邮政家园居民十余人联名反映小区门禁系统损坏多日，外来人员随意进出");
    await page.getByTestId("routing-suggestions").getByRole("button", { name: "采用" }).first().click();
    await page.getByLabel("群体上访").check();
    await page.getByLabel("上访人数").fill("1");
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(page.getByText("群体上访须填写人数，至少 2 人")).toBeVisible();
    expect(queryOne(`SELECT 1 FROM Complaint WHERE residentName = '联名代表'`)).toBeUndefined();
    await page.getByLabel("上访人数").fill("12");
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/);
    expect(queryOne(`SELECT isPetition, petitionHeadcount FROM Complaint WHERE residentName = '联名代表'`)).toEqual({ isPetition: 1, petitionHeadcount: 12 });
    await expect(page.getByTestId("petition-headcount")).toHaveText("12 人");
  });
});
