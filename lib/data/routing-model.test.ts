// The routing classifier trained on the seeded demo city's closed complaints and the duty
// matrix's words, evaluated on the held-out set written from the duty list (docs/decisions/064).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suggestCategories } from "@/lib/domain/routing";
import { normaliseText } from "@/lib/domain/similarity";
import { evaluateRouting } from "@/lib/testing/routing-eval";
import { ROUTING_EVAL_SET } from "@/lib/testing/routing-eval-set";
import { suggestionsFor, trainRoutingModel } from "@/lib/data/routing";

const jieba = Jieba.withDict(dict);
const tokenize = (text: string) => jieba.cut(text, true);

describe("routing classifier", () => {
  it("the held-out set is at least 200 texts in every duty line, none of them in the training data", async () => {
    expect(ROUTING_EVAL_SET.length).toBeGreaterThanOrEqual(200);
    const lines = await db.dutyCategory.findMany({ where: { active: true }, select: { code: true } });
    const covered = new Set(ROUTING_EVAL_SET.map(([code]) => code));
    for (const { code } of lines) expect(covered, code).toContain(code);
    const training = (await db.complaint.findMany({ where: { status: "CLOSED" }, select: { description: true } })).map((c) => normaliseText(c.description));
    for (const [, text] of ROUTING_EVAL_SET) expect(training.some((t) => t.includes(normaliseText(text))), text).toBe(false);
  });

  it("top-1 at least 90 % and top-3 at least 95 % on the held-out set; a suggestion for every text", async () => {
    const model = await trainRoutingModel();
    const codes = new Map((await db.dutyCategory.findMany({ select: { id: true, code: true } })).map((d) => [d.id, d.code]));
    const result = evaluateRouting(model, tokenize, codes);
    console.log(`routing held-out evaluation: ${result.texts} texts, top-1 ${(result.top1 * 100).toFixed(1)} %, top-3 ${(result.top3 * 100).toFixed(1)} %, no suggestion ${result.none}`);
    for (const m of result.misses) console.log(`  miss: ${m.text} — expected ${m.expected}, got ${m.got.join(", ")}`);
    // The duty matrix's words alone (the suggestion before the classifier) on the same texts.
    const keywords = await db.routingKeyword.findMany({ select: { categoryId: true, term: true, weight: true } });
    const byWords = ROUTING_EVAL_SET.map(([code, text]) => ({ code, got: suggestCategories(text, keywords).map((x) => codes.get(x.categoryId)) }));
    console.log(`duty-matrix words alone: top-1 ${(100 * byWords.filter((x) => x.got[0] === x.code).length / byWords.length).toFixed(1)} %, top-3 ${(100 * byWords.filter((x) => x.got.includes(x.code)).length / byWords.length).toFixed(1)} %, no suggestion ${byWords.filter((x) => x.got.length === 0).length}`);
    expect(result.none).toBe(0);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.top3).toBeGreaterThanOrEqual(0.95);
  });

  it("one ambiguous word is not a confident answer: 渗水 offers alternatives with their words", async () => {
    const alone = await suggestionsFor("渗水");
    expect(alone.length).toBeGreaterThanOrEqual(2);
    expect(alone[0]!.confidence).toBeLessThan(0.7);
    const full = await suggestionsFor("地下车库顶板渗水，物业一直不维修");
    expect(full[0]!.terms.length).toBeGreaterThan(0);
    expect(full.length).toBe(3);
    expect(full.reduce((s, x) => s + x.confidence, 0)).toBeLessThanOrEqual(1.0001);
  });

  it("a duty-matrix word written through any server is used by the next suggestion (the directory counter, not a call in this process)", async () => {
    const cable = await db.dutyCategory.findUniqueOrThrow({ where: { code: "UTILITY_CABLE_TV" } });
    const before = await suggestionsFor("楼下蓝鲸鸣叫");
    expect(before.some((s) => s.terms.includes("蓝鲸鸣叫"))).toBe(false);
    // Written straight to the database, as another app server's duty-matrix edit would be.
    const word = await db.routingKeyword.create({ data: { categoryId: cable.id, term: "蓝鲸鸣叫" } });
    try {
      const after = await suggestionsFor("楼下蓝鲸鸣叫");
      expect(after[0]).toMatchObject({ categoryId: cable.id });
      expect(after[0]!.terms).toContain("蓝鲸鸣叫");
    } finally {
      await db.routingKeyword.delete({ where: { id: word.id } });
    }
  });
});
