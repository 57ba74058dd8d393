import { test, type Page } from "@playwright/test";
import { orgId, queryAll, queryOne } from "./db";
import { signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, acceptDialogs, cityDateTime, complaint, expect, registerComplaint } from "./intake";

async function step(page: Page, button: string, done: string, fill?: Record<string, string>) {
  for (const [label, value] of Object.entries(fill ?? {})) await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

test.describe("complaints", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a 12319 complaint about an elevator is routed to quality supervision with the matched duty line, handled, replied and closed", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    await page.goto("/complaints/new");
    // The suggestion shows how likely it is and the words behind it; the proposal shows the duty line and the policy.
    await page.getByLabel("居住区").selectOption({ label: "海城花园小区" });
    await page.getByLabel("投诉内容").fill("6号楼西单元电梯门夹伤儿童，电梯困人，要求质监部门检查");
    await expect(page.getByTestId("routing-suggestions")).toContainText("电梯、锅炉安全");
    await expect(page.getByTestId("routing-suggestion").first()).toContainText(/电梯、锅炉安全可能性 \d+%/);
    await expect(page.getByTestId("routing-suggestion").first()).toContainText(/依据词语：.*电梯困人/);
    // Two alternatives, each with how likely it is.
    await expect(page.getByTestId("routing-confidence")).toHaveCount(3);
    await expect(page.getByTestId("routing-proposal")).toContainText("哈尔滨市质量技术监督局");
    await expect(page.getByTestId("routing-proposal")).toContainText("职责清单：电梯、锅炉安全");
    await expect(page.getByTestId("routing-proposal")).toContainText("质量技术监督部门负责加强电梯、锅炉的安全监察");

    const id = await registerComplaint(page, {
      channel: "12319 热线", area: "海城花园小区", description: "6号楼西单元电梯门夹伤儿童，电梯困人，要求质监部门检查", resident: "高建国", phone: "13945678901",
    }, "哈尔滨市质量技术监督局");
    await expect(page.getByTestId("complaint-routing")).toContainText("哈尔滨市质量技术监督局");
    await expect(page.getByTestId("complaint-routing")).toContainText("职责清单：电梯、锅炉安全");
    await step(page, "受理", "已受理。");
    // The proposal is preselected: assigning needs no reason.
    await expect(page.getByLabel("承办单位")).toHaveValue(String(orgId("哈尔滨市质量技术监督局")));
    await step(page, "交办", "已交办。");
    expect(complaint(id)).toMatchObject({ status: "ASSIGNED", handOverCount: 1, handlerOrgId: orgId("哈尔滨市质量技术监督局") });

    // The department finds it in its inbox, with the resident in full (it is the current handler).
    const dept = await signInAs(browser, "dept.clerk");
    acceptDialogs(dept);
    await dept.goto("/");
    await dept.getByTestId("complaint-inbox").getByRole("link", { name: complaint(id).ref }).click();
    await expect(dept.getByTestId("resident-name")).toHaveText("高建国");
    await expect(dept.getByTestId("resident-phone")).toHaveText("13945678901");
    await step(dept, "开始办理", "已开始办理。");
    await step(dept, "办结", "已办结。", { 办理结果: "已责令维保单位更换6号楼电梯门机，复检合格。" });
    // Done with it, the department no longer sees who complained.
    await expect(dept.getByTestId("resident-phone")).toContainText("139****8901");

    // The office is told (in its inbox), replies to the resident and closes it.
    expect(notified("花园街道办事处", "complaint.handled", id)).toBe(true);
    await page.goto(`/complaints/${id}`);
    await page.getByLabel("答复方式").selectOption({ label: "电话" });
    await step(page, "记录答复", "已记录答复。", { 答复情况: "电话告知处理结果，居民满意。" });
    await step(page, "结案", "已结案。");
    expect(complaint(id)).toMatchObject({ status: "CLOSED", currentDueDate: null });
    const kinds = queryAll<{ kind: string }>(`SELECT kind FROM ComplaintEvent WHERE complaintId = ? ORDER BY id`, id).map((e) => e.kind);
    expect(kinds).toEqual(["REGISTERED", "ACCEPTED", "ASSIGNED", "STARTED", "HANDLED", "REPLIED", "CLOSED"]);
    await expect(page.getByTestId("timeline")).toContainText("结案");
    await expect(page.getByTestId("holder-chain")).toContainText("哈尔滨市质量技术监督局");
  });

  test("a property-scope complaint goes to the property company, which the office presses until it is closed", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    const id = await registerComplaint(page, { channel: "来访", area: "邮政家园", description: "7号楼楼道卫生三个月没人打扫，物业不作为" }, "龙江物业服务有限公司");
    await expect(page.getByTestId("complaint-routing")).toContainText("属于物业管理范围：交由物业服务企业限期解决，登记单位跟踪督促。");
    await step(page, "受理", "已受理。");
    await step(page, "交办", "已交办。");
    await step(page, "督促办理", "已督促。", { 督促内容: "请三日内完成楼道保洁。" });
    expect(complaint(id).pressCount).toBe(1);

    expect(notified("龙江物业服务有限公司", "complaint.assignedToFix", id)).toBe(true);
    expect(notified("龙江物业服务有限公司", "complaint.pressed", id)).toBe(true);
    const company = await signInAs(browser, "company.clerk");
    acceptDialogs(company);
    await company.goto("/");
    await company.getByTestId("complaint-inbox").getByRole("link", { name: complaint(id).ref }).click();
    await expect(company.getByTestId("timeline")).toContainText("请三日内完成楼道保洁。");
    await step(company, "开始办理", "已开始办理。");
    await step(company, "办结", "已办结。", { 办理结果: "已安排保洁人员每日清扫7号楼楼道。" });

    await page.goto(`/complaints/${id}`);
    await step(page, "记录答复", "已记录答复。");
    await step(page, "结案", "已结案。");
    expect(complaint(id).status).toBe("CLOSED");
    expect(queryAll<{ kind: string }>(`SELECT kind FROM ComplaintEvent WHERE complaintId = ? ORDER BY id`, id).map((e) => e.kind)).toContain("PRESSED");
  });

  test("a wrongly assigned complaint is returned and reassigned: two hand-overs and the chain of holders on the record", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    const id = await registerComplaint(page, { area: "邮政家园", description: "邮政家园9号楼电梯困人多次，电梯维保公司不来检修" }, "哈尔滨市质量技术监督局");
    await step(page, "受理", "已受理。");
    // Overriding the proposal needs a reason, given beside the field.
    await page.getByLabel("承办单位").selectOption({ label: "哈尔滨市城市管理行政执法局" });
    await page.getByRole("button", { name: "交办", exact: true }).click();
    await expect(page.getByText("所选单位与建议承办单位不同，请填写改派理由")).toBeVisible();
    expect(complaint(id).status).toBe("ACCEPTED");
    await step(page, "交办", "已交办。", { 改派理由: "居民称楼前有违建，先请城管执法核查" });

    const enforcer = await signInAs(browser, "enforce.clerk");
    await enforcer.goto(`/complaints/${id}`);
    await step(enforcer, "退回（非本单位职责）", "已退回登记单位。", { 退回理由: "属电梯安全，非本局职责" });
    expect(complaint(id)).toMatchObject({ status: "RETURNED", handOverCount: 1 });

    expect(notified("花园街道办事处", "complaint.returned", id)).toBe(true);
    await page.goto(`/complaints/${id}`);
    await page.getByLabel("承办单位").selectOption({ label: "哈尔滨市质量技术监督局" });
    await step(page, "改派", "已改派。", { 改派理由: "按职责清单改派质监局" });
    expect(complaint(id)).toMatchObject({ status: "ASSIGNED", handOverCount: 2, handlerOrgId: orgId("哈尔滨市质量技术监督局") });
    await expect(page.getByText("移交 2 次")).toBeVisible();
    const chain = page.getByTestId("holder-chain");
    await expect(chain).toContainText("1. 哈尔滨市城市管理行政执法局");
    await expect(chain).toContainText("退回");
    await expect(chain).toContainText("属电梯安全，非本局职责");
    await expect(chain).toContainText("2. 哈尔滨市质量技术监督局");
    await expect(chain).toContainText("承办中");
    // The list shows the count too.
    await page.goto(`/complaints?q=${encodeURIComponent("9号楼电梯困人")}`);
    await expect(page.getByRole("row", { name: new RegExp(complaint(id).ref) })).toContainText("移交 2 次");
  });

  test("an overdue complaint shows as overdue and the overdue filter finds it", async ({ page }) => {
    await signIn(page, "street.clerk");
    // Received 20 days ago: the 15-day acceptance deadline has passed.
    const id = await registerComplaint(page, { channel: "来信", area: "果戈里公寓", receivedAt: cityDateTime(-20), description: "果戈里公寓地下车库出口有人长期摆摊设点占道经营" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("超期");
    await expect(page.getByText(/超期 \d+ 天/).first()).toBeVisible();
    const due = complaint(id).currentDueDate!;
    expect(due < cityDateTime(0).slice(0, 10)).toBe(true);
    await page.goto("/complaints?overdue=1");
    await expect(page.getByRole("link", { name: complaint(id).ref })).toBeVisible();
    // A complaint whose deadline has not passed is not in the overdue list.
    const fresh = queryOne<{ ref: string }>(`SELECT ref FROM Complaint WHERE status = 'REGISTERED' AND currentDueDate >= date('now') AND streetId = ? LIMIT 1`, orgId("花园街道办事处"));
    expect(fresh).toBeTruthy();
    await expect(page.getByRole("link", { name: fresh!.ref })).toHaveCount(0);
  });

  test("a similar open complaint about the same area and category is offered as a duplicate and linked", async ({ page }) => {
    await signIn(page, "street.clerk");
    const original = queryOne<{ id: number; ref: string }>(`SELECT id, ref FROM Complaint WHERE description LIKE '海城花园3号楼电梯经常停运%'`)!;
    await page.goto("/complaints/new");
    await page.getByLabel("居住区").selectOption({ label: "海城花园小区" });
    await page.getByLabel("投诉人姓名").fill("钱多多");
    await page.getByLabel("投诉内容").fill("海城花园3号楼电梯又停运了，困人半小时，维保单位还是不处理");
    await page.getByTestId("routing-suggestions").getByRole("button", { name: "采用" }).first().click();
    await page.getByRole("button", { name: "登记", exact: true }).click();
    const offer = page.getByTestId("duplicates");
    await expect(offer).toContainText("疑似重复投诉");
    await expect(offer).toContainText(original.ref);
    await offer.getByRole("button", { name: `关联为 ${original.ref} 的重复件` }).click();
    await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("重复件");
    await expect(page.getByText(`本件是 ${original.ref} 的重复件，随原件一并办理。`)).toBeVisible();
    const dup = queryOne<{ status: string; duplicateOfId: number }>(`SELECT status, duplicateOfId FROM Complaint WHERE residentName = '钱多多'`)!;
    expect(dup).toEqual({ status: "DUPLICATE", duplicateOfId: original.id });
    // The original lists it.
    await page.goto(`/complaints/${original.id}`);
    await expect(page.getByRole("link", { name: complaint(idOf("钱多多")).ref })).toBeVisible();
  });

  test("the resident's identity: full for the office and the handler, masked elsewhere, never shown to the organisation complained about", async ({ page, browser }) => {
    // Demo: a complaint about 龙江物业, assigned to 龙江物业 itself.
    const about = queryOne<{ id: number; ref: string }>(`SELECT id, ref FROM Complaint WHERE aboutOrgId = ? AND handlerOrgId = ?`, orgId("龙江物业服务有限公司"), orgId("龙江物业服务有限公司"))!;
    await signIn(page, "company.clerk");
    await page.goto(`/complaints/${about.id}`);
    await expect(page.getByTestId("resident-name")).toContainText("杨*");
    await expect(page.getByTestId("resident-phone")).toContainText("138****0005");
    await expect(page.getByText("杨磊")).toHaveCount(0);
    await expect(page.getByText("13804510005")).toHaveCount(0);
    await page.goto(`/complaints?q=${encodeURIComponent("楼道卫生")}`);
    await expect(page.getByRole("row", { name: new RegExp(about.ref) })).toContainText("杨*");

    const street = await signInAs(browser, "street.clerk");
    await street.goto(`/complaints/${about.id}`);
    await expect(street.getByTestId("resident-name")).toHaveText("杨磊");

    // The district sees its streets' complaints, masked; its CSV export is masked the same way.
    const district = await signInAs(browser, "district.clerk");
    await district.goto(`/complaints/${about.id}`);
    await expect(district.getByTestId("resident-phone")).toContainText("138****0005");
    const csv = await district.context().request.get(`/api/complaints/export?q=${encodeURIComponent("楼道卫生")}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = Buffer.from(await csv.body());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8");
    expect(text).toContain(about.ref);
    expect(text).toContain("138****0005");
    expect(text).not.toContain("13804510005");
    expect(text).not.toContain("杨磊");

    // Another street cannot open it at all.
    const other = await signInAs(browser, "street2.clerk");
    expect((await other.goto(`/complaints/${about.id}`))?.status()).toBe(404);
  });

  test("one extension: the handler asks, a leader of the registering office approves, the deadline moves", async ({ page, browser }) => {
    acceptDialogs(page);
    await signIn(page, "street.clerk");
    const id = await registerComplaint(page, { area: "红军街小区", description: "红军街小区锅炉房的锅炉安全检验过期，担心锅炉出事" });
    await step(page, "受理", "已受理。");
    await expect(page.getByLabel("承办单位")).toHaveValue(String(orgId("哈尔滨市质量技术监督局")));
    await step(page, "交办", "已交办。");
    const before = complaint(id).currentDueDate!;

    const dept = await signInAs(browser, "dept.clerk");
    await dept.goto(`/complaints/${id}`);
    // More days than the rule allows is refused by the server, beside the field.
    await dept.getByLabel("延期理由").fill("需第三方检验机构出具报告");
    await dept.getByLabel("延期天数").fill("31");
    await dept.getByRole("button", { name: "申请延期", exact: true }).click();
    await expect(dept.getByText("延期天数超过规定上限")).toBeVisible();
    expect(queryOne<{ extensionStatus: string | null }>(`SELECT extensionStatus FROM Complaint WHERE id = ?`, id)!.extensionStatus).toBeNull();
    await step(dept, "申请延期", "已提交延期申请。", { 延期天数: "20" });

    // A clerk of the office cannot decide; the leader can.
    await page.goto(`/complaints/${id}`);
    await expect(page.getByRole("button", { name: "批准延期" })).toHaveCount(0);
    const leader = await signInAs(browser, "street.leader");
    await leader.goto("/");
    await leader.getByTestId("complaint-inbox").getByRole("link", { name: complaint(id).ref }).first().click();
    await step(leader, "批准延期", "已处理延期申请。");
    const after = complaint(id).currentDueDate!;
    expect(after > before).toBe(true);
    await expect(leader.getByText(/已批准延期 20 天（批准人：郭红）/)).toBeVisible();
  });
});

/** Whether an organisation got this notice about this complaint (its inbox on the home page). */
function notified(orgName: string, message: string, complaintId: number): boolean {
  return Boolean(queryOne(`SELECT 1 FROM Notification WHERE orgId = ? AND message = ? AND entityType = 'Complaint' AND entityId = ?`, orgId(orgName), message, complaintId));
}

function idOf(residentName: string): number {
  return queryOne<{ id: number }>(`SELECT id FROM Complaint WHERE residentName = ?`, residentName)!.id;
}
