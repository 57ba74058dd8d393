import { describe, expect, it } from "vitest";
import { chineseNumber, shortOrgName } from "@/lib/domain/document";

describe("chineseNumber", () => {
  it("numbers headings the way documents do", () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual(["一", "九", "十", "十一", "二十", "二十三", "九十九"]);
    expect(chineseNumber(100)).toBe("100");
  });
});

describe("shortOrgName", () => {
  it("drops the office suffix the way documents name streets and districts", () => {
    expect(shortOrgName("花园街道办事处")).toBe("花园街道");
    expect(shortOrgName("南岗区人民政府")).toBe("南岗区");
    expect(shortOrgName("哈尔滨市住房保障和房产管理局")).toBe("哈尔滨市住房保障和房产管理局");
  });
});
