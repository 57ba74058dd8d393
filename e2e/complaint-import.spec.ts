// The complaint ledger import (docs/decisions/046): a file with bad rows is reported row by row
// and imports nothing; a good file imports every row; roles without the permission get 404 and
// a replayed upload changes nothing.
import ExcelJS from "exceljs";
import { test, type Page } from "@playwright/test";
import { count } from "./db";
import { captureWithoutSending, replayAction, signIn, signInAs } from "./fixtures";
import { FLOW_TIMEOUT, expect } from "./intake";

const HEADER = ["编号", "渠道", "渠道编号", "收到时间", "居住区", "类别", "投诉人", "联系电话", "投诉内容", "状态"];

function csv(rows: string[][]): Buffer {
  const line = (r: string[]) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
  return Buffer.from(`\uFEFF${[HEADER, ...rows].map(line).join("\r\n")}\r\n`, "utf8");
}

/** An Excel ledger whose received times are real date cells, as a clerk's spreadsheet has them. */
async function xlsx(rows: (string | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("台账");
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(4).numFmt = "yyyy-mm-dd hh:mm";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByLabel("台账文件（.csv 或 .xlsx）").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "检查并导入" }).click();
}

test.describe("complaint ledger import", () => {
  test.describe.configure({ timeout: FLOW_TIMEOUT });

  test("a file with bad rows is reported row by row and imports nothing; the corrected file imports every row", async ({ page }) => {
    const mark = `E2E导入${Date.now().toString(36)}`;
    const imported = () => count("Complaint", "channelRef LIKE ?", `${mark}%`);
    await signIn(page, "street.clerk");
    await page.goto("/complaints");
    await page.getByRole("link", { name: "导入台账" }).click();
    await expect(page.getByRole("heading", { name: "导入投诉台账" })).toBeVisible();

    await upload(page, "台账.csv", csv([
      ["旧-1", "市长热线", `${mark}-1`, "2026-03-05 14:30", "海城花园小区", "电梯、锅炉安全", "孙台账", "13800002222", `${mark} 5号楼电梯困人`, "已登记"],
      ["旧-2", "12319 热线", `${mark}-2`, "2026-02-30 09:00", "红军街小区", "环境卫生与绿化", "李台账", "", `${mark} 楼道堆放垃圾`, ""],
      ["旧-3", "市长热线", `${mark}-3`, "2026-03-06 10:00", "兆麟公园小区", "供热", "周台账", "", `${mark} 暖气不热`, ""],
      ["旧-4", "市长热线", `${mark}-1`, "2026-03-07 10:00", "海城花园小区", "外星事务", "吴台账", "", `${mark} 重复的热线编号`, ""],
    ]), "text/csv");

    await expect(page.getByRole("status").filter({ hasText: "台账有 4 处问题，未导入任何投诉" })).toBeVisible();
    const report = page.getByTestId("ledger-error");
    await expect(report).toHaveCount(4);
    await expect(report.nth(0)).toContainText("3收到时间日期“2026-02-30 09:00”不存在");
    await expect(report.nth(1)).toContainText("4居住区居住区“兆麟公园小区”不在本单位的管辖范围内");
    await expect(report.nth(2)).toContainText("5类别未知的类别“外星事务”");
    await expect(report.nth(3)).toContainText(`5渠道编号渠道编号“${mark}-1”与第 2 行重复`);
    expect(imported()).toBe(0);

    // The corrected ledger, saved from Excel.
    await upload(page, "台账.xlsx", await xlsx([
      ["旧-1", "市长热线", `${mark}-1`, new Date(Date.UTC(2026, 2, 5, 14, 30)), "海城花园小区", "电梯、锅炉安全", "孙台账", "13800002222", `${mark} 5号楼电梯困人`, "已登记"],
      ["旧-2", "12319 热线", `${mark}-2`, new Date(Date.UTC(2026, 1, 28, 9, 0)), "红军街小区", "环境卫生与绿化", "李台账", "", `${mark} 楼道堆放垃圾`, "办理中"],
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    await expect(page.getByRole("status").filter({ hasText: "已导入 2 件投诉" })).toBeVisible();
    expect(imported()).toBe(2);
    expect(count("Complaint", "channelRef = ? AND status = 'ACCEPTED' AND receivedAt LIKE '2026-02-28T01:00%'", `${mark}-2`)).toBe(1);

    await page.getByRole("link", { name: "查看投诉列表" }).click();
    await page.getByRole("searchbox", { name: "搜索" }).fill(mark);
    await page.getByRole("searchbox", { name: "搜索" }).press("Enter");
    await expect(page.getByRole("row").filter({ hasText: "海城花园小区" })).toHaveCount(1);
    await expect(page.getByRole("row").filter({ hasText: "红军街小区" })).toHaveCount(1);
  });

  test("offices without the permission get 404, and a replayed upload imports nothing", async ({ page, browser }) => {
    const mark = `E2E拒绝${Date.now().toString(36)}`;
    await signIn(page, "street.clerk");
    await page.goto("/complaints/import");
    await page.getByLabel("台账文件（.csv 或 .xlsx）").setInputFiles({
      name: "台账.csv", mimeType: "text/csv",
      buffer: csv([["", "市长热线", `${mark}-1`, "2026-03-05 14:30", "海城花园小区", "电梯、锅炉安全", "郑台账", "", `${mark} 电梯困人`, ""]]),
    });
    const action = await captureWithoutSending(page, () => page.getByRole("button", { name: "检查并导入" }).click());
    const audits = count("AuditLog", "action = 'complaint.import'");

    for (const user of ["community.clerk", "district.leader", "company.clerk", "dept.clerk"]) {
      const other = await signInAs(browser, user);
      expect((await other.goto("/complaints/import"))?.status(), `${user} /complaints/import`).toBe(404);
      if (user === "district.leader") {
        await other.goto("/complaints");
        await expect(other.getByRole("link", { name: "导入台账" })).toHaveCount(0);
      }
      const replayed = await replayAction(other.context(), action);
      expect(replayed.text, user).toContain("notFound");
      await other.context().close();
    }
    expect(count("Complaint", "channelRef LIKE ?", `${mark}%`)).toBe(0);
    expect(count("AuditLog", "action = 'complaint.import'")).toBe(audits);

    // The captured upload itself is sound: replayed by the clerk who may import, it imports.
    const own = await replayAction(page.context(), action);
    expect(own.status).toBe(200);
    expect(count("Complaint", "channelRef LIKE ?", `${mark}%`)).toBe(1);
    expect(count("AuditLog", "action = 'complaint.import'")).toBe(audits + 1);
  });
});
