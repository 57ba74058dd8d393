// How PostgreSQL's values are read in the PostgreSQL mode (docs/decisions/091): in the shapes
// SQLite's adapter gives (DateTime as ISO text with +00:00, Boolean as 1/0, bigint and numeric as
// numbers), so the read path's row types and conversions serve both databases. Plain JavaScript:
// the app's read pool (lib/db-read.ts) and the e2e helpers' query script (scripts/pg-query.mjs) use it.
import pg from "pg";

/** PostgreSQL's type ids converted here (pg_type.oid). */
const BOOL = 16;
const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMP = 1114;

/** A PostgreSQL timestamp ("2026-12-07 05:58:19.12", UTC) as SQLite's adapter writes it ("2026-12-07T05:58:19.120+00:00"). */
export function isoFromPostgresTimestamp(text) {
  const [date, time = "00:00:00"] = text.split(" ");
  const [hms, fraction = ""] = time.split(".");
  return `${date}T${hms}.${fraction.padEnd(3, "0").slice(0, 3)}+00:00`;
}

/** A pg client's `types` option with those conversions. */
export const sqliteShapedTypes = {
  getTypeParser(oid, format) {
    if (oid === BOOL) return (v) => (v === "t" ? 1 : 0);
    if (oid === INT8 || oid === NUMERIC) return (v) => Number(v);
    if (oid === TIMESTAMP) return isoFromPostgresTimestamp;
    return pg.types.getTypeParser(oid, format);
  },
};
