// Evaluates a routing model on the held-out set (lib/testing/routing-eval-set.ts): top-1 and
// top-3 accuracy, and the texts it got wrong. Used by the data-layer test and `npm run routing:eval`.
import { classify, type ClassifierModel, type Tokenizer } from "@/lib/domain/classifier";
import { ROUTING_EVAL_SET } from "@/lib/testing/routing-eval-set";

export type RoutingEvaluation = { texts: number; top1: number; top3: number; none: number; misses: { text: string; expected: string; got: string[] }[] };

export function evaluateRouting(model: ClassifierModel, tokenize: Tokenizer, codes: ReadonlyMap<number, string>): RoutingEvaluation {
  let top1 = 0;
  let top3 = 0;
  let none = 0;
  const misses: RoutingEvaluation["misses"] = [];
  for (const [expected, text] of ROUTING_EVAL_SET) {
    const got = classify(model, text, tokenize).map((c) => codes.get(c.categoryId) ?? String(c.categoryId));
    if (got.length === 0) none++;
    if (got[0] === expected) top1++;
    else misses.push({ text, expected, got });
    if (got.includes(expected)) top3++;
  }
  const n = ROUTING_EVAL_SET.length;
  return { texts: n, top1: top1 / n, top3: top3 / n, none, misses };
}
