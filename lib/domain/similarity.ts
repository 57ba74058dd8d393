// Text similarity for the duplicate check: Jaccard similarity of character bigrams. Chinese has
// no spaces between words, so bigrams are a robust, explainable stand-in for words.

/** Letters and digits only (punctuation, spaces and symbols carry no meaning here), lower case. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, "");
}

/** The set of adjacent character pairs; a one-character text is its own "bigram". */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(normaliseText(text));
  if (chars.length === 1) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Jaccard similarity of the two texts' bigrams, 0 (nothing shared) … 1 (same bigrams). */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * Two complaints about the same area and category are offered as duplicates from this
 * similarity on (tuned on the samples in similarity.test.ts: residents describe the same fault
 * in different words, so the bar is low; the clerk decides).
 */
export const DUPLICATE_SIMILARITY = 0.2;
/** How far back the duplicate check looks, in days. */
export const DUPLICATE_WINDOW_DAYS = 30;
