// Full-text search terms: SQLite FTS5's trigram tokenizer indexes runs of three characters, so
// a term of three or more characters is looked up in the index; one- and two-character terms
// (most Chinese words!) fall back to a substring scan over a bounded recent window of the
// actor's scoped records (docs/decisions/024).
export const MAX_SEARCH_TERMS = 5;
/** Short terms are searched among the most recent records of this many (by id). */
export const SHORT_TERM_WINDOW = 20_000;
/**
 * A long-term search considers at most this many of the most recent matches in the actor's area
 * of work (Prisma binds each id as a parameter; SQLite allows 999 per statement).
 */
export const FTS_MATCH_LIMIT = 900;

export type SearchTerms = { long: string[]; short: string[] };

/** Splits a query on white space into distinct terms, each up to 50 characters. Not normalised:
 * the index holds the text as typed (a full-width colon stays full-width). */
export function parseSearch(query: string | undefined): SearchTerms {
  const terms = [...new Set((query ?? "").split(/[\s,，、;；]+/).map((t) => t.trim()).filter(Boolean))]
    .slice(0, MAX_SEARCH_TERMS)
    .map((t) => Array.from(t).slice(0, 50).join(""));
  return {
    long: terms.filter((t) => Array.from(t).length >= 3),
    short: terms.filter((t) => Array.from(t).length < 3),
  };
}

/** An FTS5 MATCH expression: every term as a quoted phrase (so no term is read as syntax), all required. */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(" AND ");
}
