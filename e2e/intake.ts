// Helpers for the intake specs (complaints, referrals, works, outages): filling the registration
// form, finding records in the database, and the one test-only write (moving works into the past).
import { expect as baseExpect, type Page } from "@playwright/test";
import { execute, queryOne } from "./db";

/**
 * The intake flows are long (several users, many steps) and the machines running them are
 * small: assertions wait up to 30 s and each flow may take up to 4 minutes.
 */
export const expect = baseExpect.configure({ timeout: 30_000 });
export const FLOW_TIMEOUT = 240_000;

/** Steps that cannot be undone ask for confirmation: accept it. */
export function acceptDialogs(page: Page): void {
  page.on("dialog", (dialog) => void dialog.accept());
}

/** The id in a record page's URL (/complaints/42 → 42). */
export function idFromUrl(page: Page): number {
  const m = /\/(\d+)(?:\?|$)/.exec(new URL(page.url()).pathname + new URL(page.url()).search);
  if (!m) throw new Error(`No record id in ${page.url()}`);
  return Number(m[1]);
}

export function complaint(id: number) {
  return queryOne<{ id: number; ref: string; status: string; handOverCount: number; pressCount: number; handlerOrgId: number; currentDueDate: string | null; version: number }>(
    `SELECT id, ref, status, handOverCount, pressCount, handlerOrgId, currentDueDate, version FROM Complaint WHERE id = ?`, id,
  )!;
}

export type Registration = { channel?: string; area: string; description: string; resident?: string; phone?: string; receivedAt?: string; about?: string };

/**
 * Fills and submits the complaint registration form as the signed-in clerk; waits for the
 * routing preview (the words that matched and the proposed handler) before saving.
 */
export async function registerComplaint(page: Page, r: Registration, expectProposal?: string): Promise<number> {
  await page.goto("/complaints/new");
  if (r.channel) await page.locator("select[name=channel]").selectOption({ label: r.channel });
  if (r.receivedAt) await page.getByLabel("收到时间").fill(r.receivedAt);
  await page.getByLabel("居住区").selectOption({ label: r.area });
  await page.getByLabel("投诉人姓名").fill(r.resident ?? "测试居民");
  await page.getByLabel("联系电话").fill(r.phone ?? "13812345678");
  await page.getByLabel("投诉内容").fill(r.description);
  const suggestions = page.getByTestId("routing-suggestions");
  await expect(suggestions.getByRole("button", { name: "采用" }).first()).toBeVisible();
  await suggestions.getByRole("button", { name: "采用" }).first().click();
  if (expectProposal) await expect(page.getByTestId("routing-proposal")).toContainText(expectProposal);
  if (r.about) await page.getByLabel("投诉对象").selectOption({ label: r.about });
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(page).toHaveURL(/\/complaints\/\d+\?done=created/);
  await expect(page.getByText("投诉已登记。")).toBeVisible();
  return idFromUrl(page);
}

/** Test set-up only: moves planned works into the past, as if time had passed since they were announced. */
export function moveWorksIntoPast(worksId: number, startDaysAgo: number, endDaysAgo: number): void {
  const day = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
  execute(`UPDATE PlannedWorks SET startDate = ?, endDate = ? WHERE id = ?`, day(startDaysAgo), day(endDaysAgo), worksId);
}

/** A small valid PNG (1×1), for evidence uploads. */
export const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082", "hex");

/** The city date (Asia/Shanghai) n days from now, as a form's date value. */
export function cityDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The city time n days from now, as a datetime-local value. */
export function cityDateTime(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 16);
}
