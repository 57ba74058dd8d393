// `npm run routing:eval`: trains the routing classifier on the database's closed complaints and
// the duty matrix's words (as the server does) and prints its top-1 and top-3 accuracy on the
// held-out set (lib/testing/routing-eval-set.ts). DATABASE_URL picks the database (default
// data/liandong.db).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { databaseUrl } from "../lib/config.ts";

databaseUrl();
const { db } = await import("../lib/db.ts");
const { trainRoutingModel } = await import("../lib/data/routing.ts");
const { evaluateRouting } = await import("../lib/testing/routing-eval.ts");
const jieba = Jieba.withDict(dict);
const started = Date.now();
const model = await trainRoutingModel();
const codes = new Map((await db.dutyCategory.findMany({ select: { id: true, code: true } })).map((d) => [d.id, d.code]));
const result = evaluateRouting(model, (t) => jieba.cut(t, true), codes);
console.log(`trained on ${model.documents} closed complaints and ${model.phrases.length} keyword phrases in ${Date.now() - started} ms`);
console.log(`held-out set: ${result.texts} texts — top-1 ${(result.top1 * 100).toFixed(1)} %, top-3 ${(result.top3 * 100).toFixed(1)} %, no suggestion ${result.none}`);
for (const m of result.misses) console.log(`  ${m.expected.padEnd(26)} ${m.text} → ${m.got.join(", ") || "—"}`);
await db.$disconnect();
