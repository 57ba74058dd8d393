// Accountability records (责任追究) as the real roles: the bureau opens one on a unit for a matter,
// the unit sees it (without the persons responsible) and answers; the decision and closing are
// new history rows; other districts and units get 404 and refused replays with nothing changed.
import { test } from "@playwright/test";
import { queryAll, queryOne } from "./db";
import { captureAction, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, expect, idFromUrl } from "./intake";

function recordRows(id: number): string {
  return JSON.stringify(["AccountabilityRecord", "AccountabilityMatter", "AccountabilityPerson", "AccountabilityExplanation", "AccountabilityEvent"].map((t) =>
    queryAll(`SELECT * FROM "${t}" WHERE ${t === "AccountabilityRecord" ? "id" : "recordId"} = ? ORDER BY id`, id)));
}

test.describe("accountability", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("the bureau opens a record on a unit, the unit answers it, the bureau decides and closes; others are refused", async ({ page, browser }) => {
    acceptDialogs(page);
    const matter = queryOne<{ ref: string }>(`SELECT ref FROM Complaint WHERE description LIKE '2号楼外墙脱落%'`)!.ref; // held by construction after a return
    await signIn(page, "bureau.leader");
    await page.goto("/accountability/new");

    // Bad input: messages in Chinese beside the fields, nothing written.
    const before = queryAll(`SELECT id FROM AccountabilityRecord`).length;
    await page.getByLabel("被追究单位").selectOption({ label: "哈尔滨市城市管理行政执法局" });
    await page.getByLabel("问题类型").selectOption({ label: "推诿扯皮" });
    await page.getByLabel("涉及事项编号").fill("不是编号");
    await page.getByRole("button", { name: "立案", exact: true }).click();
    await expect(page.getByText("编号格式不正确，如 TS-2026-000001")).toBeVisible();
    await expect(page.getByText("此项必填").first()).toBeVisible();
    await page.getByLabel("涉及事项编号").fill("TS-1999-000001");
    await page.getByLabel("调查情况").fill("以非本局职责退回，未到现场核实。");
    await page.getByRole("button", { name: "立案", exact: true }).click();
    await expect(page.getByText("有编号不存在或不在本单位管辖范围内")).toBeVisible();
    expect(queryAll(`SELECT id FROM AccountabilityRecord`).length).toBe(before);

    await page.getByLabel("涉及事项编号").fill(matter);
    await page.getByRole("button", { name: "添加责任人员" }).click();
    await page.getByLabel("姓名").fill("王某某");
    await page.getByLabel("职务").fill("执法二大队副大队长");
    await page.getByRole("button", { name: "立案", exact: true }).click();
    await expect(page).toHaveURL(/\/accountability\/\d+\?done=open/);
    const id = idFromUrl(page);
    await expect(page.getByTestId("persons")).toContainText("王某某");
    expect(queryOne<{ n: number }>(`SELECT count(*) AS n FROM AccountabilityEvent WHERE recordId = ?`, id)!.n).toBe(1);
    const decide = await captureAction(page, async () => {
      await page.getByLabel("处理决定").fill("通报批评");
      await page.getByRole("button", { name: "作出决定" }).click();
    });
    await expect(page.getByRole("status").filter({ hasText: "已作出处理决定。" })).toBeVisible();
    await expect(page.getByTestId("decision")).toContainText("通报批评");

    // The unit concerned sees the record, not the persons, and answers it.
    const unit = await signInAs(browser, "enforce.clerk");
    await unit.goto("/accountability");
    await unit.getByRole("link", { name: new RegExp(`ZZ-\\d{4}-\\d{4}`) }).first().waitFor();
    await unit.goto(`/accountability/${id}`);
    await expect(unit.getByTestId("subject")).toContainText("哈尔滨市城市管理行政执法局");
    await expect(unit.getByTestId("persons-hidden")).toBeVisible();
    await expect(unit.getByText("王某某")).toHaveCount(0);
    await unit.getByLabel("情况说明").fill("首次交办时未到现场核实，已整改。");
    await unit.getByRole("button", { name: "提交说明" }).click();
    await expect(unit.getByRole("status").filter({ hasText: "情况说明已提交。" })).toBeVisible();
    await expect(unit.getByTestId("explanation")).toContainText("已整改");

    // Another district, another unit, a street: 404 by URL; the decision replayed by them changes nothing.
    const snapshot = recordRows(id);
    for (const user of ["daoli.leader", "dept.clerk", "street.clerk", "district.leader"]) {
      const other = await signInAs(browser, user);
      expect((await other.goto(`/accountability/${id}`))?.status(), user).toBe(404);
      const replayed = await replayAction(other.context(), decide);
      expect(replayed.text, user).toContain("notFound");
      await other.context().close();
    }
    // The unit itself cannot decide on its own record.
    expect((await replayAction(unit.context(), decide)).text).toContain("notFound");
    expect(recordRows(id)).toBe(snapshot);
    // A district cannot open records; a unit cannot either.
    for (const user of ["enforce.clerk", "street.clerk"]) {
      const other = await signInAs(browser, user);
      expect((await other.goto("/accountability/new"))?.status(), user).toBe(404);
      await other.context().close();
    }

    // Closing is a new history row; the records are append-only in the database.
    await page.reload();
    await page.getByRole("button", { name: "结案", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "已结案。" })).toBeVisible();
    expect(queryAll<{ status: string }>(`SELECT status FROM AccountabilityEvent WHERE recordId = ? ORDER BY seq`, id).map((e) => e.status)).toEqual(["OPEN", "DECIDED", "CLOSED"]);
    await unit.reload();
    await expect(unit.getByLabel("情况说明")).toHaveCount(0);
  });

  test("a district opens records on its own units only; its records are hidden from other districts, persons from the unit", async ({ page, browser }) => {
    await signIn(page, "district.leader");
    await page.goto("/accountability/new");
    const options = await page.getByLabel("被追究单位").locator("option").allTextContents();
    expect(options).toContain("花园街道办事处");
    expect(options).not.toContain("兆麟街道办事处");
    expect(options).not.toContain("哈尔滨市城市管理行政执法局");
    // The seeded district record: the district sees the persons; the bureau too; 道里区 gets 404.
    const seeded = queryOne<{ id: number }>(`SELECT id FROM AccountabilityRecord WHERE failure = 'DELAY' AND findings LIKE '楼顶漏水发生后%'`)!.id;
    await page.goto(`/accountability/${seeded}`);
    await expect(page.getByTestId("persons")).toContainText("张立新");
    const bureau = await signInAs(browser, "bureau.clerk");
    await bureau.goto(`/accountability/${seeded}`);
    await expect(bureau.getByTestId("persons")).toContainText("张立新");
    const daoli = await signInAs(browser, "daoli.leader");
    expect((await daoli.goto(`/accountability/${seeded}`))?.status()).toBe(404);
    await daoli.goto("/accountability");
    await expect(daoli.getByText("楼顶漏水")).toHaveCount(0);
  });
});
