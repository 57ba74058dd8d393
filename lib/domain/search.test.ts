import { describe, expect, it } from "vitest";
import { ftsMatchExpression, parseSearch } from "@/lib/domain/search";

describe("search terms", () => {
  it("splits on spaces and Chinese punctuation; three or more characters go to the trigram index", () => {
    expect(parseSearch("电梯困人 烧烤")).toEqual({ long: ["电梯困人"], short: ["烧烤"] });
    expect(parseSearch("  暖气不热，楼 ")).toEqual({ long: ["暖气不热"], short: ["楼"] });
    expect(parseSearch(undefined)).toEqual({ long: [], short: [] });
  });
  it("drops repeats and keeps at most five terms of at most 50 characters", () => {
    expect(parseSearch("a a a").short).toEqual(["a"]);
    expect(parseSearch("一 二 三 四 五 六 七").short).toHaveLength(5);
    expect(Array.from(parseSearch("长".repeat(80)).long[0]!)).toHaveLength(50);
  });
  it("quotes each term so FTS5 syntax in a term is searched literally", () => {
    expect(ftsMatchExpression(["电梯困人", 'a"b OR c'])).toBe('"电梯困人" AND "a""b OR c"');
  });
});

describe("search terms keep the characters as typed", () => {
  it("does not turn full-width punctuation into ASCII (the stored text is not normalised either)", () => {
    expect(parseSearch("测试：露天烧烤").long).toEqual(["测试：露天烧烤"]);
  });
});
