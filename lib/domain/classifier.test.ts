import { describe, expect, it } from "vitest";
import { classify, contentWords, trainClassifier } from "@/lib/domain/classifier";

// A toy segmenter: the words are separated by spaces.
const tokenize = (text: string) => text.split(/[\s，。]+/);

describe("routing classifier (naive Bayes over words and the duty matrix's phrases)", () => {
  const docs = [
    { categoryId: 1, words: ["暖气", "不热", "室温"] },
    { categoryId: 1, words: ["暖气", "漏水"] },
    { categoryId: 2, words: ["停水", "水压"] },
    { categoryId: 2, words: ["水管", "漏水"] },
    { categoryId: 3, words: ["墙体", "裂缝", "开发商"] },
  ];
  const model = trainClassifier(docs, [{ categoryId: 3, term: "渗水", weight: 1 }, { categoryId: 1, term: "暖气 漏水", weight: 1 }], tokenize, [1, 2, 3]);

  it("drops punctuation, digits and function words", () => {
    expect(contentWords(["我们", "的", "暖气", "，", "12", "不热", "A栋"])).toEqual(["暖气", "不热", "A栋"]);
  });

  it("ranks the likeliest line first, with probabilities that sum to at most 1, and names the words", () => {
    const result = classify(model, "暖气 不热", tokenize);
    expect(result[0]!.categoryId).toBe(1);
    expect(result[0]!.words).toEqual(expect.arrayContaining(["暖气", "不热"]));
    expect(result.reduce((s, r) => s + r.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(result[0]!.confidence).toBeGreaterThan(result[1]!.confidence);
  });

  it("a word shared by lines is weak evidence; a keyword phrase counts whole", () => {
    const shared = classify(model, "漏水", tokenize);
    expect(shared[0]!.confidence).toBeLessThan(0.7);
    expect(classify(model, "暖气 漏水 了", tokenize)[0]).toMatchObject({ categoryId: 1, words: expect.arrayContaining(["暖气 漏水"]) });
  });

  it("suggests nothing when no word is known (no guess from the prior alone)", () => {
    expect(classify(model, "咨询 办事 流程", tokenize)).toEqual([]);
  });
});
