// The notification centre: unread count in the header, read state per person, links that lead to
// the record (never to a 404), another organisation's notice refused with the database unchanged.
import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./fixtures";
import { orgId, queryAll, queryOne, snapshot } from "./db";

test.describe("notifications", () => {
  test("unread count, opening a notice marks it read for this person only, mark all read", async ({ page, browser }) => {
    await signIn(page, "street.clerk");
    const garden = orgId("花园街道办事处");
    // Other tests running beside this one add notices for the same office at any moment: counts
    // are taken up to the newest notice that existed when the step began, and the notice opened
    // is checked by its id.
    const newest = () => queryOne<{ id: number }>("SELECT MAX(id) AS id FROM Notification WHERE orgId = ?", garden)!.id;
    const unread = (user: string, upTo = newest()) => queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM Notification n WHERE n.orgId = ? AND n.id <= ? AND n.id > (SELECT notificationsReadThrough FROM User WHERE username = ?)
       AND NOT EXISTS (SELECT 1 FROM NotificationRead r WHERE r.notificationId = n.id AND r.userId = (SELECT id FROM User WHERE username = ?))`,
      garden, upTo, user, user)!.n;
    const isRead = (user: string, id: number) => queryOne<{ n: number }>(
      `SELECT (? <= notificationsReadThrough OR EXISTS (SELECT 1 FROM NotificationRead r WHERE r.notificationId = ? AND r.userId = u.id)) AS n FROM User u WHERE username = ?`,
      id, id, user)!.n === 1;
    await expect(page.getByTestId("unread-count")).toHaveText(String(unread("street.clerk")));
    expect(unread("street.clerk")).toBeGreaterThan(0);

    await page.getByTestId("notification-bell").click();
    await expect(page.getByRole("heading", { level: 1, name: "通知中心" })).toBeVisible();
    await page.getByRole("link", { name: /^未读（\d+）$/ }).click();
    const link = page.getByTestId("notification-list").locator("li").first().getByRole("link");
    await expect(link).toBeVisible();
    const opened = Number((await link.getAttribute("href"))!.match(/^\/notifications\/(\d+)$/)![1]);
    const upTo = newest();
    const before = unread("street.clerk", upTo);
    expect(isRead("street.clerk", opened)).toBe(false);
    expect(isRead("street.leader", opened)).toBe(false);
    await link.click();
    await expect(page).not.toHaveURL(/\/notifications/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("页面不存在");
    expect(isRead("street.clerk", opened)).toBe(true);
    expect(unread("street.clerk", upTo)).toBe(before - 1);
    // The header counts what was unread when the page was made; a notice another test adds after
    // that shows on the next page: compared again after a reload until both were taken together.
    await expect(async () => {
      await page.reload();
      expect(await page.getByTestId("unread-count").textContent()).toBe(String(unread("street.clerk")));
    }).toPass({ timeout: 30_000 });
    // The leader of the same office still has it unread.
    expect(isRead("street.leader", opened)).toBe(false);

    await page.goto("/notifications");
    const allUpTo = newest();
    await page.getByRole("button", { name: "全部标为已读" }).first().click();
    await expect(page.getByTestId("unread-count")).toHaveCount(0);
    expect(unread("street.clerk", allUpTo)).toBe(0);
    expect(isRead("street.leader", opened)).toBe(false);

    // Another organisation's notice, by URL: the centre, not the notice's record; nothing marked.
    const foreign = queryOne<{ id: number }>("SELECT id FROM Notification WHERE orgId <> ? ORDER BY id DESC LIMIT 1", orgId("花园街道办事处"))!;
    const other = await signInAs(browser, "zhaolin.clerk");
    // Read state only: the users' other columns change whenever another test signs someone in.
    const readState = () => JSON.stringify([snapshot("NotificationRead"), queryAll("SELECT id, notificationsReadThrough FROM User ORDER BY id")]);
    const state = readState();
    const mine = queryOne<{ id: number }>("SELECT id FROM Notification WHERE orgId = ? ORDER BY id DESC LIMIT 1", orgId("花园街道办事处"))!;
    await other.goto(`/notifications/${mine.id}`);
    await expect(other).toHaveURL(/\/notifications$/);
    expect(readState()).toBe(state);
    expect(foreign.id).toBeGreaterThan(0);
    await other.context().close();
  });
});
