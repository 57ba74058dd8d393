// The whole three-tier chain in the browser, as the real roles: a street clerk registers a
// cross-district dispute and holds a street meeting; the police station and the property company
// confirm; the minutes record "unresolved" and are finalized; the street escalates; the district
// accepts, meets, and reports to the city; the housing bureau accepts and settles it with
// resolutions; the responsible organisations mark them done; the bureau confirms; the dispute
// ends resolved with every step on its timeline.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { meetingTimeReached, queryAll, queryOne } from "./db";
import { signInAs } from "./fixtures";

// A 1×1 PNG: attachments are checked by their first bytes.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

function cityDay(offset: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await signInAs(browser, username);
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

async function scheduleMeeting(page: Page, disputeId: number, title: string, dayOffset: number, expectedInvitees: string[]) {
  await page.goto(`/meetings/new?dispute=${disputeId}`);
  await expect(page.getByRole("checkbox", { name: /JF-\d{4}-\d{5}/ }).and(page.locator(":checked"))).toHaveCount(1);
  for (const name of expectedInvitees) await expect(page.getByTestId("invitees").getByRole("checkbox", { name: new RegExp(name) })).toBeChecked();
  await page.getByLabel("会议名称").fill(title);
  await page.getByRole("textbox", { name: "日期", exact: true }).fill(cityDay(dayOffset));
  await page.getByLabel("开始时间").fill("14:00");
  await page.getByLabel("结束时间").fill("16:00");
  await page.getByLabel("地点").fill("会议室");
  await page.getByLabel("主持人").fill("主持人甲");
  await page.getByRole("button", { name: "安排会议" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+\?done=scheduled/);
  await expect(page.getByText("已保存。", { exact: true })).toBeVisible();
  return Number(/\/meetings\/(\d+)/.exec(page.url())![1]);
}

async function holdAndRecord(page: Page, meetingId: number, attendee: { org: string; person: string } | null, outcome: string, minutes: string) {
  meetingTimeReached(meetingId);
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole("button", { name: "会议开始" }).click();
  await expect(page.getByRole("link", { name: "签到", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "签到", exact: true }).click();
  if (attendee) {
    await page.getByRole("button", { name: "增加一行" }).click();
    const last = page.getByTestId("attendance-rows").locator("li").last();
    await last.getByRole("combobox").first().selectOption({ label: attendee.org });
    await last.getByLabel("姓名").fill(attendee.person);
  }
  await page.getByRole("button", { name: "保存签到" }).click();
  await expect(page.getByText("签到已保存。")).toBeVisible();
  await page.getByRole("link", { name: "会议纪要" }).click();
  await page.getByLabel("协调情况（1）").fill(minutes);
  await page.getByLabel("协调结果（1）").selectOption({ label: outcome });
  await page.getByRole("button", { name: "定稿" }).click();
  await expect(page.getByText("纪要已定稿，已通知各受邀单位和责任单位。")).toBeVisible();
}

async function escalate(page: Page, disputeId: number, heading: string, reason: string) {
  await page.goto(`/disputes/${disputeId}`);
  await expect(page.getByText(heading)).toBeVisible();
  await page.getByLabel("上报理由").fill(reason);
  await page.getByRole("button", { name: "上报", exact: true }).click();
  await expect(page.getByText("已上报。")).toBeVisible();
  await expect(page.getByTestId("dispute-badges")).toContainText("已上报待接收");
}

async function accept(page: Page, disputeId: number, level: string) {
  await page.goto("/");
  await expect(page.getByTestId("inbox-escalations").getByRole("link").filter({ hasText: "E2E" }).first()).toBeVisible();
  await page.goto(`/disputes/${disputeId}`);
  await page.getByRole("button", { name: "接收" }).click();
  await expect(page.getByText("已处理上报。")).toBeVisible();
  await expect(page.getByTestId("dispute-badges")).toContainText(level);
}

async function markDone(page: Page, description: string, note: string) {
  await page.goto("/");
  await page.getByTestId("inbox-my-resolutions").getByRole("link", { name: description }).click();
  await page.getByRole("radio", { name: "办结" }).check();
  await page.getByRole("textbox", { name: "说明", exact: true }).fill(note);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("已提交。")).toBeVisible();
}

test("the three-tier chain: street → district → city, resolutions done, dispute resolved", async ({ browser }) => {
  test.setTimeout(600_000);
  const stamp = Date.now().toString(36);
  const title = `E2E跨区电梯纠纷${stamp}`;

  // The street clerk registers a dispute about areas in 南岗区 and 道里区, with a photo.
  const clerk = await as(browser, "street.clerk");
  await clerk.goto("/disputes/new");
  await clerk.getByLabel("纠纷名称").fill(title);
  await clerk.getByLabel("基本情况").fill("两小区电梯长期停运，业主与物业公司就维修资金使用发生纠纷。");
  await clerk.getByLabel("当事人").fill("业主委员会；龙江物业服务有限公司");
  await clerk.getByRole("checkbox", { name: /海城花园小区/ }).check();
  await clerk.getByLabel("其他街道、区的相关居住区").selectOption({ label: "兆麟公园小区" });
  await clerk.getByRole("button", { name: "添加", exact: true }).click();
  await expect(clerk.getByText("兆麟公园小区（道里区 兆麟街道）")).toBeVisible();
  await expect(clerk.getByText(/目前只选择了 0 个部门或单位/)).toBeVisible();
  await clerk.getByRole("checkbox", { name: "哈尔滨市质量技术监督局" }).check();
  await clerk.getByRole("checkbox", { name: "龙江物业服务有限公司" }).check();
  await expect(clerk.getByText(/目前只选择了/)).toHaveCount(0);
  await clerk.getByLabel("附件（照片、PDF）").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: PNG });
  await clerk.getByRole("button", { name: "登记" }).click();
  await expect(clerk.getByText("矛盾纠纷已登记。")).toBeVisible();
  const disputeId = Number(/\/disputes\/(\d+)/.exec(clerk.url())![1]);
  await expect(clerk.getByTestId("dispute-badges")).toContainText("跨区");
  await expect(clerk.getByTestId("dispute-badges")).toContainText("待召开会议");

  // The photo is served to those who may see the dispute, and to nobody else.
  const attachment = queryOne<{ id: number }>(`SELECT id FROM Attachment WHERE entityType = 'Dispute' AND entityId = ?`, disputeId)!;
  expect((await clerk.request.get(`/api/attachments/${attachment.id}`)).status()).toBe(200);
  const otherStreet = await signInAs(browser, "street2.clerk");
  expect((await otherStreet.request.get(`/api/attachments/${attachment.id}`)).status()).toBe(404);
  const zhaolin = await signInAs(browser, "zhaolin.clerk"); // its street has one of the areas
  expect((await zhaolin.request.get(`/api/attachments/${attachment.id}`)).status()).toBe(200);

  // A street meeting with the policy's invitation list.
  const streetMeetingTitle = `E2E花园街道联席会议${stamp}`;
  const streetMeeting = await scheduleMeeting(clerk, disputeId, streetMeetingTitle, 9, ["海城社区居民委员会", "花园派出所", "龙江物业服务有限公司", "海城花园小区业主委员会", "兆麟派出所", "哈尔滨市质量技术监督局"]);

  // The police station and the property company confirm from their inbox.
  for (const [username, names] of [["police.clerk", "冯涛（社区民警）"], ["company.clerk", "彭晓东（客服主管）"]] as const) {
    const invitee = await as(browser, username);
    await invitee.goto("/");
    await invitee.getByTestId("inbox-invitations").getByRole("link", { name: streetMeetingTitle }).click();
    await invitee.getByLabel("参会人员").fill(names);
    await invitee.getByRole("button", { name: "提交回复" }).click();
    await expect(invitee.getByText("已回复。")).toBeVisible();
    await invitee.context().close();
  }
  // Not before its time: the button comes half an hour before the meeting.
  await clerk.goto(`/meetings/${streetMeeting}`);
  await expect(clerk.getByTestId("starts-later")).toBeVisible();
  await expect(clerk.getByRole("button", { name: "会议开始" })).toHaveCount(0);
  meetingTimeReached(streetMeeting);
  await clerk.goto(`/meetings/${streetMeeting}`);
  await expect(clerk.getByTestId("invitations")).toContainText("冯涛（社区民警）");

  // Attendance is pre-filled from the confirmations; minutes, outcome "unresolved", finalized.
  await clerk.getByRole("button", { name: "会议开始" }).click();
  await clerk.getByRole("link", { name: "签到", exact: true }).click();
  const names = clerk.getByTestId("attendance-rows").getByLabel("姓名");
  await expect(names).toHaveCount(2);
  expect((await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).sort()).toEqual(["冯涛", "彭晓东"].sort());
  await clerk.getByRole("button", { name: "保存签到" }).click();
  await expect(clerk.getByTestId("attendance")).toContainText("彭晓东");
  await expect(clerk.getByTestId("absent")).toContainText("海城社区居民委员会");
  await clerk.getByRole("link", { name: "会议纪要" }).click();
  await clerk.getByLabel("协调情况（1）").fill("各方对维修资金使用分歧较大，未达成一致。");
  await clerk.getByLabel("协调结果（1）").selectOption({ label: "未解决" });
  await clerk.getByRole("button", { name: "定稿" }).click();
  await expect(clerk.getByText("纪要已定稿，已通知各受邀单位和责任单位。")).toBeVisible();

  // The street may only go to the district; it escalates with a reason.
  await escalate(clerk, disputeId, "报请区政府召开区联席会议", "街道联席会议协调未果，且涉及道里区，报请区政府协调。");

  // The district leader accepts; the district meets; still unresolved; it reports to the city.
  const district = await as(browser, "district.leader");
  await accept(district, disputeId, "区联席会议");
  const districtMeeting = await scheduleMeeting(district, disputeId, `E2E南岗区联席会议${stamp}`, 10, ["花园街道办事处", "南岗区物业管理办公室", "哈尔滨市质量技术监督局"]);
  await holdAndRecord(district, districtMeeting, { org: "花园街道办事处", person: "马丽" }, "未解决", "该纠纷跨区，区级无法协调。");
  await escalate(district, disputeId, "报请市住房保障和房产管理局召开市联席会议", "跨区重大矛盾纠纷，区联席会议协调未果，报请市级协调。");

  // The housing bureau accepts and holds the city meeting with two resolutions.
  const bureau = await as(browser, "bureau.leader");
  await accept(bureau, disputeId, "市联席会议");
  const cityMeeting = await scheduleMeeting(bureau, disputeId, `E2E市联席会议${stamp}`, 11, ["南岗区人民政府", "道里区人民政府", "哈尔滨市质量技术监督局"]);
  meetingTimeReached(cityMeeting);
  await bureau.goto(`/meetings/${cityMeeting}`);
  await bureau.getByRole("button", { name: "会议开始" }).click();
  await expect(bureau.getByRole("link", { name: "签到", exact: true })).toBeVisible();
  for (const [description, org] of [[`电梯安全检验${stamp}`, "哈尔滨市质量技术监督局"], [`电梯维修${stamp}`, "龙江物业服务有限公司"]] as const) {
    await bureau.getByRole("textbox", { name: "事项", exact: true }).fill(description);
    await bureau.getByLabel("责任单位").selectOption({ label: org });
    await bureau.getByLabel("完成期限").fill(cityDay(20));
    await bureau.getByRole("button", { name: "添加议定事项" }).click();
    await expect(bureau.getByRole("cell", { name: description })).toBeVisible();
  }
  await holdAndRecordAfterStart(bureau, cityMeeting);
  await bureau.goto(`/disputes/${disputeId}`);
  await expect(bureau.getByTestId("dispute-badges")).toContainText("议定事项落实中");

  // The responsible organisations mark them done; the bureau confirms both.
  const dept = await as(browser, "dept.clerk");
  await markDone(dept, `电梯安全检验${stamp}`, "已完成全部电梯检验。");
  const company = await as(browser, "company.clerk");
  await markDone(company, `电梯维修${stamp}`, "已更换主要部件。");
  for (const description of [`电梯安全检验${stamp}`, `电梯维修${stamp}`]) {
    await bureau.goto("/");
    await bureau.getByTestId("inbox-to-confirm").getByRole("link", { name: description }).click();
    await bureau.getByRole("radio", { name: "确认完成" }).check();
    await bureau.getByRole("button", { name: "提交", exact: true }).click();
    await expect(bureau.getByText("已提交。")).toBeVisible();
  }

  // The dispute is resolved and its timeline shows every step, with who and when.
  await clerk.goto(`/disputes/${disputeId}`);
  await expect(clerk.getByTestId("dispute-badges")).toContainText("已化解");
  const timeline = clerk.getByTestId("timeline");
  for (const type of ["created", "scheduled", "invited", "held", "outcome", "escalated", "accepted", "resolutionDone", "resolutionConfirmed", "resolved"]) {
    await expect(timeline.locator(`[data-event="${type}"]`).first(), type).toBeVisible();
  }
  await expect(timeline.locator('[data-event="escalated"]')).toHaveCount(2);
  await expect(timeline.locator('[data-event="accepted"]')).toHaveCount(2);
  await expect(timeline.locator('[data-event="outcome"]')).toHaveCount(3);
  await expect(timeline).toContainText("南岗区人民政府 · 陈国华");
  await expect(timeline).toContainText("哈尔滨市住房保障和房产管理局 · 王建国");
  const row = queryOne<{ status: string; level: string; resolvedAt: string | null }>(`SELECT status, level, resolvedAt FROM Dispute WHERE id = ?`, disputeId)!;
  expect(row).toMatchObject({ status: "RESOLVED", level: "CITY" });
  expect(row.resolvedAt).not.toBeNull();
  expect(queryAll(`SELECT status FROM Resolution WHERE disputeId = ?`, disputeId)).toEqual([{ status: "CONFIRMED" }, { status: "CONFIRMED" }]);
  expect(queryAll(`SELECT status FROM Escalation WHERE disputeId = ? ORDER BY id`, disputeId)).toEqual([{ status: "ACCEPTED" }, { status: "ACCEPTED" }]);
});

/** The city meeting was started on its page (to add resolutions first): attendance and minutes. */
async function holdAndRecordAfterStart(page: Page, meetingId: number) {
  await page.goto(`/meetings/${meetingId}/attendance`);
  await page.getByRole("button", { name: "增加一行" }).click();
  const last = page.getByTestId("attendance-rows").locator("li").last();
  await last.getByRole("combobox").first().selectOption({ label: "南岗区人民政府" });
  await last.getByLabel("姓名").fill("陈国华");
  await page.getByRole("button", { name: "保存签到" }).click();
  await expect(page.getByText("签到已保存。")).toBeVisible();
  await page.getByRole("link", { name: "会议纪要" }).click();
  await page.getByLabel("协调情况（1）").fill("经协调，各方同意由质监部门检验、物业公司维修。");
  await page.getByLabel("协调结果（1）").selectOption({ label: "已解决" });
  await page.getByRole("button", { name: "定稿" }).click();
  await expect(page.getByText("纪要已定稿，已通知各受邀单位和责任单位。")).toBeVisible();
}
