// Assessment and ranking as the real roles: the bureau defines a period (bad input is explained
// beside the field), the ranking of the seeded demo city shows the expected order, a number's
// drill-down lists exactly that many complaints (or meetings, resolutions), CSV and XLSX download
// and open, and a district sees neither another district's detail nor the period form (its
// replayed action changes nothing).
import { test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { count, orgId, queryAll, queryOne } from "./db";
import { captureAction, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, expect } from "./intake";

function demoPeriodId(): number {
  return queryOne<{ id: number }>(`SELECT id FROM AssessmentPeriod WHERE name LIKE '%居住区管理联动工作考核' ORDER BY id LIMIT 1`)!.id;
}

async function fillPeriod(page: Page, name: string, weights: Record<string, string> = {}) {
  await page.goto("/assessment/new");
  await page.getByLabel("考核期名称").fill(name);
  await page.getByLabel("起始日期").fill("2026-07-01");
  await page.getByLabel("截止日期").fill("2026-12-31");
  for (const [label, value] of Object.entries(weights)) await page.getByLabel(label, { exact: true }).fill(value);
}

test.describe("assessment", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("the bureau defines a period; weights that do not add up to 100 and a reversed date range are explained beside the fields", async ({ page }) => {
    await signIn(page, "bureau.leader");
    const name = `e2e考核期${Date.now()}`;
    await fillPeriod(page, name, { 群众满意率: "29" });
    await expect(page.getByTestId("weights-total")).toHaveText("合计：99");
    await page.getByLabel("截止日期").fill("2026-06-01");
    await page.getByRole("button", { name: "设立考核期" }).click();
    await expect(page.getByText("各项指标权重合计须为 100")).toBeVisible();
    await expect(page.getByText("截止日期不能早于起始日期")).toBeVisible();
    await expect(page.getByLabel("截止日期")).toHaveAttribute("aria-invalid", "true");
    expect(count("AssessmentPeriod", "name = ?", name)).toBe(0);

    await page.getByLabel("截止日期").fill("2026-12-31");
    await page.getByLabel("群众满意率", { exact: true }).fill("30");
    await expect(page.getByTestId("weights-total")).toHaveText("合计：100");
    await page.getByRole("button", { name: "设立考核期" }).click();
    await expect(page).toHaveURL(/\/assessment\/\d+\?done=created/);
    await expect(page.getByText("考核期已设立。")).toBeVisible();
    expect(count("AssessmentPeriod", "name = ?", name)).toBe(1);
    expect(count("AssessmentIndicator", "periodId = (SELECT id FROM AssessmentPeriod WHERE name = ?)", name)).toBe(7);
  });

  test("the ranking shows the expected order; a number's drill-down lists exactly that many complaints or meeting records; CSV and XLSX open", async ({ page }) => {
    const id = demoPeriodId();
    await signIn(page, "bureau.leader");
    await page.goto("/assessment");
    await page.getByRole("link", { name: /居住区管理联动工作考核/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`/assessment/${id}`));
    const rows = page.getByTestId("rank-row");
    await expect(rows.first()).toBeVisible();
    const ranked = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getAttribute("data-rank")).map((tr) => tr.getAttribute("data-org")));
    expect(ranked.slice(0, 3)).toEqual(["南岗区人民政府", "道里区人民政府", "道外区人民政府"]);
    const daowai = rows.filter({ has: page.getByText("道外区人民政府") });
    await expect(daowai.getByText("满意率低于 85%")).toBeVisible();
    await expect(page.getByText("（满意 + 基本满意）件数 ÷ 已评价件数 × 100%").first()).toBeVisible();

    // Drill-down: the satisfied count of 道外区 and the list it opens.
    const daowaiId = orgId("道外区人民政府");
    const link = page.locator(`a[href="/assessment/${id}/units/${daowaiId}/records?measure=satisfied"]`);
    const shown = Number(await link.textContent());
    expect(shown).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL(/\/complaints\?.*measure=satisfied/);
    await expect(page.getByTestId("drill-count")).toHaveAttribute("data-count", String(shown));
    await expect(page.locator("tbody tr")).toHaveCount(shown);

    // And a street's volume.
    await page.goto(`/assessment/${id}?kind=STREET`);
    const jingyu = orgId("靖宇街道办事处");
    const volumeLink = page.locator(`a[href="/assessment/${id}/units/${jingyu}/records?measure=volume"]`).first();
    const volume = Number(await volumeLink.textContent());
    // A count of nothing is shown but opens no empty list.
    const counts = page.getByTestId("ranking-table").locator("tbody .counts");
    await expect(counts.filter({ hasText: /^0 \/|\/ 0$/ }).first()).toBeVisible();
    expect(await page.getByTestId("ranking-table").locator("tbody a").filter({ hasText: /^0$/ }).count()).toBe(0);
    await volumeLink.click();
    await expect(page.getByTestId("drill-count")).toHaveAttribute("data-count", String(volume));

    // A joint-meeting number drills down to the meetings behind it, as many as the number.
    const huayuan = orgId("花园街道办事处");
    const invited = page.locator(`a[href="/assessment/${id}/units/${huayuan}/records?measure=invited"]`);
    await page.goto(`/assessment/${id}?kind=STREET`);
    const invitedCount = Number(await invited.textContent());
    expect(invitedCount).toBeGreaterThan(0);
    await invited.click();
    await expect(page).toHaveURL(new RegExp(`/assessment/${id}/units/${huayuan}/records\\?measure=invited`));
    await expect(page.getByRole("heading", { name: "花园街道办事处：受邀参加的联席会议" })).toBeVisible();
    await expect(page.getByTestId("assessment-records").locator("tr")).toHaveCount(invitedCount);
    // The demo city's 北方恒泰 has a resolution past its due date and still open.
    await page.goto(`/assessment/${id}/units/${orgId("北方恒泰物业管理有限公司")}`);
    // The chart loads after the page; its legend names the series in the page's language.
    const legend = page.getByTestId("trend-chart").locator(".recharts-legend-item-text");
    await expect(legend).toHaveCount(4);
    expect((await legend.allTextContents()).sort()).toEqual(["满意率", "按期办结率", "办结率", "全市满意率"].sort());
    const overdue = page.getByRole("row", { name: /议定事项逾期/ }).getByRole("link").first();
    const overdueCount = Number(await overdue.textContent());
    expect(overdueCount).toBeGreaterThan(0);
    await overdue.click();
    await expect(page).toHaveURL(/measure=resolutionsOverdue/);
    await expect(page.getByTestId("assessment-records").locator("tr")).toHaveCount(overdueCount);
    await expect(page.getByTestId("assessment-records").getByText("逾期", { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("assessment-records").getByText("未完成").first()).toBeVisible();

    // Exports open and carry the same numbers.
    const csv = await page.request.get(`/api/assessment/${id}/export?kind=DISTRICT&format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("综合得分");
    expect(lines.findIndex((l) => l.includes("南岗区人民政府"))).toBeLessThan(lines.findIndex((l) => l.includes("道外区人民政府")));
    const xlsx = await page.request.get(`/api/assessment/${id}/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["区", "街道办事处", "社区居委会", "物业服务企业", "指标与计算方法"]);
    const districts = book.getWorksheet("区")!;
    const names: string[] = [];
    districts.eachRow((row, n) => { if (n > 1) names.push(String(row.getCell(2).value)); });
    expect(names.slice(0, 3)).toEqual(["南岗区人民政府", "道里区人民政府", "道外区人民政府"]);

    // The bureau commends a unit with a reason; the list shows it.
    await page.goto(`/assessment/${id}`);
    const commend = page.getByTestId("commend-form");
    await commend.getByLabel("表彰单位").selectOption({ label: "道里区人民政府" });
    await commend.getByLabel("表彰理由").fill("矛盾纠纷化解率显著提升。");
    await commend.getByRole("button", { name: "表彰" }).click();
    await expect(page.getByText("已表彰。")).toBeVisible();
    await expect(page.getByTestId("commendations")).toContainText("矛盾纠纷化解率显著提升。");
    expect(count("Commendation", "orgId = ?", orgId("道里区人民政府"))).toBe(1);

    // The printable report and the commendation list.
    await page.goto(`/assessment/${id}/print`);
    await expect(page.getByTestId("assessment-report")).toContainText("道外区人民政府");
    await page.goto(`/assessment/${id}/print?doc=commendations`);
    await expect(page.getByTestId("commendations-document")).toContainText("南岗区人民政府");
    await expect(page.getByTestId("commendations-document")).toContainText("道里区人民政府");
  });

  test("the bureau narrows the street ranking to one district: its streets with their city-wide ranks, the district's total beside the city's; export and report follow; a district asking for another is refused", async ({ page, browser }) => {
    const id = demoPeriodId();
    const daoli = orgId("道里区人民政府");
    const daoliStreets = new Set(queryAll<{ name: string }>("SELECT name FROM Organisation WHERE kind = 'STREET_OFFICE' AND districtId = ?", daoli).map((r) => r.name));
    await signIn(page, "bureau.leader");
    await page.goto(`/assessment/${id}`);
    const rows = page.getByTestId("rank-row");
    const volumeOf = async (tr: import("@playwright/test").Locator) => Number(await tr.locator("td").nth(2).textContent());
    const daoliVolume = await volumeOf(rows.filter({ has: page.getByText("道里区人民政府", { exact: true }) }));
    await page.goto(`/assessment/${id}?kind=STREET`);
    const ranks = async () => rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-org")}#${tr.getAttribute("data-rank")}`));
    await expect(rows.first()).toBeVisible();
    const city = await ranks();
    // The demo city's ranking fits on one page (100 rows a page): no page links; a page past the
    // last shows the last, the same rows; a page that is not a number is not found.
    const pages = page.getByTestId("ranking-pages");
    await expect(pages).toHaveCount(0);
    await page.goto(`/assessment/${id}?kind=STREET&page=9`);
    await expect(rows.first()).toBeVisible();
    expect(await ranks()).toEqual(city);
    expect((await page.goto(`/assessment/${id}?kind=STREET&page=0`))?.status()).toBe(404);
    expect((await page.goto(`/assessment/${id}?kind=STREET&page=x`))?.status()).toBe(404);
    await page.goto(`/assessment/${id}?kind=STREET`);
    const expected = city.filter((r) => daoliStreets.has(r.split("#")[0]!));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(city.length);

    await page.getByLabel("所在区").selectOption({ label: "道里区人民政府" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(new RegExp(`kind=STREET&district=${daoli}`));
    await expect(page.getByText("只列出道里区人民政府的街道办事处；名次与得分按全市计算")).toBeVisible();
    await expect(rows).toHaveCount(expected.length);
    expect(await ranks()).toEqual(expected);
    // The district's comparison row is the district's own total, as the district ranking shows it.
    const districtRow = page.getByTestId("comparison-DISTRICT");
    await expect(districtRow).toContainText("道里区人民政府（本区合计）");
    expect(await volumeOf(districtRow)).toBe(daoliVolume);
    await expect(page.getByTestId("comparison-CITY")).toBeVisible();
    // Another kind keeps the district; the district ranking has no filter.
    await page.getByRole("link", { name: "社区居委会", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`kind=COMMUNITY&district=${daoli}`));
    await expect(page.getByLabel("所在区")).toHaveValue(String(daoli));

    const csv = await page.request.get(`/api/assessment/${id}/export?kind=STREET&format=csv&district=${daoli}`);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    for (const r of expected) expect(csvText).toContain(r.split("#")[0]!);
    expect(csvText).not.toContain("花园街道办事处");
    expect(decodeURIComponent(csv.headers()["content-disposition"] ?? "")).toContain("道里区人民政府");
    await page.goto(`/assessment/${id}/print?district=${daoli}`);
    await expect(page.getByTestId("report-district")).toContainText("道里区人民政府");
    await expect(page.getByTestId("assessment-report")).toContainText(expected[0]!.split("#")[0]!);
    await expect(page.getByTestId("assessment-report")).not.toContainText("花园街道办事处");

    // A district ranks only itself: no filter, and another district by URL is 404 (page, report, export).
    const district = await signInAs(browser, "district.leader");
    expect((await district.goto(`/assessment/${id}?kind=STREET&district=${orgId("南岗区人民政府")}`))?.status()).toBe(200);
    await expect(district.getByLabel("所在区")).toHaveCount(0);
    expect((await district.goto(`/assessment/${id}?kind=STREET&district=${daoli}`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/print?district=${daoli}`))?.status()).toBe(404);
    expect((await district.request.get(`/api/assessment/${id}/export?kind=STREET&format=csv&district=${daoli}`)).status()).toBe(404);
    // A district that is not an id is not found either, for anybody.
    expect((await page.goto(`/assessment/${id}?kind=STREET&district=1e308`))?.status()).toBe(404);
    expect((await page.goto(`/assessment/${id}/print?district=abc`))?.status()).toBe(404);
    await district.context().close();
  });

  test("a district sees its own numbers and the city's, not another district's detail, and cannot define periods", async ({ page, browser }) => {
    const id = demoPeriodId();
    const district = await signInAs(browser, "district.leader");
    await district.goto(`/assessment/${id}`);
    await expect(district.getByTestId("rank-row")).toHaveCount(1);
    await expect(district.getByTestId("rank-row")).toHaveAttribute("data-org", "南岗区人民政府");
    await expect(district.getByTestId("comparison-CITY")).toBeVisible();
    // (Commendations are public honours and may name other districts; their numbers are not shown.)
    await expect(district.getByTestId("ranking-table").getByText("道里区人民政府")).toHaveCount(0);
    await expect(district.getByTestId("ranking-table").getByText("道外区人民政府")).toHaveCount(0);
    expect((await district.goto(`/assessment/${id}/units/${orgId("道里区人民政府")}`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/units/${orgId("兆麟街道办事处")}`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/units/${orgId("花园街道办事处")}`))?.status()).toBe(200);
    // The records behind another district's numbers, and a measure that does not exist: 404.
    expect((await district.goto(`/assessment/${id}/units/${orgId("道里区人民政府")}/records?measure=invited`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/units/${orgId("道里区人民政府")}/records?measure=volume`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/units/${orgId("花园街道办事处")}/records?measure=salary`))?.status()).toBe(404);
    expect((await district.goto(`/assessment/${id}/units/${orgId("花园街道办事处")}/records?measure=escalated`))?.status()).toBe(200);
    expect((await district.goto("/assessment/new"))?.status()).toBe(404);
    // Its export carries the same: its own row and the city's totals.
    const csv = await district.request.get(`/api/assessment/${id}/export?kind=DISTRICT&format=csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain("南岗区人民政府");
    expect(text).not.toContain("道里区人民政府");
    expect(text).not.toContain("道外区人民政府");

    // The bureau's "define period", replayed by the district and by a street: refused, nothing written.
    await signIn(page, "bureau.leader");
    const name = `e2e越权考核期${Date.now()}`;
    await fillPeriod(page, name);
    await page.route("**/*", async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) await route.abort();
      else await route.continue();
    });
    const define = await captureAction(page, () => page.getByRole("button", { name: "设立考核期" }).click());
    await page.unroute("**/*");
    for (const user of ["district.leader", "street.clerk"]) {
      const other = user === "district.leader" ? district : await signInAs(browser, user);
      const result = await replayAction(other.context(), define);
      expect(result.text, user).toContain("notFound");
    }
    expect(count("AssessmentPeriod", "name = ?", name)).toBe(0);
    expect(count("AuditLog", "action = 'assessment.definePeriod' AND summary LIKE ?", `${name}%`)).toBe(0);
  });
});
