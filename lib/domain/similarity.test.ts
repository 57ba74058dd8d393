import { describe, expect, it } from "vitest";
import { bigrams, DUPLICATE_SIMILARITY, normaliseText, textSimilarity } from "@/lib/domain/similarity";

describe("text similarity for the duplicate check", () => {
  it("compares character bigrams, ignoring punctuation, spaces and width", () => {
    expect(normaliseText("电梯，坏了！ ＡＢ")).toBe("电梯坏了ab");
    expect([...bigrams("电梯坏了")]).toEqual(["电梯", "梯坏", "坏了"]);
    expect([...bigrams("梯")]).toEqual(["梯"]);
    expect(bigrams("，。").size).toBe(0);
  });

  it("is 1 for the same text and 0 for nothing in common or empty text", () => {
    expect(textSimilarity("3号楼电梯困人", "3号楼电梯困人。")).toBe(1);
    expect(textSimilarity("暖气不热", "楼上噪音")).toBe(0);
    expect(textSimilarity("", "楼上噪音")).toBe(0);
  });

  it("is symmetric", () => {
    const a = "海城花园3号楼电梯坏了一周没人修";
    const b = "3号楼电梯故障多日，物业一直没人维修";
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
  });

  it("offers the same fault told by two residents as a duplicate", () => {
    const pairs: [string, string][] = [
      ["海城花园3号楼电梯坏了一周没人修", "3号楼电梯坏了好几天了，一直没人修"],
      ["楼下烧烤店每天晚上露天烧烤，油烟很大", "楼下烧烤店天天晚上露天烧烤到半夜"],
      ["5单元暖气不热，室温只有14度", "5单元暖气不热，家里室温才十几度"],
    ];
    for (const [a, b] of pairs) expect(textSimilarity(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(DUPLICATE_SIMILARITY);
  });

  it("does not offer different matters of the same category as duplicates", () => {
    const pairs: [string, string][] = [
      ["3号楼电梯坏了一周没人修", "锅炉房的锅炉漏水，担心安全"],
      ["楼下烧烤店每天晚上露天烧烤", "小区绿地被人种了菜"],
      ["5单元暖气不热，室温只有14度", "供热公司收取的热费太高"],
    ];
    for (const [a, b] of pairs) expect(textSimilarity(a, b), `${a} / ${b}`).toBeLessThan(DUPLICATE_SIMILARITY);
  });
});
