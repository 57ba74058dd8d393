import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvCell, toCsv, UTF8_BOM } from "@/lib/csv";

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
