// Chinese full-text search over the intake records (docs/decisions/024): terms of three or more
// characters through the FTS5 trigram indexes (created in the intake migration), shorter terms
// by substring among the most recent records. The caller ANDs the result with the actor's scope.
import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { readDb, readDialect, readNumber } from "@/lib/db-read";
import { FTS_MATCH_LIMIT, ftsMatchExpression, parseSearch, SHORT_TERM_WINDOW } from "@/lib/domain/search";

/** Each searchable table: its FTS5 index on SQLite and the columns indexed (trigram GIN indexes on PostgreSQL). */
const INDEXES = {
  Complaint: { fts: "ComplaintFts", table: "Complaint", columns: ["description"] },
  EnforcementReferral: { fts: "ReferralFts", table: "EnforcementReferral", columns: ["location", "findings"] },
  PlannedWorks: { fts: "WorksFts", table: "PlannedWorks", columns: ["title", "description", "occupies"] },
  Outage: { fts: "OutageFts", table: "Outage", columns: ["reason"] },
} as const;

/** A term as an ILIKE pattern matching it anywhere, its wildcard characters taken literally. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * PostgreSQL (docs/decisions/091): every long term somewhere in the indexed columns, any case,
 * as FTS5's trigram index matches it; the trigram GIN indexes of the baseline migration answer it.
 */
function postgresMatch(kind: Searchable, terms: readonly string[], narrowing: SearchNarrowing): TextMatch {
  const { table, columns } = INDEXES[kind];
  const each = terms.map((t) => {
    const pattern = containsPattern(t);
    return sql<SqlBool>`(${sql.join(columns.map((c) => sql<SqlBool>`${sql.ref(`c.${c}`)} ILIKE ${pattern}`), sql` OR `)})`;
  });
  const where = sql.join(narrowing ? [...each, sql<SqlBool>`(${narrowing.sql})`] : each, sql` AND `);
  return sql<{ id: number }>`SELECT "c"."id" AS "id" FROM ${sql.table(table)} AS "c" WHERE ${where} ORDER BY "c"."id" DESC LIMIT ${FTS_MATCH_LIMIT}`;
}
export type Searchable = keyof typeof INDEXES;

/** The ids of the records matching every long term, most recent first: at most FTS_MATCH_LIMIT
 * of them, in the actor's area of work when the search was narrowed. */
export type TextMatch = RawBuilder<{ id: number }>;

/**
 * match: the records matching every long term, as a subquery (null when there is no long term):
 * a list ordered newest first reads it as its source, stopping at the page's end (`within` of
 * findRows), anything else takes its ids (`matchedIds`); minId: with short terms only, the lowest
 * id of the recent window they are searched in; shortTerms: to be matched by substring on the
 * record's text.
 */
export type TextSearch = { match: TextMatch | null; minId: number | null; shortTerms: string[] };

/**
 * A condition on the indexed table (alias "c") that narrows the index's matches to the actor's
 * area of work before the limit applies, so a street finds its own older records rather than
 * the city's newest. Only a narrowing: the list query still applies the full scope.
 */
export type SearchNarrowing = {
  sql: RawBuilder<SqlBool>;
  /** An index of the table holding the narrowing's column and the id: each match is then checked in
   * that index instead of the table (a frequent term has tens of thousands of matches city-wide). */
  index?: string;
} | null;

export async function textSearch(kind: Searchable, query: string | undefined, narrowing: SearchNarrowing = null): Promise<TextSearch | null> {
  const terms = parseSearch(query);
  if (terms.long.length === 0 && terms.short.length === 0) return null;
  const { fts, table } = INDEXES[kind];
  if (terms.long.length > 0 && readDialect === "postgresql") return { match: postgresMatch(kind, terms.long, narrowing), minId: null, shortTerms: terms.short };
  if (terms.long.length > 0) {
    // Table and index names come from constants, never from input; the expression is a bound parameter.
    const f = sql.table(fts);
    const expression = ftsMatchExpression(terms.long);
    const match = narrowing
      ? sql<{ id: number }>`SELECT "f"."rowid" AS "id" FROM ${f} AS "f" JOIN ${sql.table(table)} AS "c"${narrowing.index ? sql.raw(` INDEXED BY "${narrowing.index}"`) : sql``} ON "c"."id" = "f"."rowid" WHERE ${f} MATCH ${expression} AND (${narrowing.sql}) ORDER BY "f"."rowid" DESC LIMIT ${FTS_MATCH_LIMIT}`
      : sql<{ id: number }>`SELECT "f"."rowid" AS "id" FROM ${f} AS "f" WHERE ${f} MATCH ${expression} ORDER BY "f"."rowid" DESC LIMIT ${FTS_MATCH_LIMIT}`;
    return { match, minId: null, shortTerms: terms.short };
  }
  const max = await readNumber(sql<{ v: number | null }>`SELECT MAX("id") AS "v" FROM ${sql.table(table)}`);
  const minId = Math.max(0, max - SHORT_TERM_WINDOW + 1);
  return { match: null, minId, shortTerms: terms.short };
}

/** The ids a match yields, for a where-input (`{ id: { in: ids } }`). */
export async function matchedIds(match: TextMatch): Promise<number[]> {
  const { rows } = await match.execute(readDb);
  return rows.map((r) => Number(r.id));
}
