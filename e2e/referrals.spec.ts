import { test } from "@playwright/test";
import { orgId, queryAll, queryOne } from "./db";
import { signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, PNG, acceptDialogs, expect, idFromUrl } from "./intake";

const referral = (id: number) => queryOne<{ ref: string; status: string; departmentOrgId: number; penaltyDecisionNo: string; currentDueDate: string | null }>(
  `SELECT ref, status, departmentOrgId, penaltyDecisionNo, currentDueDate FROM EnforcementReferral WHERE id = ?`, id)!;

test.describe("enforcement referrals", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a referral's outcome reaches the referring office, which acknowledges it; only then is it closed", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    await page.goto("/referrals/new");
    await page.getByLabel("居住区").selectOption({ label: "果戈里公寓" });
    await page.getByLabel("具体地点").fill("2号楼西侧绿地");
    await page.getByLabel("发现的问题").fill("一楼住户在绿地上私搭乱建彩钢板房约15平方米");
    // The legal category is suggested from the words; the duty matrix names the department.
    const suggestions = page.getByTestId("routing-suggestions");
    await expect(suggestions).toContainText("私搭滥建、破坏承重结构");
    await suggestions.getByRole("button", { name: "采用" }).first().click();
    await expect(page.getByTestId("routing-proposal")).toContainText("哈尔滨市城市管理行政执法局");
    await expect(page.getByLabel("主管部门")).toHaveValue(String(orgId("哈尔滨市城市管理行政执法局")));
    await page.getByLabel("证据材料").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "移交", exact: true }).click();
    await expect(page).toHaveURL(/\/referrals\/\d+\?done=created/);
    const id = idFromUrl(page);
    expect(referral(id)).toMatchObject({ status: "REFERRED", departmentOrgId: orgId("哈尔滨市城市管理行政执法局") });
    await expect(page.getByRole("link", { name: /现场照片\.png/ })).toBeVisible();

    // The department finds it in its inbox, accepts and reports the outcome with the penalty decision.
    const enforcer = await signInAs(browser, "enforce.clerk");
    acceptDialogs(enforcer);
    await enforcer.goto("/");
    await enforcer.getByTestId("referral-inbox").getByRole("link", { name: referral(id).ref }).click();
    await expect(enforcer.getByRole("link", { name: /现场照片\.png/ })).toBeVisible();
    await enforcer.getByRole("button", { name: "受理", exact: true }).click();
    await expect(enforcer.getByRole("status").filter({ hasText: "已受理。" })).toBeVisible();
    await enforcer.getByLabel("采取的措施").fill("已责令当事人限期自行拆除，逾期未拆除，已依法强制拆除。");
    await enforcer.getByLabel("行政处罚决定书文号").fill("哈城执罚决字〔2026〕第0888号");
    await enforcer.getByRole("button", { name: "反馈处理情况", exact: true }).click();
    await expect(enforcer.getByRole("status").filter({ hasText: "已反馈处理情况。" })).toBeVisible();
    expect(referral(id)).toMatchObject({ status: "OUTCOME_REPORTED", penaltyDecisionNo: "哈城执罚决字〔2026〕第0888号" });
    // Now the referring office's acknowledgement is what is due (decision 060): supervised like the rest.
    expect(referral(id).currentDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Not closed until the referring office acknowledges: the department cannot close it.
    await expect(enforcer.getByRole("button", { name: "确认处理情况" })).toHaveCount(0);

    // The outcome is in the referring office's inbox.
    await page.goto("/");
    await expect(page.getByTestId("referral-inbox").getByRole("link", { name: referral(id).ref })).toBeVisible();
    expect(queryOne(`SELECT 1 FROM Notification WHERE orgId = ? AND message = 'referral.outcome' AND entityId = ?`, orgId("花园街道办事处"), id)).toBeTruthy();
    await page.getByTestId("referral-inbox").getByRole("link", { name: referral(id).ref }).click();
    await expect(page.getByTestId("referral-outcome")).toContainText("哈城执罚决字〔2026〕第0888号");
    await page.getByLabel("确认意见").fill("已现场核实，违建已拆除。");
    await page.getByRole("button", { name: "确认处理情况", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "已确认，移交事项办结。" })).toBeVisible();
    expect(referral(id)).toMatchObject({ status: "CLOSED", currentDueDate: null });
    // Both sides keep the record and its timeline.
    await enforcer.goto(`/referrals/${id}`);
    await expect(enforcer.getByRole("heading", { level: 1 })).toContainText("已办结");
    const kinds = queryAll<{ kind: string }>(`SELECT kind FROM ReferralEvent WHERE referralId = ? ORDER BY id`, id).map((e) => e.kind);
    expect(kinds).toEqual(["REFERRED", "ACCEPTED", "OUTCOME_REPORTED", "ACKNOWLEDGED"]);
    expect(queryOne(`SELECT 1 FROM Notification WHERE orgId = ? AND message = 'referral.acknowledged' AND entityId = ?`, orgId("哈尔滨市城市管理行政执法局"), id)).toBeTruthy();
  });

  test("a referral filed from a list search is exported as CSV in the user's scope", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    await page.goto(`/referrals?q=${encodeURIComponent("拆除承重墙")}`);
    const ref = queryOne<{ ref: string }>(`SELECT ref FROM EnforcementReferral WHERE findings LIKE '%拆除承重墙%'`)!.ref;
    await expect(page.getByRole("link", { name: ref })).toBeVisible();
    const csv = await page.context().request.get(`/api/referrals/export?q=${encodeURIComponent("拆除承重墙")}`);
    expect(csv.status()).toBe(200);
    const text = Buffer.from(await csv.body()).toString("utf8");
    expect(text.startsWith("\uFEFF编号,移交时间")).toBe(true);
    expect(text).toContain(ref);
    // The same export for another street has no such row.
    const other = await signInAs(browser, "street2.clerk");
    const theirs = Buffer.from(await (await other.context().request.get(`/api/referrals/export?q=${encodeURIComponent("拆除承重墙")}`)).body()).toString("utf8");
    expect(theirs).not.toContain(ref);
  });
});
