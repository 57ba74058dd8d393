// On a phone every list is a column of cards: one visible column whose cell carries the row's
// status, deadline and place; nothing scrolls sideways. On a desktop the same list is a table with
// every column and no cards. Issue 12 ("lists become cards with filters folded").
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

const LISTS: { path: string; card: string; user: string }[] = [
  { path: "/complaints", card: "complaint-card", user: "street.clerk" },
  { path: "/referrals", card: "referral-card", user: "street.clerk" },
  { path: "/disputes", card: "dispute-card", user: "street.clerk" },
  { path: "/meetings?when=past", card: "meeting-card", user: "street.clerk" },
  { path: "/resolutions", card: "resolution-card", user: "street.clerk" },
  { path: "/escalations", card: "escalation-card", user: "district.leader" },
  { path: "/works", card: "works-card", user: "street.clerk" },
  { path: "/outages", card: "outage-card", user: "street.clerk" },
];

async function visibleHeaders(page: Page): Promise<number> {
  return page.locator("main table thead th").evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).length);
}

for (const user of [...new Set(LISTS.map((l) => l.user))]) {
  test(`lists are cards on a phone and tables on a desktop for ${user}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, user);
    for (const list of LISTS.filter((l) => l.user === user)) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(list.path);
      const cards = page.getByTestId(list.card);
      await expect(cards.first(), `${list.path}: a card at 390 px`).toBeVisible();
      // The card says where the matter stands: a status badge.
      await expect(cards.first().locator(".badge").first(), `${list.path}: the card's status`).toBeVisible();
      expect(await visibleHeaders(page), `${list.path}: one column at 390 px`).toBe(1);
      // Nothing wider than the screen: neither the page nor the table's box scrolls sideways.
      const overflow = await page.evaluate(() => {
        const box = document.querySelector("main table")?.parentElement;
        return { page: document.documentElement.scrollWidth - window.innerWidth, table: box ? box.scrollWidth - box.clientWidth : 0 };
      });
      expect(overflow, `${list.path}: no sideways scrolling at 390 px`).toEqual({ page: 0, table: 0 });
      // The filters are folded away until asked for.
      await expect(page.getByRole("search"), `${list.path}: filters folded`).toBeHidden();

      await page.setViewportSize({ width: 1280, height: 900 });
      await expect(cards.first(), `${list.path}: no card at 1280 px`).toBeHidden();
      expect(await visibleHeaders(page), `${list.path}: every column at 1280 px`).toBeGreaterThan(4);
    }
  });
}
