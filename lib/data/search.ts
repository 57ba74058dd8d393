// Chinese full-text search over the intake records (docs/decisions/024): terms of three or more
// characters through the FTS5 trigram indexes (created in the intake migration), shorter terms
// by substring among the most recent records. The caller ANDs the result with the actor's scope.
import "server-only";
import { readSqlite } from "@/lib/db-read";
import { FTS_MATCH_LIMIT, ftsMatchExpression, parseSearch, SHORT_TERM_WINDOW } from "@/lib/domain/search";

const INDEXES = {
  Complaint: { fts: "ComplaintFts", table: "Complaint" },
  EnforcementReferral: { fts: "ReferralFts", table: "EnforcementReferral" },
  PlannedWorks: { fts: "WorksFts", table: "PlannedWorks" },
  Outage: { fts: "OutageFts", table: "Outage" },
} as const;
export type Searchable = keyof typeof INDEXES;

/**
 * ids: the records matching every long term (most recent first, at most FTS_MATCH_LIMIT), or
 * null when there is no long term; minId: with short terms only, the lowest id of the recent
 * window they are searched in; shortTerms: to be matched by substring on the record's text.
 */
export type TextSearch = { ids: number[] | null; minId: number | null; shortTerms: string[] };

/**
 * A condition on the indexed table (alias "c") that narrows the index's matches to the actor's
 * area of work before the limit applies, so a street finds its own older records rather than
 * the city's newest. Only a narrowing: the list query still applies the full scope.
 */
export type SearchNarrowing = {
  sql: string;
  params: (string | number)[];
  /** An index of the table holding the narrowing's column and the id: each match is then checked in
   * that index instead of the table (a frequent term has tens of thousands of matches city-wide). */
  index?: string;
} | null;

export async function textSearch(kind: Searchable, query: string | undefined, narrowing: SearchNarrowing = null): Promise<TextSearch | null> {
  const terms = parseSearch(query);
  if (terms.long.length === 0 && terms.short.length === 0) return null;
  const { fts, table } = INDEXES[kind];
  if (terms.long.length > 0) {
    // Table names come from the constant above, never from input; the expression is a bound parameter.
    const rows = readSqlite
      .prepare<unknown[], { id: number }>(
        narrowing
          ? `SELECT f.rowid AS id FROM "${fts}" f JOIN "${table}" c${narrowing.index ? ` INDEXED BY "${narrowing.index}"` : ""} ON c.id = f.rowid WHERE "${fts}" MATCH ? AND (${narrowing.sql}) ORDER BY f.rowid DESC LIMIT ?`
          : `SELECT rowid AS id FROM "${fts}" WHERE "${fts}" MATCH ? ORDER BY rowid DESC LIMIT ?`,
      )
      .all(ftsMatchExpression(terms.long), ...(narrowing?.params ?? []), FTS_MATCH_LIMIT);
    return { ids: rows.map((r) => Number(r.id)), minId: null, shortTerms: terms.short };
  }
  const max = readSqlite.prepare<[], { max: number | null }>(`SELECT MAX(id) AS max FROM "${table}"`).get();
  const minId = Math.max(0, Number(max?.max ?? 0) - SHORT_TERM_WINDOW + 1);
  return { ids: null, minId, shortTerms: terms.short };
}
