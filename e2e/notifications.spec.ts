// The notification centre: unread count in the header, read state per person, links that lead to
// the record (never to a 404), another organisation's notice refused with the database unchanged.
import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./fixtures";
import { orgId, queryOne, snapshot } from "./db";

test.describe("notifications", () => {
  test("unread count, opening a notice marks it read for this person only, mark all read", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    const unread = (user: string) => queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM Notification n WHERE n.orgId = ? AND n.id > (SELECT notificationsReadThrough FROM User WHERE username = ?)
       AND NOT EXISTS (SELECT 1 FROM NotificationRead r WHERE r.notificationId = n.id AND r.userId = (SELECT id FROM User WHERE username = ?))`,
      orgId("花园街道办事处"), user, user)!.n;
    const before = unread("street.clerk");
    const leaderBefore = unread("street.leader");
    expect(before).toBeGreaterThan(0);
    await expect(page.getByTestId("unread-count")).toHaveText(String(before));

    await page.getByTestId("notification-bell").click();
    await expect(page.getByRole("heading", { level: 1, name: "通知中心" })).toBeVisible();
    await page.getByRole("link", { name: `未读（${before}）` }).click();
    const first = page.getByTestId("notification-list").locator("li").first();
    const link = first.getByRole("link");
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).not.toHaveURL(/\/notifications/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("页面不存在");
    expect(unread("street.clerk")).toBe(before - 1);
    await expect(page.getByTestId("unread-count")).toHaveText(String(before - 1));
    // The leader of the same office still has it unread.
    expect(unread("street.leader")).toBe(leaderBefore);

    await page.goto("/notifications");
    await page.getByRole("button", { name: "全部标为已读" }).first().click();
    await expect(page.getByTestId("unread-count")).toHaveCount(0);
    expect(unread("street.clerk")).toBe(0);
    expect(unread("street.leader")).toBe(leaderBefore);

    // Another organisation's notice, by URL: the centre, not the notice's record; nothing marked.
    const foreign = queryOne<{ id: number }>("SELECT id FROM Notification WHERE orgId <> ? ORDER BY id DESC LIMIT 1", orgId("花园街道办事处"))!;
    const other = await signInAs(browser, "zhaolin.clerk");
    const state = snapshot("NotificationRead", "User");
    const mine = queryOne<{ id: number }>("SELECT id FROM Notification WHERE orgId = ? ORDER BY id DESC LIMIT 1", orgId("花园街道办事处"))!;
    await other.goto(`/notifications/${mine.id}`);
    await expect(other).toHaveURL(/\/notifications$/);
    expect(snapshot("NotificationRead", "User")).toBe(state);
    expect(foreign.id).toBeGreaterThan(0);
    await other.context().close();
  });
});
