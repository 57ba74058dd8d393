import { expect, test } from "@playwright/test";
import { queryOne } from "./db";
import { captureAction, replayAction, signIn, signInAs } from "./fixtures";

test.describe("complaint → dispute", () => {
  test("a street office turns a complaint involving several departments into a dispute, linked both ways", async ({ page }) => {
    const complaint = queryOne<{ id: number; ref: string }>(
      `SELECT c.id, c.ref FROM Complaint c JOIN Organisation o ON o.id = c.registeredOrgId
       WHERE o.name = '花园街道办事处' AND c.status IN ('ASSIGNED', 'IN_PROGRESS') AND c.disputeId IS NULL ORDER BY c.id LIMIT 1`,
    )!;
    await signIn(page, "street.clerk");
    await page.goto(`/complaints/${complaint.id}`);
    await page.getByRole("link", { name: "转为矛盾纠纷" }).click();
    await expect(page.getByText(`由投诉 ${complaint.ref} 转为矛盾纠纷`)).toBeVisible();
    await page.getByRole("button", { name: "登记" }).click();
    await expect(page.getByText("矛盾纠纷已登记。")).toBeVisible();
    const dispute = queryOne<{ id: number; ref: string; sourceComplaintId: number }>(`SELECT id, ref, sourceComplaintId FROM Dispute WHERE sourceComplaintId = ?`, complaint.id)!;
    expect(dispute.sourceComplaintId).toBe(complaint.id);
    await expect(page.getByRole("link", { name: complaint.ref })).toBeVisible();

    await page.getByRole("link", { name: complaint.ref }).click();
    await expect(page.getByText("已转为矛盾纠纷")).toBeVisible();
    await expect(page.getByRole("link", { name: dispute.ref })).toBeVisible();
    await expect(page.getByText("转为矛盾纠纷").first()).toBeVisible();
    expect(queryOne<{ disputeId: number }>(`SELECT disputeId FROM Complaint WHERE id = ?`, complaint.id)!.disputeId).toBe(dispute.id);
    // Once is enough: the offer is gone and the URL refuses.
    await expect(page.getByRole("link", { name: "转为矛盾纠纷" })).toHaveCount(0);
    expect((await page.goto(`/disputes/new?complaint=${complaint.id}`))?.status()).toBe(404);
  });

  test("another street cannot turn the complaint into a dispute, by URL or by replaying the action", async ({ page, browser }) => {
    // A seeded complaint (not the newest: another worker may be handling the complaints it registers).
    const complaint = queryOne<{ id: number; version: number }>(
      `SELECT c.id, c.version FROM Complaint c JOIN Organisation o ON o.id = c.registeredOrgId
       WHERE o.name = '花园街道办事处' AND c.status IN ('ACCEPTED', 'RETURNED') AND c.disputeId IS NULL ORDER BY c.id LIMIT 1`,
    )!;
    const other = await signInAs(browser, "street2.clerk");
    expect((await other.goto(`/disputes/new?complaint=${complaint.id}`))?.status()).toBe(404);

    await signIn(page, "street.clerk");
    await page.goto(`/disputes/new?complaint=${complaint.id}`);
    await page.route("**/*", async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) await route.abort();
      else await route.continue();
    });
    const action = await captureAction(page, () => page.getByRole("button", { name: "登记" }).click());
    const disputes = queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM Dispute`)!.n;
    const result = await replayAction(other.context(), action);
    expect(result.text).toContain("notFound");
    expect(queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM Dispute`)!.n).toBe(disputes);
    expect(queryOne<{ disputeId: number | null; version: number }>(`SELECT disputeId, version FROM Complaint WHERE id = ?`, complaint.id)).toEqual({ disputeId: null, version: complaint.version });
  });
});
