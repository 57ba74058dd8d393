import { test } from "@playwright/test";
import { orgId, queryAll, queryOne } from "./db";
import { signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, cityDateTime, cityDay, expect, idFromUrl, moveWorksIntoPast } from "./intake";

test.describe("public services", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("planned works notify the property company and the owners' committee before they start; the restoration is confirmed", async ({ page, browser }) => {
    await signIn(page, "utility.clerk");
    await page.goto("/works/new");
    await page.getByLabel("施工内容").fill("海城花园供热管网测试改造");
    await page.getByLabel("施工说明").fill("更换5号楼至7号楼之间的二次供热管网。");
    await page.getByLabel("挖掘、占用范围").fill("5号楼前道路、中心绿地东侧");
    await page.getByLabel("联系电话").fill("13900001111");
    await page.getByRole("checkbox", { name: "海城花园小区" }).check();
    // Works start after they are announced: today is refused, beside the field.
    await page.getByLabel("开工日期").fill(cityDay(0));
    await page.getByLabel("完工日期").fill(cityDay(3));
    await page.getByRole("button", { name: "登记并通知" }).click();
    await expect(page.getByText("开工日期必须晚于今天")).toBeVisible();
    expect(queryOne(`SELECT 1 FROM PlannedWorks WHERE title = '海城花园供热管网测试改造'`)).toBeUndefined();

    await page.getByLabel("开工日期").fill(cityDay(2));
    await page.getByRole("button", { name: "登记并通知" }).click();
    await expect(page).toHaveURL(/\/works\/\d+\?done=created/);
    const id = idFromUrl(page);
    const ref = queryOne<{ ref: string }>(`SELECT ref FROM PlannedWorks WHERE id = ?`, id)!.ref;

    // Both were told at registration, before the start date.
    for (const org of ["龙江物业服务有限公司", "海城花园小区业主委员会"]) {
      const n = queryOne<{ createdAt: string }>(`SELECT createdAt FROM Notification WHERE orgId = ? AND message = 'works.notified' AND entityId = ?`, orgId(org), id);
      expect(n, org).toBeTruthy();
    }
    const owners = await signInAs(browser, "owners.clerk");
    await owners.goto("/");
    await expect(owners.getByTestId("works-inbox").getByRole("link", { name: ref })).toBeVisible();
    await expect(owners.getByText(`施工告知 ${ref}：哈尔滨市热力服务中心（演示） 将于 ${cityDay(2)} 至 ${cityDay(3)}`)).toBeVisible();

    // The printable notice for residents (one page per area, GB/T 9704 look).
    await page.goto(`/works/${id}`);
    await page.getByRole("link", { name: "打印施工告知" }).click();
    const notice = page.getByTestId("works-notice");
    await expect(notice).toHaveCount(1);
    await expect(notice.getByRole("heading", { name: "施工告知" })).toBeVisible();
    await expect(notice).toContainText("海城花园小区各位业主、住户：");
    await expect(notice).toContainText("5号楼前道路、中心绿地东侧");
    await expect(notice).toContainText(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(notice).toContainText("哈尔滨市热力服务中心（演示）");

    // After the works (test set-up moves them into the past), the utility reports the restoration.
    moveWorksIntoPast(id, 5, 1);
    await page.goto(`/works/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("逾期未恢复");
    await page.getByLabel("恢复情况").fill("管沟已回填，道路已恢复，绿地已补种。");
    await page.getByRole("button", { name: "报告恢复原状", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "已报告恢复原状" })).toBeVisible();

    // The property company confirms it for its area; the works are closed.
    const company = await signInAs(browser, "company.clerk");
    await company.goto("/");
    await company.getByTestId("works-inbox").getByRole("link", { name: ref }).first().click();
    await company.getByLabel("意见").fill("已现场查看，恢复良好。");
    await company.getByRole("button", { name: "确认已恢复" }).click();
    await expect(company.getByRole("status").filter({ hasText: "已提交确认意见。" })).toBeVisible();
    expect(queryOne<{ status: string }>(`SELECT status FROM PlannedWorks WHERE id = ?`, id)!.status).toBe("CLOSED");
    expect(queryAll<{ kind: string }>(`SELECT kind FROM WorksEvent WHERE worksId = ? ORDER BY id`, id).map((e) => e.kind)).toEqual(["NOTIFIED", "RESTORATION_REPORTED", "RESTORATION_CONFIRMED", "CLOSED"]);
    expect(queryOne(`SELECT 1 FROM Notification WHERE orgId = ? AND message = 'works.restorationConfirmed' AND entityId = ?`, orgId("哈尔滨市热力服务中心（演示）"), id)).toBeTruthy();
  });

  test("a disputed restoration goes back to the utility", async ({ page, browser }) => {
    // Demo works whose restoration was reported and awaits 龙江物业's answer for two areas.
    const works = queryOne<{ id: number; ref: string }>(`SELECT id, ref FROM PlannedWorks WHERE title = '换热站设备更新'`)!;
    await signIn(page, "company.clerk");
    await page.goto(`/works/${works.id}`);
    const row = page.getByRole("row", { name: /兆麟公园小区/ });
    await row.getByRole("button", { name: "有异议" }).click();
    await expect(row.getByText("有异议时请写明未恢复的情况")).toBeVisible();
    await row.getByLabel("意见").fill("中心绿地草坪未补种。");
    await row.getByRole("button", { name: "有异议" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已提交确认意见。" })).toBeVisible();
    expect(queryOne<{ status: string }>(`SELECT status FROM PlannedWorks WHERE id = ?`, works.id)!.status).toBe("DISPUTED");
    const utility = await signInAs(browser, "utility.clerk");
    await utility.goto(`/works/${works.id}`);
    await expect(utility.getByRole("heading", { level: 1 })).toContainText("恢复有异议");
    await expect(utility.getByRole("button", { name: "报告恢复原状" })).toBeVisible();
  });

  test("an outage creates assist tasks for the areas' property companies, who confirm them", async ({ page, browser }) => {
    await signIn(page, "utility.clerk");
    await page.goto("/outages/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("登记停热");
    await page.getByLabel("停供原因").fill("测试：换热站二次循环泵故障抢修");
    await page.getByLabel("开始时间").fill(cityDateTime(0));
    await page.getByLabel("预计恢复时间").fill(cityDateTime(-1));
    await page.getByRole("checkbox", { name: "海城花园小区" }).check();
    await page.getByRole("checkbox", { name: "中央大街公寓" }).check();
    await page.getByRole("button", { name: "登记并通知" }).click();
    await expect(page.getByText("结束时间不能早于开始时间")).toBeVisible();
    await page.getByLabel("预计恢复时间").fill(cityDateTime(1));
    await page.getByRole("button", { name: "登记并通知" }).click();
    await expect(page).toHaveURL(/\/outages\/\d+\?done=created/);
    const id = idFromUrl(page);
    const tasks = queryAll<{ assigneeOrgId: number; status: string }>(`SELECT assigneeOrgId, status FROM OutageAssistTask WHERE outageId = ? ORDER BY id`, id);
    expect(tasks).toEqual([
      { assigneeOrgId: orgId("龙江物业服务有限公司"), status: "PENDING" },
      { assigneeOrgId: orgId("北方恒泰物业管理有限公司"), status: "PENDING" },
    ]);
    const ref = queryOne<{ ref: string }>(`SELECT ref FROM Outage WHERE id = ?`, id)!.ref;
    expect(queryOne(`SELECT 1 FROM Notification WHERE orgId = ? AND message = 'outage.assist.HEATING' AND entityId = ?`, orgId("龙江物业服务有限公司"), id)).toBeTruthy();

    const company = await signInAs(browser, "company.clerk");
    await company.goto("/");
    await company.getByTestId("works-inbox").getByRole("link", { name: ref }).first().click();
    const mine = company.getByRole("row", { name: /海城花园小区/ });
    await mine.getByLabel("协助安排").fill("已安排维修人员配合入户排查，张贴停热通知。");
    await mine.getByRole("button", { name: "确认协助" }).click();
    await expect(company.getByRole("status").filter({ hasText: "已确认协助。" })).toBeVisible();
    // The other company's task is not this company's to confirm.
    await expect(company.getByRole("row", { name: /中央大街公寓/ }).getByRole("button", { name: "确认协助" })).toHaveCount(0);
    expect(queryAll<{ status: string }>(`SELECT status FROM OutageAssistTask WHERE outageId = ? ORDER BY id`, id).map((t) => t.status)).toEqual(["CONFIRMED", "PENDING"]);

    // The utility records that heating is back.
    acceptDialogs(page);
    await page.goto(`/outages/${id}`);
    await expect(page.getByTestId("timeline")).toContainText("确认协助抢修");
    await page.getByRole("button", { name: "登记恢复供应" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已登记恢复供应。" })).toBeVisible();
    expect(queryOne<{ status: string }>(`SELECT status FROM Outage WHERE id = ?`, id)!.status).toBe("RESTORED");
  });

  test("only utilities register works and outages: for anybody else the pages are not there", async ({ page }) => {
    await signIn(page, "company.clerk");
    expect((await page.goto("/outages/new"))?.status()).toBe(404);
    expect((await page.goto("/works/new"))?.status()).toBe(404);
  });
});
