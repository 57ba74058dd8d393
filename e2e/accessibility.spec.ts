// axe on every main page for the main roles, at desktop and phone width: no serious or critical
// violation (colour contrast, names, keyboard-reachable scrolling regions, …). Issue 12.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

const PAGES: Record<string, string[]> = {
  "street.clerk": ["/", "/notifications", "/complaints", "/complaints/new", "/referrals", "/disputes", "/meetings", "/resolutions", "/escalations", "/works", "/outages", "/supervision", "/assessment", "/areas", "/duties"],
  "district.leader": ["/", "/disputes", "/escalations", "/supervision", "/accountability"],
  "bureau.leader": ["/", "/meetings", "/supervision", "/assessment", "/accountability"],
  "company.clerk": ["/", "/complaints", "/meetings"],
  "dept.clerk": ["/", "/complaints", "/referrals"],
  admin: ["/admin/organisations", "/admin/users", "/admin/duties", "/admin/calendar", "/admin/audit", "/admin/systems", "/admin/systems/new"],
};

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

for (const [user, paths] of Object.entries(PAGES)) {
  for (const width of [1280, 390]) {
    test(`no serious accessibility violation for ${user} at ${width} px`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, user);
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
}

test("the sign-in page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
});
