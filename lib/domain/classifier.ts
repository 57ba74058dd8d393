// The routing classifier (docs/decisions/064): multinomial naive Bayes over the words of a
// description, learnt from the city's closed complaints (their final category) and from the duty
// matrix's own words, which count as short documents of their line and, where they occur in a
// description, as one whole-phrase word. Explainable: each suggestion names the words that moved
// it. Pure: the word segmenter (jieba, in lib/data/routing.ts) is passed in as tokens.
import { normaliseText } from "@/lib/domain/similarity";

export type Tokenizer = (text: string) => string[];

/** How many documents a keyword counts as (the matrix's words are the administrators' intent), and
 * the additive smoothing. Chosen on the held-out set (docs/decisions/064). */
export const CLASSIFIER_SETTINGS = { keywordDocuments: 8, alpha: 0.5 };

/** Function words and fillers that say nothing about a duty line. */
const STOPWORDS = new Set([
  "的", "了", "在", "是", "我", "我们", "我家", "你", "他", "她", "它", "他们", "有", "和", "与", "就", "都", "也", "还", "又", "很", "太", "把",
  "被", "让", "给", "对", "从", "到", "说", "要", "会", "能", "去", "来", "上", "下", "里", "这", "那", "这个", "那个", "一个", "一", "不", "没",
  "没有", "好", "多", "大", "小", "着", "过", "得", "地", "吗", "呢", "吧", "啊", "请", "希望", "反映", "居民", "住户", "小区", "问题", "情况",
  "已经", "一直", "经常", "每天", "多次", "好几", "几天", "天天", "现在", "还是", "但是", "可是", "因为", "所以", "如果", "什么", "怎么",
  "尽快", "解决", "处理", "管", "人", "家", "时", "后", "前", "中", "月", "年", "日", "天", "次", "个",
]);

/** The words of a text that can carry meaning: no punctuation, digits or function words. */
export function contentWords(tokens: readonly string[]): string[] {
  return tokens.map((t) => t.trim()).filter((t) => t !== "" && /[\p{Script=Han}A-Za-z]/u.test(t) && !STOPWORDS.has(t));
}

export type TrainingDocument = { categoryId: number; words: readonly string[] };
export type KeywordPhrase = { categoryId: number; term: string; weight: number };

export type ClassifierModel = {
  categories: number[];
  /** word → count per category */
  counts: Map<string, Map<number, number>>;
  totals: Map<number, number>;
  vocabulary: number;
  /** The duty matrix's words, matched as whole phrases. */
  phrases: { term: string; normalised: string; categoryId: number }[];
  documents: number;
};

/** A keyword occurring in a description becomes this word (one per phrase, whatever its length). */
const phraseWord = (term: string) => `«${term}»`;

/** How many documents a keyword counts as: the matrix's words are the administrators' intent. */

/**
 * Learns word counts per category from documents (closed complaints) and the duty matrix's
 * keywords (each counts as KEYWORD_DOCUMENTS × weight short documents of its line, made of its
 * segmented words and its whole phrase).
 */
export function trainClassifier(documents: readonly TrainingDocument[], keywords: readonly KeywordPhrase[], tokenize: Tokenizer, categories: readonly number[]): ClassifierModel {
  const counts = new Map<string, Map<number, number>>();
  const totals = new Map<number, number>(categories.map((c) => [c, 0]));
  const add = (word: string, categoryId: number, n: number) => {
    if (!totals.has(categoryId)) return;
    const byCategory = counts.get(word) ?? new Map<number, number>();
    byCategory.set(categoryId, (byCategory.get(categoryId) ?? 0) + n);
    counts.set(word, byCategory);
    totals.set(categoryId, totals.get(categoryId)! + n);
  };
  for (const d of documents) for (const w of d.words) add(w, d.categoryId, 1);
  const phrases: ClassifierModel["phrases"] = [];
  for (const k of keywords) {
    const normalised = normaliseText(k.term);
    if (normalised === "" || !totals.has(k.categoryId)) continue;
    const n = CLASSIFIER_SETTINGS.keywordDocuments * Math.max(1, k.weight);
    const words = contentWords(tokenize(k.term));
    // A one-word keyword is its word; a phrase also counts whole (the same evidence once).
    const single = words.length === 1 && normaliseText(words[0]!) === normalised;
    for (const w of single ? words : [...words, phraseWord(k.term)]) add(w, k.categoryId, n);
    if (!single) phrases.push({ term: k.term, normalised, categoryId: k.categoryId });
  }
  return { categories: [...categories], counts, totals, vocabulary: Math.max(1, counts.size), phrases, documents: documents.length };
}

export type Classification = {
  categoryId: number;
  /** Posterior probability (0–1): how sure the classifier is of this line among all. */
  confidence: number;
  /** The description's words that speak most for this line (keywords first). */
  words: string[];
};

/** The words a description offers the model: its content words and the keyword phrases it contains. */
export function featuresOf(model: ClassifierModel, description: string, tokenize: Tokenizer): { words: string[]; phrases: string[] } {
  const text = normaliseText(description);
  const phrases = [...new Set(model.phrases.filter((p) => text.includes(p.normalised)).map((p) => p.term))];
  return { words: contentWords(tokenize(description)), phrases };
}

/**
 * The lines a description most likely belongs to, best first (at most `limit`), each with its
 * probability and the words that favour it. Nothing when no word of the description is known
 * to the model (no guess from the prior alone). Categories are equally likely a priori, so a
 * frequent line does not swallow the rest.
 */
export function classify(model: ClassifierModel, description: string, tokenize: Tokenizer, limit = 3): Classification[] {
  const { words, phrases } = featuresOf(model, description, tokenize);
  const features = [...words, ...phrases.map(phraseWord)].filter((w) => model.counts.has(w));
  if (features.length === 0 || model.categories.length === 0) return [];
  const logLikelihood = (w: string, c: number) => Math.log(((model.counts.get(w)?.get(c) ?? 0) + CLASSIFIER_SETTINGS.alpha) / (model.totals.get(c)! + CLASSIFIER_SETTINGS.alpha * model.vocabulary));
  const scores = model.categories.map((c) => ({ c, score: features.reduce((s, w) => s + logLikelihood(w, c), 0) }));
  // Naive Bayes multiplies every word's evidence as if independent, which makes a long description
  // look near-certain; the scores are tempered by half the number of words (the ranking is the
  // same) so the probabilities shown stay believable.
  const temperature = Math.max(1, features.length / 2);
  const max = Math.max(...scores.map((s) => s.score));
  const sum = scores.reduce((s, x) => s + Math.exp((x.score - max) / temperature), 0);
  const ranked = scores.map((s) => ({ categoryId: s.c, confidence: Math.exp((s.score - max) / temperature) / sum })).sort((a, b) => b.confidence - a.confidence || a.categoryId - b.categoryId);
  return ranked.slice(0, limit).map((r) => {
    // A word speaks for a line when it is likelier there than on average over the lines.
    const lift = (w: string) => logLikelihood(w, r.categoryId) - model.categories.reduce((s, c) => s + logLikelihood(w, c), 0) / model.categories.length;
    const own = phrases.filter((p) => model.phrases.some((m) => m.term === p && m.categoryId === r.categoryId));
    // One-word keywords of this line among the words come first too.
    const speaking = [...new Set(words)].filter((w) => model.counts.has(w) && lift(w) > 0).sort((a, b) => lift(b) - lift(a));
    const shown = [...own, ...speaking.filter((w) => !own.some((p) => p.includes(w)))].slice(0, 4);
    return { ...r, words: shown };
  });
}
