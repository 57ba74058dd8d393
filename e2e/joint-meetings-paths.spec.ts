// The other paths of the joint-meeting mechanism, on the demo city's disputes and meetings:
// returned escalations (district and city), a declined invitation, corrections after the minutes
// are final, concurrent edits, and bad input that is refused beside the field.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { queryAll, queryOne } from "./db";
import { captureWithoutSending, replayAction, signInAs } from "./fixtures";

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await signInAs(browser, username);
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

const disputeId = (title: string) => queryOne<{ id: number }>(`SELECT id FROM Dispute WHERE title = ?`, title)!.id;
const meetingId = (title: string, status: string) => queryOne<{ id: number }>(`SELECT id FROM JointMeeting WHERE title = ? AND status = ?`, title, status)!.id;

/** The rows a dispute's escalation touches (other specs write other rows of these tables in parallel). */
function escalationRows(id: number): string {
  return JSON.stringify([
    queryAll(`SELECT * FROM Dispute WHERE id = ?`, id),
    queryAll(`SELECT * FROM Escalation WHERE disputeId = ?`, id),
    queryAll(`SELECT * FROM DisputeEvent WHERE disputeId = ?`, id),
    queryAll(`SELECT * FROM Notification WHERE entityType = 'Dispute' AND entityId = ?`, id),
  ]);
}

test.describe.serial("joint meetings: other paths", () => {
  // Several signed-in roles per test on a two-core machine: allow for it.
  test.describe.configure({ timeout: 180_000 });

  test("the district returns an escalation with a reason; a street cannot skip the district; only a leader decides", async ({ browser }) => {
    const id = disputeId("邮政家园地下车库渗水纠纷");
    const clerk = await as(browser, "street.clerk");
    await clerk.goto(`/disputes/${id}`);
    await expect(clerk.getByText("报请区政府召开区联席会议")).toBeVisible();
    await clerk.getByLabel("上报理由").fill("部分解决，赔偿问题街道无法协调。");

    // The same request, pointed at the city, is refused and changes nothing.
    const captured = await captureWithoutSending(clerk, () => clerk.getByRole("button", { name: "上报", exact: true }).click());
    expect(captured.body).toContain('"DISTRICT"');
    const before = escalationRows(id);
    const skip = await replayAction(clerk.context(), { ...captured, body: captured.body.replace('"DISTRICT"', '"CITY"') });
    expect(skip.text).toContain("transition.cannotSkipDistrict");
    expect(escalationRows(id)).toBe(before);

    await clerk.reload();
    await clerk.getByLabel("上报理由").fill("部分解决，赔偿问题街道无法协调。");
    await clerk.getByRole("button", { name: "上报", exact: true }).click();
    await expect(clerk.getByText("已上报。")).toBeVisible();

    // A district clerk sees the escalation but is told a leader decides.
    const districtClerk = await as(browser, "district.clerk");
    await districtClerk.goto(`/disputes/${id}`);
    await expect(districtClerk.getByText("接收或退回上报须由本单位负责人决定。")).toBeVisible();
    await expect(districtClerk.getByRole("button", { name: "接收" })).toHaveCount(0);

    // The leader must give a reason to return it; the leader's decision replayed by the clerk is refused.
    const leader = await as(browser, "district.leader");
    await leader.goto(`/disputes/${id}`);
    await leader.getByRole("button", { name: "退回" }).click();
    await expect(leader.getByText("退回时必须说明理由", { exact: true })).toBeVisible();
    const acceptCaptured = await captureWithoutSending(leader, () => leader.getByRole("button", { name: "接收" }).click());
    const beforeDecision = escalationRows(id);
    expect((await replayAction(districtClerk.context(), acceptCaptured)).text).toContain("transition.leaderOnly");
    expect((await replayAction(await browser.newContext(), acceptCaptured)).text).not.toContain("ACCEPTED");
    expect(escalationRows(id)).toBe(beforeDecision);

    await leader.reload();
    await leader.getByLabel("意见").fill("赔偿问题请街道先组织委托鉴定，再视结果协调。");
    await leader.getByRole("button", { name: "退回" }).click();
    await expect(leader.getByText("已处理上报。")).toBeVisible();
    await expect(leader.getByTestId("dispute-badges")).toContainText("被退回");

    // The street sees it back in its inbox with the reason, and on the timeline.
    await clerk.goto("/");
    await expect(clerk.getByTestId("inbox-returned")).toContainText("赔偿问题请街道先组织委托鉴定");
    await clerk.goto(`/disputes/${id}`);
    await expect(clerk.getByTestId("timeline").locator('[data-event="returned"]')).toContainText("赔偿问题请街道先组织委托鉴定");
    await expect(clerk.getByLabel("上报理由")).toHaveCount(0);
    expect(queryOne(`SELECT status, level FROM Dispute WHERE id = ?`, id)).toEqual({ status: "RETURNED", level: "STREET" });
  });

  test("a cross-district dispute goes from the district straight to the city, which returns it", async ({ browser }) => {
    const title = `E2E跨区通道纠纷${Date.now().toString(36)}`;
    const district = await as(browser, "district.clerk");
    await district.goto("/disputes/new");
    await district.getByLabel("纠纷名称").fill(title);
    await district.getByLabel("基本情况").fill("两区交界处通道被占用。");
    await district.getByRole("checkbox", { name: /红军街小区/ }).check();
    await district.getByLabel("其他街道、区的相关居住区").selectOption({ label: "新阳嘉苑" });
    await district.getByRole("button", { name: "添加", exact: true }).click();
    await district.getByRole("checkbox", { name: "哈尔滨市公安局" }).check();
    await district.getByRole("checkbox", { name: "道里区物业管理办公室" }).check();
    await district.getByRole("button", { name: "登记" }).click();
    await expect(district.getByText("矛盾纠纷已登记。")).toBeVisible();
    await expect(district.getByTestId("dispute-badges")).toContainText("区联席会议");
    await expect(district.getByTestId("dispute-badges")).toContainText("跨区");
    const id = Number(/\/disputes\/(\d+)/.exec(district.url())![1]);

    // No district meeting needed for a cross-district dispute.
    await expect(district.getByText("报请市住房保障和房产管理局召开市联席会议")).toBeVisible();
    await district.getByLabel("上报理由").fill("涉及道里区，报请市级协调。");
    await district.getByRole("button", { name: "上报", exact: true }).click();
    await expect(district.getByText("已上报。")).toBeVisible();

    const bureauClerk = await as(browser, "bureau.clerk");
    await bureauClerk.goto(`/disputes/${id}`);
    await expect(bureauClerk.getByText("接收或退回上报须由本单位负责人决定。")).toBeVisible();
    const bureau = await as(browser, "bureau.leader");
    await bureau.goto("/");
    await expect(bureau.getByTestId("inbox-escalations")).toContainText(title);
    await bureau.goto(`/disputes/${id}`);
    await bureau.getByLabel("意见").fill("请两区先行会商，仍不能解决的再报。");
    await bureau.getByRole("button", { name: "退回" }).click();
    await expect(bureau.getByText("已处理上报。")).toBeVisible();

    await district.goto("/");
    await expect(district.getByTestId("inbox-returned")).toContainText("请两区先行会商");
    expect(queryOne(`SELECT status, level FROM Dispute WHERE id = ?`, id)).toEqual({ status: "RETURNED", level: "DISTRICT" });
    // Returned: another meeting is needed before it can go up again.
    await district.goto(`/disputes/${id}`);
    await expect(district.getByLabel("上报理由")).toHaveCount(0);
    await expect(district.getByRole("link", { name: "安排联席会议" })).toBeVisible();
  });

  test("an invited organisation declines with a reason; the convener sees it and is told", async ({ browser }) => {
    const id = meetingId("花园街道联席会议（供暖不热纠纷）", "SCHEDULED");
    const office = await as(browser, "propoffice.clerk");
    await office.goto("/");
    await office.getByTestId("inbox-invitations").getByRole("link", { name: "花园街道联席会议（供暖不热纠纷）" }).click();
    await office.getByRole("radio", { name: "请假" }).check();
    await office.getByRole("button", { name: "提交回复" }).click();
    await expect(office.getByText("请说明不能参加的原因")).toBeVisible();
    await office.getByLabel("请假原因").fill("当日参加区里专项检查，会后书面反馈意见。");
    await office.getByRole("button", { name: "提交回复" }).click();
    await expect(office.getByText("已回复。")).toBeVisible();

    const clerk = await as(browser, "street.clerk");
    await clerk.goto(`/meetings/${id}`);
    const row = clerk.getByTestId("invitations").locator("li").filter({ hasText: "南岗区物业管理办公室" });
    await expect(row).toContainText("已请假");
    await expect(row).toContainText("当日参加区里专项检查");
    await clerk.goto("/");
    await expect(clerk.getByText("南岗区物业管理办公室不能参加“花园街道联席会议（供暖不热纠纷）”")).toBeVisible();
  });

  test("rescheduling and cancelling tell every invitee; a new time asks them to answer again", async ({ browser }) => {
    const heating = meetingId("花园街道联席会议（供暖不热纠纷）", "SCHEDULED");
    const clerk = await as(browser, "street.clerk");
    await clerk.goto(`/meetings/${heating}/edit`);
    // Fields are read-only until the form has hydrated and holds the meeting's values.
    await expect(clerk.getByRole("textbox", { name: "日期", exact: true })).toBeEditable();
    const date = await clerk.getByRole("textbox", { name: "日期", exact: true }).inputValue();
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await clerk.getByRole("textbox", { name: "日期", exact: true }).fill(next);
    await clerk.getByRole("button", { name: "改期或修改" }).click();
    await expect(clerk.getByText("已保存，已通知所有受邀单位。")).toBeVisible();
    const invitations = queryAll<{ status: string; orgId: number }>(`SELECT status, orgId FROM MeetingInvitation WHERE meetingId = ?`, heating);
    expect(invitations.every((i) => i.status === "PENDING")).toBe(true);
    for (const i of invitations) {
      expect(queryOne(`SELECT COUNT(*) AS n FROM Notification WHERE orgId = ? AND entityType = 'JointMeeting' AND entityId = ? AND message = 'meetingRescheduled'`, i.orgId, heating)).toEqual({ n: 1 });
    }
    const police = await as(browser, "police.clerk");
    await police.goto("/");
    await expect(police.getByText(`改至 ${next} 09:30`).first()).toBeVisible();
    await expect(police.getByTestId("inbox-invitations")).toContainText("花园街道联席会议（供暖不热纠纷）");

    // The district cancels its meeting: every invitee is told and the dispute waits for a meeting again.
    const passage = meetingId("道里区联席会议（消防通道占用）", "SCHEDULED");
    const disputeOfPassage = disputeId("新阳嘉苑与安顺小区之间消防通道占用纠纷");
    const daoli = await as(browser, "daoli.leader");
    await daoli.goto(`/meetings/${passage}/edit`);
    await daoli.getByRole("button", { name: "取消会议" }).click();
    await expect(daoli.getByText("此项必填")).toBeVisible();
    await daoli.getByLabel("取消原因").fill("主要当事方物业公司负责人出差，另行安排。");
    await daoli.getByRole("button", { name: "取消会议" }).click();
    await expect(daoli.getByText("会议已取消，已通知所有受邀单位。")).toBeVisible();
    const invited = queryAll<{ orgId: number }>(`SELECT orgId FROM MeetingInvitation WHERE meetingId = ?`, passage);
    for (const i of invited) {
      expect(queryOne(`SELECT COUNT(*) AS n FROM Notification WHERE orgId = ? AND entityId = ? AND message = 'meetingCancelled'`, i.orgId, passage)).toEqual({ n: 1 });
    }
    const enforcement = await as(browser, "enforce.clerk");
    await enforcement.goto("/");
    await expect(enforcement.getByText("道里区人民政府取消了“道里区联席会议（消防通道占用）”").first()).toBeVisible();
    expect(queryOne(`SELECT status FROM Dispute WHERE id = ?`, disputeOfPassage)).toEqual({ status: "PENDING_MEETING" });
    await daoli.goto(`/disputes/${disputeOfPassage}`);
    await expect(daoli.getByTestId("timeline").locator('[data-event="meetingCancelled"]')).toContainText("主要当事方物业公司负责人出差");
    await expect(daoli.getByRole("link", { name: "安排联席会议" })).toBeVisible();
  });

  test("final minutes are read-only; a correction is recorded with its author and time", async ({ browser }) => {
    const id = meetingId("花园街道联席会议（车库渗水纠纷）", "HELD");
    const clerk = await as(browser, "street.clerk");
    const minutesOf = () => JSON.stringify([queryAll(`SELECT * FROM AgendaItem WHERE meetingId = ?`, id), queryAll(`SELECT * FROM JointMeeting WHERE id = ?`, id)]);
    const minutesBefore = minutesOf();
    expect((await clerk.goto(`/meetings/${id}/minutes`))?.status()).toBe(404);
    await clerk.goto(`/meetings/${id}`);
    await expect(clerk.getByRole("link", { name: "会议纪要" })).toHaveCount(0);
    await clerk.getByRole("button", { name: "添加更正" }).click();
    await expect(clerk.getByText("此项必填")).toBeVisible();
    await clerk.getByLabel("所涉议题").selectOption({ index: 1 });
    await clerk.getByLabel("更正内容").fill("协调情况中“临时封堵”应为“临时封堵并排水”。");
    await clerk.getByRole("button", { name: "添加更正" }).click();
    await expect(clerk.getByText("更正已添加，已通知各受邀单位。")).toBeVisible();
    await expect(clerk.getByTestId("amendments")).toContainText("“临时封堵”应为“临时封堵并排水”");
    await expect(clerk.getByTestId("amendments")).toContainText("马丽，");
    expect(minutesOf()).toBe(minutesBefore);
    await clerk.goto(`/meetings/${id}/print`);
    await expect(clerk.getByTestId("minutes-document")).toContainText("临时封堵并排水");
    await expect(clerk.getByTestId("minutes-document")).toContainText("出席：");
  });

  test("two people saving the same minutes or dispute: the second save is refused and nothing is overwritten", async ({ browser }) => {
    const id = meetingId("大成街道联席会议（二次供水）", "HELD");
    const first = await as(browser, "street2.clerk");
    const second = await as(browser, "street2.clerk");
    await first.goto(`/meetings/${id}/minutes`);
    await second.goto(`/meetings/${id}/minutes`);
    await first.getByLabel("协调情况（1）").fill("卫生部门已取样送检，甲记录。");
    await first.getByRole("button", { name: "保存草稿" }).click();
    await expect(first.getByText("纪要草稿已保存。")).toBeVisible();
    await second.getByLabel("协调情况（1）").fill("乙记录，覆盖甲。");
    await second.getByRole("button", { name: "保存草稿" }).click();
    await expect(second.getByText("该记录已被他人修改")).toBeVisible();
    expect(queryOne<{ minutes: string }>(`SELECT minutes FROM AgendaItem WHERE meetingId = ? ORDER BY "order" LIMIT 1`, id)!.minutes).toBe("卫生部门已取样送检，甲记录。");

    const dispute = disputeId("海城花园小区12号楼顶层违建阳光房纠纷");
    const a = await as(browser, "street.clerk");
    const b = await as(browser, "street.leader");
    await a.goto(`/disputes/${dispute}/edit`);
    await b.goto(`/disputes/${dispute}/edit`);
    await a.getByLabel("当事人").fill("12号楼 1201 室住户；1101 室住户（甲修改）");
    await a.getByRole("button", { name: "保存" }).click();
    await expect(a.getByText("已保存。")).toBeVisible();
    await b.getByLabel("当事人").fill("乙修改");
    await b.getByRole("button", { name: "保存" }).click();
    await expect(b.getByText("该记录已被他人修改")).toBeVisible();
    expect(queryOne<{ parties: string }>(`SELECT parties FROM Dispute WHERE id = ?`, dispute)!.parties).toContain("甲修改");
  });

  test("bad input gets a message beside the field and writes nothing", async ({ browser }) => {
    const clerk = await as(browser, "street.clerk");
    // What this test might have written (other specs write other rows in parallel).
    const written = () => JSON.stringify([
      queryAll(`SELECT id FROM Dispute WHERE title = 'E2E错误附件测试'`),
      queryAll(`SELECT id FROM Attachment WHERE fileName IN ('伪装.png', '大图.png')`),
      queryAll(`SELECT id FROM JointMeeting WHERE startsAt < '2021-01-01' OR startsAt > '2098-12-31'`),
      queryAll(`SELECT id FROM Resolution WHERE description = '检测水质'`),
    ]);
    const before = written();

    await clerk.goto("/disputes/new");
    await clerk.getByRole("button", { name: "登记" }).click();
    await expect(clerk.getByLabel("纠纷名称")).toHaveAttribute("aria-invalid", "true");
    await expect(clerk.getByText("请至少选择一个居住区")).toBeVisible();
    await clerk.getByLabel("纠纷名称").fill("E2E错误附件测试");
    await clerk.getByLabel("基本情况").fill("测试");
    await clerk.getByRole("checkbox", { name: /果戈里公寓/ }).check();
    await clerk.getByLabel("附件（照片、PDF）").setInputFiles({ name: "伪装.png", mimeType: "image/png", buffer: Buffer.from("this is not a picture") });
    await clerk.getByRole("button", { name: "登记" }).click();
    await expect(clerk.getByText("只能上传 JPG、PNG 图片或 PDF 文件")).toBeVisible();
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]);
    await clerk.getByLabel("附件（照片、PDF）").setInputFiles({ name: "大图.png", mimeType: "image/png", buffer: big });
    await clerk.getByRole("button", { name: "登记" }).click();
    await expect(clerk.getByText("文件不能超过 5 MB")).toBeVisible();

    await clerk.goto(`/meetings/new?dispute=${disputeId("果戈里公寓楼道堆物消防隐患纠纷")}`);
    await clerk.getByRole("textbox", { name: "日期", exact: true }).fill("2020-01-01");
    await clerk.getByLabel("地点").fill("会议室");
    await clerk.getByLabel("主持人").fill("郭红");
    await clerk.getByRole("button", { name: "安排会议" }).click();
    await expect(clerk.getByText("会议时间不能早于现在")).toBeVisible();
    await clerk.getByRole("textbox", { name: "日期", exact: true }).fill("2099-01-01");
    await clerk.getByLabel("开始时间").fill("15:00");
    await clerk.getByLabel("结束时间").fill("14:00");
    await clerk.getByRole("button", { name: "安排会议" }).click();
    await expect(clerk.getByText("结束时间必须晚于开始时间")).toBeVisible();

    // A resolution without an owner or a due date; minutes finalized while empty.
    const held = meetingId("大成街道联席会议（二次供水）", "HELD");
    const other = await as(browser, "street2.clerk");
    await other.goto(`/meetings/${held}`);
    await other.getByRole("textbox", { name: "事项", exact: true }).fill("检测水质");
    await other.getByLabel("完成期限").fill("");
    await other.getByRole("button", { name: "添加议定事项" }).click();
    await expect(other.getByText("请选择责任单位")).toBeVisible();
    await expect(other.getByText("请填写完成期限")).toBeVisible();
    await other.goto(`/meetings/${held}/minutes`);
    await other.getByLabel("协调情况（1）").fill("");
    await other.getByRole("button", { name: "定稿" }).click();
    await expect(other.getByText("定稿前请填写该议题的协调情况")).toBeVisible();
    await expect(other.getByText("定稿前请选择协调结果")).toBeVisible();
    expect(queryOne(`SELECT minutesStatus FROM JointMeeting WHERE id = ?`, held)).toEqual({ minutesStatus: "DRAFT" });

    expect(written()).toBe(before);
    expect(before).toBe(JSON.stringify([[], [], [], []]));
  });
});
