// Access control for disputes, meetings, resolutions, attachments and calendars: another street,
// an uninvited department and signed-out visitors get "not found"; captured actions replayed by
// them are refused and the database is unchanged. Calendars: an .ics per meeting for signed-in
// users who may see it, and a per-organisation feed behind a secret that can be replaced.
import { expect, test, type Page } from "@playwright/test";
import { meetingTimeReached, queryAll, queryOne } from "./db";
import { captureWithoutSending, replayAction, signIn, signInAs } from "./fixtures";

const disputeId = (title: string) => queryOne<{ id: number }>(`SELECT id FROM Dispute WHERE title = ?`, title)!.id;
const meetingId = (title: string, status: string) => queryOne<{ id: number }>(`SELECT id FROM JointMeeting WHERE title = ? AND status = ?`, title, status)!.id;

const LIFT = "龙江物业所管小区电梯停运及维修资金使用纠纷";
const GARAGE = "邮政家园地下车库渗水纠纷";
const HEATING = "红军街小区冬季供暖不热纠纷";
const FEE = "大成嘉园物业费调价争议";
const HEATING_MEETING = "花园街道联席会议（供暖不热纠纷）";
const LIFT_MEETING = "花园街道联席会议（电梯停运纠纷）";

async function status(page: Page, path: string): Promise<number | undefined> {
  return (await page.goto(path))?.status();
}

test.describe("joint meetings: access control", () => {
  // Several signed-in roles per test on a two-core machine: allow for it.
  test.describe.configure({ timeout: 180_000 });

  test("another street sees neither the disputes nor the meetings nor the resolutions of 花园街道", async ({ page }) => {
    await signIn(page, "street2.clerk");
    const resolution = queryOne<{ id: number }>(`SELECT id FROM Resolution WHERE disputeId = ?`, disputeId(GARAGE))!.id;
    for (const path of [`/disputes/${disputeId(LIFT)}`, `/disputes/${disputeId(GARAGE)}`, `/disputes/${disputeId(GARAGE)}/edit`, `/meetings/${meetingId(LIFT_MEETING, "HELD")}`, `/meetings/${meetingId(LIFT_MEETING, "HELD")}/print`, `/resolutions/${resolution}`]) {
      expect(await status(page, path), path).toBe(404);
    }
    expect((await page.request.get(`/api/ical/meetings/${meetingId(LIFT_MEETING, "HELD")}`)).status()).toBe(404);
    await page.goto("/disputes");
    await expect(page.getByRole("link", { name: FEE })).toBeVisible();
    await expect(page.getByRole("link", { name: GARAGE })).toHaveCount(0);
    await page.goto("/meetings?when=past");
    await expect(page.getByRole("link", { name: LIFT_MEETING })).toHaveCount(0);
    expect(await status(page, `/disputes/${disputeId(FEE)}`)).toBe(200);
  });

  test("the past meetings filter by part of an organisation's name, within the street's own meetings", async ({ page }) => {
    await signIn(page, "street.clerk");
    await page.goto("/meetings?when=past");
    const unit = page.getByLabel("单位名称");
    await unit.fill("花园街道");
    await unit.press("Enter");
    await expect(page).toHaveURL(/unit=/);
    await expect(page.getByRole("link", { name: LIFT_MEETING })).toBeVisible();
    await unit.fill("没有这样的单位");
    await unit.press("Enter");
    await expect(page.getByText("没有符合条件的会议。")).toBeVisible();
    await expect(page.getByRole("link", { name: LIFT_MEETING })).toHaveCount(0);
    // Another street naming 花园街道 still sees none of its meetings.
    await signIn(page, "street2.clerk");
    await page.goto(`/meetings?when=past&unit=${encodeURIComponent("花园街道")}`);
    await expect(page.getByRole("link", { name: LIFT_MEETING })).toHaveCount(0);
  });

  test("an organisation sees only what it is involved in", async ({ browser }) => {
    // The heating company is invited to the heating meeting and a unit of its dispute, nothing else.
    const utility = await signInAs(browser, "utility.clerk");
    expect(await status(utility, `/meetings/${meetingId(HEATING_MEETING, "SCHEDULED")}`)).toBe(200);
    expect(await status(utility, `/disputes/${disputeId(HEATING)}`)).toBe(200);
    expect(await status(utility, `/disputes/${disputeId(LIFT)}`)).toBe(404);
    expect(await status(utility, `/meetings/${meetingId(LIFT_MEETING, "HELD")}`)).toBe(404);
    // The quality bureau is a unit of the lift dispute, not of the garage dispute.
    const dept = await signInAs(browser, "dept.clerk");
    expect(await status(dept, `/disputes/${disputeId(LIFT)}`)).toBe(200);
    expect(await status(dept, `/disputes/${disputeId(GARAGE)}`)).toBe(404);
    // Only conveners register and schedule.
    expect(await status(dept, "/disputes/new")).toBe(404);
    expect(await status(dept, "/meetings/new")).toBe(404);
    expect(await status(dept, "/escalations")).toBe(404);
  });

  test("signed out, pages send to the sign-in page and calendars and files are not found", async ({ page }) => {
    const meeting = meetingId(HEATING_MEETING, "SCHEDULED");
    for (const path of ["/disputes", `/disputes/${disputeId(LIFT)}`, "/meetings", `/meetings/${meeting}`, "/meetings/calendar", "/resolutions", "/escalations"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in/);
    }
    expect((await page.request.get(`/api/ical/meetings/${meeting}`)).status()).toBe(404);
    expect((await page.request.get(`/api/ical/feed/not-a-real-feed-token-0000000000`)).status()).toBe(404);
  });

  test("captured actions replayed by others are refused and change nothing", async ({ browser }) => {
    const meeting = meetingId("兆麟街道联席会议（广告牌隐患）", "SCHEDULED");
    const disputes = queryAll<{ disputeId: number }>(`SELECT disputeId FROM AgendaItem WHERE meetingId = ? AND disputeId IS NOT NULL`, meeting).map((r) => r.disputeId);
    // The rows these actions would touch (other specs write other rows of these tables in parallel).
    const rows = () => JSON.stringify([
      queryAll(`SELECT * FROM JointMeeting WHERE id = ?`, meeting),
      queryAll(`SELECT * FROM MeetingInvitation WHERE meetingId = ?`, meeting),
      queryAll(`SELECT * FROM Dispute WHERE id IN (${disputes.join(",")})`),
      queryAll(`SELECT * FROM DisputeEvent WHERE disputeId IN (${disputes.join(",")})`),
      queryAll(`SELECT * FROM Notification WHERE entityType = 'JointMeeting' AND entityId = ?`, meeting),
      queryAll(`SELECT * FROM AuditLog WHERE entity = 'JointMeeting' AND entityId = ?`, String(meeting)),
    ]);

    // An invitee's answer (the enforcement bureau), replayed by another street and an uninvited unit.
    const invitee = await signInAs(browser, "enforce.clerk");
    await invitee.goto(`/meetings/${meeting}`);
    await invitee.getByLabel("参会人员").fill("吴强（执法队员）");
    const answer = await captureWithoutSending(invitee, () => invitee.getByRole("button", { name: "提交回复" }).click());
    // The convener's "meeting starts", replayed by another street and by an invitee.
    const convener = await signInAs(browser, "zhaolin.clerk");
    convener.on("dialog", (d) => void d.accept());
    meetingTimeReached(meeting);
    await convener.goto(`/meetings/${meeting}`);
    const hold = await captureWithoutSending(convener, () => convener.getByRole("button", { name: "会议开始" }).click());

    const before = rows();
    const otherStreet = await signInAs(browser, "street2.clerk");
    const uninvited = await signInAs(browser, "utility.clerk");
    expect((await replayAction(otherStreet.context(), answer)).text).toContain("notFound");
    expect((await replayAction(uninvited.context(), answer)).text).toContain("notFound");
    expect((await replayAction(otherStreet.context(), hold)).text).toContain("notFound");
    expect((await replayAction(invitee.context(), hold)).text).toContain("notFound"); // a department convenes nothing
    const district = await signInAs(browser, "daoli.leader"); // sees the meeting (its district), did not convene it
    expect((await replayAction(district.context(), hold)).text).toContain("transition.notConvener");
    await replayAction(await browser.newContext(), hold);
    await replayAction(await browser.newContext(), answer);
    expect(rows()).toBe(before);
  });

  test("an .ics per meeting, and a subscribable feed whose address can be replaced", async ({ browser }) => {
    const clerk = await signInAs(browser, "street.clerk");
    const meeting = meetingId(HEATING_MEETING, "SCHEDULED");
    const ics = await clerk.request.get(`/api/ical/meetings/${meeting}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text).toContain("X-WR-TIMEZONE:Asia/Shanghai");
    expect(text).toMatch(/DTSTART:\d{8}T013000Z/); // 09:30 in Harbin is 01:30 UTC
    expect(text).toContain(HEATING_MEETING);

    await clerk.goto("/meetings");
    await clerk.getByRole("button", { name: "生成订阅地址" }).click();
    const url = await clerk.getByLabel("订阅地址").inputValue();
    const path = new URL(url).pathname;
    const anonymous = await browser.newContext();
    const feed = await anonymous.request.get(path);
    expect(feed.status()).toBe(200);
    const feedText = await feed.text();
    expect(feedText).toContain(HEATING_MEETING);
    expect(feedText).not.toContain("大成街道联席会议"); // not its meetings

    // Regenerating asks first, in the page: the address changes only when confirmed.
    await clerk.getByText("重新生成地址").click();
    await expect(clerk.getByText("重新生成后，原订阅地址立即失效")).toBeVisible();
    expect((await anonymous.request.get(path)).status()).toBe(200);
    await clerk.getByRole("button", { name: "确认重新生成" }).click();
    await expect(clerk.getByLabel("订阅地址")).not.toHaveValue(url);
    expect((await anonymous.request.get(path)).status()).toBe(404);
  });
});
