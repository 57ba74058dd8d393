import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvCell, decodeCsvBytes, parseCsv, toCsv, UTF8_BOM } from "@/lib/csv";

describe("CSV", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["编号", "状态"], [["TS-2026-000001", "已受理"]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}编号,状态\r\nTS-2026-000001,已受理\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('他说"电梯坏了"')).toBe('"他说""电梯坏了"""');
    expect(csvCell("甲,乙")).toBe('"甲,乙"');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell("中文，全角逗号")).toBe("中文，全角逗号");
  });
  it("writes empty cells for null and undefined, and numbers and dates as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(2)).toBe("2");
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(new Date("2026-11-26T00:00:00Z"))).toBe("2026-11-26T00:00:00.000Z");
  });
  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+86 138")).toBe("'+86 138");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("names a Chinese file for every browser", () => {
    expect(attachmentDisposition("投诉.csv")).toBe(`attachment; filename="__.csv"; filename*=UTF-8''${encodeURIComponent("投诉.csv")}`);
  });
});

describe("reading CSV", () => {
  it("reads back what the export writes, quotes and line breaks included", () => {
    const csv = toCsv(["编号", "投诉内容"], [["TS-2026-000001", '他说"电梯坏了",\n第二行'], ["TS-2026-000002", "中文，全角逗号"]]);
    expect(parseCsv(decodeCsvBytes(new TextEncoder().encode(csv)))).toEqual([
      ["编号", "投诉内容"],
      ["TS-2026-000001", '他说"电梯坏了",\n第二行'],
      ["TS-2026-000002", "中文，全角逗号"],
    ]);
  });
  it("keeps blank lines as empty rows so row numbers match the spreadsheet, and drops trailing ones", () => {
    expect(parseCsv("a,b\n\nc,d\n\n\n")).toEqual([["a", "b"], [""], ["c", "d"]]);
    expect(parseCsv("a,\r\n,b")).toEqual([["a", ""], ["", "b"]]);
  });
  it("decodes a file Excel saved as GB18030", () => {
    // "渠道,居住区" in GB18030.
    const gbk = new Uint8Array([0xc7, 0xfe, 0xb5, 0xc0, 0x2c, 0xbe, 0xd3, 0xd7, 0xa1, 0xc7, 0xf8]);
    expect(decodeCsvBytes(gbk)).toBe("渠道,居住区");
  });
});
