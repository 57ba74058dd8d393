import { describe, expect, it } from "vitest";
import { chineseNumber } from "@/lib/domain/document";

describe("chineseNumber", () => {
  it("numbers headings the way documents do", () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual(["一", "九", "十", "十一", "二十", "二十三", "九十九"]);
    expect(chineseNumber(100)).toBe("100");
  });
});
