import { describe, expect, it } from "vitest";
import { CHANNELS } from "@/lib/domain/complaint";
import {
  channelLookup,
  channelRefKey,
  importedStatus,
  LEDGER_COLUMNS,
  LEDGER_MAX_ROWS,
  ledgerInstant,
  mapColumns,
  parseLedgerDate,
  statusLookup,
  validateLedger,
  type ColumnAliases,
  type LedgerReference,
} from "@/lib/domain/complaint-ledger";

const zhLabels: Record<string, string> = {
  ref: "编号", channel: "渠道", channelRef: "渠道编号", receivedAt: "收到时间", district: "区", street: "街道", area: "居住区", category: "类别",
  resident: "投诉人", phone: "联系电话", description: "投诉内容", registeredOrg: "登记单位", handlerOrg: "当前承办单位", status: "状态", due: "当前期限",
  overdue: "是否超期", handOverCount: "移交次数", result: "办理结果", repliedAt: "答复时间",
};
const aliases = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, [zhLabels[c]!]])) as unknown as ColumnAliases;

const reference: LedgerReference = {
  areas: [
    { id: 1, name: "海城花园小区", districtId: 10, streetId: 100, inScope: true },
    { id: 2, name: "阳光小区", districtId: 10, streetId: 100, inScope: true },
    { id: 3, name: "阳光小区", districtId: 20, streetId: 200, inScope: false },
    { id: 4, name: "兆麟小区", districtId: 20, streetId: 200, inScope: false },
  ],
  districts: [{ id: 10, name: "南岗区人民政府" }, { id: 20, name: "道里区人民政府" }],
  streets: [{ id: 100, name: "花园街道办事处", districtId: 10 }, { id: 200, name: "兆麟街道办事处", districtId: 20 }],
  categories: [{ id: 7, code: "ELEVATOR_BOILER", name: "电梯锅炉安全" }],
  channels: channelLookup(CHANNELS, [{ MAYOR_HOTLINE: "市长热线", HOTLINE_12319: "12319 热线" }, { MAYOR_HOTLINE: "Mayor's hotline" }]),
  statuses: statusLookup([{ REGISTERED: "已登记", IN_PROGRESS: "办理中", CLOSED: "已结案", DUPLICATE: "重复件" }]),
  existingChannelRefs: new Set([channelRefKey("MAYOR_HOTLINE", "RX-OLD")]),
  now: new Date("2026-11-27T04:00:00Z"),
};

const header = ["渠道", "渠道编号", "收到时间", "区", "街道", "居住区", "类别", "投诉人", "联系电话", "投诉内容", "状态", "办理结果", "答复时间"];
const good = ["市长热线", "RX-1", "2026-03-05 14:30", "", "", "海城花园小区", "电梯锅炉安全", "赵先生", "13812345678", "5号楼电梯困人", "", "", ""];
function row(over: Partial<Record<(typeof header)[number], string>>): string[] {
  return header.map((h, i) => over[h] ?? good[i]!);
}
const check = (...rows: string[][]) => validateLedger([header, ...rows], aliases, reference);

describe("ledger dates", () => {
  it("reads the export's format and the usual ledger spellings", () => {
    expect(parseLedgerDate("2026-03-05 14:30")).toEqual({ ok: true, date: "2026-03-05", time: "14:30" });
    expect(parseLedgerDate("2026/3/5")).toEqual({ ok: true, date: "2026-03-05", time: null });
    expect(parseLedgerDate("2026年3月5日 8:05")).toEqual({ ok: true, date: "2026-03-05", time: "08:05" });
    expect(parseLedgerDate("2026-03-05T14:30")).toEqual({ ok: true, date: "2026-03-05", time: "14:30" });
    expect(parseLedgerDate("2024-02-29")).toEqual({ ok: true, date: "2024-02-29", time: null });
  });
  it("refuses dates that do not exist instead of rolling them over", () => {
    expect(parseLedgerDate("2026-02-30")).toEqual({ ok: false, code: "impossibleDate" });
    expect(parseLedgerDate("2026-02-29")).toEqual({ ok: false, code: "impossibleDate" });
    expect(parseLedgerDate("2026-13-01")).toEqual({ ok: false, code: "impossibleDate" });
    expect(parseLedgerDate("2026-04-31 10:00")).toEqual({ ok: false, code: "impossibleDate" });
    expect(parseLedgerDate("2026-04-30 24:00")).toEqual({ ok: false, code: "impossibleDate" });
  });
  it("calls anything else unreadable", () => {
    expect(parseLedgerDate("去年三月")).toEqual({ ok: false, code: "badDate" });
    expect(parseLedgerDate("05/03/2026")).toEqual({ ok: false, code: "badDate" });
    expect(parseLedgerDate("")).toEqual({ ok: false, code: "badDate" });
  });
  it("takes the time as Shanghai time", () => {
    expect(ledgerInstant({ date: "2026-03-05", time: "08:00" }).toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(ledgerInstant({ date: "2026-03-05", time: null }).toISOString()).toBe("2026-03-04T16:00:00.000Z");
  });
});

describe("ledger columns", () => {
  it("maps the export's headers in any order, by label or key, and ignores unknown columns", () => {
    const { columns, errors } = mapColumns(["备注", "居住区", " 渠道 ", "receivedAt", "类别", "投诉人", "投诉内容"], aliases);
    expect(errors).toEqual([]);
    expect(columns.get("area")).toBe(1);
    expect(columns.get("channel")).toBe(2);
    expect(columns.get("receivedAt")).toBe(3);
  });
  it("names each missing required column", () => {
    const { errors } = mapColumns(["渠道", "居住区"], aliases);
    expect(errors.map((e) => e.column)).toEqual(["receivedAt", "category", "resident", "description"]);
    expect(errors.every((e) => e.row === 1 && e.code === "missingColumn")).toBe(true);
  });
});

describe("ledger statuses", () => {
  it("keeps history, restarts open matters as accepted and refuses duplicates", () => {
    expect(importedStatus("REGISTERED")).toBe("REGISTERED");
    expect(importedStatus("IN_PROGRESS")).toBe("ACCEPTED");
    expect(importedStatus("RETURNED")).toBe("ACCEPTED");
    expect(importedStatus("CLOSED")).toBe("CLOSED");
    expect(importedStatus("NOT_ACCEPTED")).toBe("NOT_ACCEPTED");
    expect(importedStatus("DUPLICATE")).toBeNull();
  });
});

describe("validateLedger", () => {
  it("turns good rows into complaints to import", () => {
    const { rows, errors } = check(row({}), row({ 渠道编号: "RX-2", 渠道: "12319 热线", 收到时间: "2026/11/1" }));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ row: 2, channel: "MAYOR_HOTLINE", channelRef: "RX-1", areaId: 1, categoryId: 7, status: "REGISTERED", residentPhone: "13812345678" });
    expect(rows[0]!.receivedAt.toISOString()).toBe("2026-03-05T06:30:00.000Z");
    expect(rows[1]).toMatchObject({ row: 3, channel: "HOTLINE_12319" });
  });

  it("reports every problem with its row and column, and returns no rows at all", () => {
    const { rows, errors } = check(
      row({}),
      row({ 渠道编号: "RX-2", 收到时间: "2026-02-30" }),
      row({ 渠道编号: "RX-3", 居住区: "不存在小区", 类别: "外星人" }),
      row({ 渠道编号: "RX-1" }),
      row({ 渠道编号: "RX-OLD" }),
      row({ 渠道编号: "RX-6", 投诉人: "", 联系电话: "12345" }),
      row({ 渠道编号: "RX-7", 居住区: "兆麟小区" }),
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 3, column: "receivedAt", code: "impossibleDate", value: "2026-02-30" },
      { row: 4, column: "area", code: "unknownArea", value: "不存在小区" },
      { row: 4, column: "category", code: "unknownCategory", value: "外星人" },
      { row: 5, column: "channelRef", code: "duplicateInFile", value: "RX-1", otherRow: 2 },
      { row: 6, column: "channelRef", code: "duplicateInDatabase", value: "RX-OLD" },
      { row: 7, column: "resident", code: "required" },
      { row: 7, column: "phone", code: "badPhone", value: "12345" },
      { row: 8, column: "area", code: "areaOutOfScope", value: "兆麟小区" },
    ]);
  });

  it("numbers rows as the spreadsheet shows them, blank rows included", () => {
    const { errors } = check(row({}), ["", "", ""], row({ 渠道编号: "RX-9", 渠道: "飞鸽传书" }));
    expect(errors).toEqual([{ row: 4, column: "channel", code: "unknownChannel", value: "飞鸽传书" }]);
  });

  it("tells areas of the same name apart by district and street, and says when it cannot", () => {
    expect(check(row({ 居住区: "阳光小区" })).errors).toEqual([{ row: 2, column: "area", code: "ambiguousArea", value: "阳光小区" }]);
    expect(check(row({ 居住区: "阳光小区", 区: "南岗区" })).rows[0]?.areaId).toBe(2);
    expect(check(row({ 居住区: "阳光小区", 区: "南岗区人民政府", 街道: "花园街道办事处" })).rows[0]?.areaId).toBe(2);
    expect(check(row({ 居住区: "阳光小区", 街道: "兆麟街道" })).errors).toEqual([{ row: 2, column: "area", code: "areaOutOfScope", value: "阳光小区" }]);
    expect(check(row({ 居住区: "海城花园小区", 区: "道里区" })).errors).toEqual([{ row: 2, column: "area", code: "areaNotThere", value: "海城花园小区" }]);
    expect(check(row({ 区: "松北新区" })).errors).toEqual([{ row: 2, column: "district", code: "unknownDistrict", value: "松北新区" }]);
  });

  it("refuses future dates and replies before the complaint", () => {
    expect(check(row({ 收到时间: "2027-01-01" })).errors[0]).toMatchObject({ code: "futureDate", column: "receivedAt" });
    expect(check(row({ 状态: "已结案", 办理结果: "已修复", 答复时间: "2026-03-01" })).errors[0]).toMatchObject({ code: "repliedBeforeReceived", column: "repliedAt" });
  });

  it("keeps closed matters with their result and reply, and needs both", () => {
    const closed = check(row({ 状态: "已结案", 办理结果: "已修复电梯", 答复时间: "2026-03-10 09:00" }));
    expect(closed.errors).toEqual([]);
    expect(closed.rows[0]).toMatchObject({ status: "CLOSED", ledgerStatus: "CLOSED", result: "已修复电梯" });
    expect(closed.rows[0]!.repliedAt?.toISOString()).toBe("2026-03-10T01:00:00.000Z");
    expect(check(row({ 状态: "已结案" })).errors).toEqual([
      { row: 2, column: "result", code: "required" },
      { row: 2, column: "repliedAt", code: "required" },
    ]);
    expect(check(row({ 状态: "办理中" })).rows[0]).toMatchObject({ status: "ACCEPTED", ledgerStatus: "IN_PROGRESS" });
    expect(check(row({ 状态: "重复件" })).errors[0]).toMatchObject({ code: "statusNotImported" });
    expect(check(row({ 状态: "搁置" })).errors[0]).toMatchObject({ code: "unknownStatus", value: "搁置" });
  });

  it("refuses a file without rows or with more than the limit", () => {
    expect(validateLedger([header], aliases, reference).errors).toEqual([{ row: 1, column: null, code: "noRows" }]);
    const many = Array.from({ length: LEDGER_MAX_ROWS + 1 }, (_, i) => row({ 渠道编号: `M-${i}` }));
    expect(validateLedger([header, ...many], aliases, reference).errors).toEqual([{ row: 1, column: null, code: "tooManyRows", value: String(LEDGER_MAX_ROWS) }]);
  });

  it("finds the header below a title line and numbers the rows as the spreadsheet does", () => {
    const titled = [["2026年花园街道信访投诉台账"], [], header, row({}), row({ 渠道编号: "RX-5", 收到时间: "2026-02-30" })];
    const { errors } = validateLedger(titled, aliases, reference);
    expect(errors).toEqual([{ row: 5, column: "receivedAt", code: "impossibleDate", value: "2026-02-30" }]);
    expect(validateLedger(titled.slice(0, 4), aliases, reference).rows.map((r) => r.row)).toEqual([4]);
    // No row names every required column: the closest one is reported with what it lacks.
    expect(validateLedger([["台账"], ["渠道", "居住区", "收到日期", "类别", "投诉人", "投诉内容"]], aliases, reference).errors).toEqual([
      { row: 2, column: "receivedAt", code: "missingColumn" },
    ]);
  });

  it("reads back a cell the export guarded against formulas", () => {
    expect(check(row({ 投诉内容: "'=楼上漏水" })).rows[0]?.description).toBe("=楼上漏水");
  });
});
