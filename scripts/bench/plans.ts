// Query plans: records every SELECT the app's data layer sends to SQLite during the data-layer
// benchmark and reports the plans that read a big table without an index or sort it in a
// temporary B-tree (EXPLAIN QUERY PLAN). Installed before lib/db is imported.
import Database from "better-sqlite3";

type Prepare = (this: Database.Database, sql: string) => Database.Statement;
const seen = new Map<string, string>();

/** Records the SQL of every statement prepared in this process from now on. */
export function recordStatements(label: () => string): void {
  const proto = Database.prototype as unknown as { prepare: Prepare };
  const prepare = proto.prepare;
  proto.prepare = function (this: Database.Database, sql: string) {
    if (/^\s*SELECT/i.test(sql) && !seen.has(sql)) seen.set(sql, label());
    return prepare.call(this, sql);
  };
}

export type PlanFinding = { measurement: string; sql: string; plan: string[] };

/** Statements whose plan scans a table of `bigTables` or sorts with a temporary B-tree. */
export function planFindings(file: string, bigTables: readonly string[]): PlanFinding[] {
  const db = new Database(file, { readonly: true });
  const out: PlanFinding[] = [];
  try {
    for (const [sql, measurement] of seen) {
      let plan: string[];
      try {
        // The plan does not depend on the values: bind a null for each placeholder.
        const nulls = Array.from({ length: sql.split("?").length - 1 }, () => null);
        plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nulls) as { detail: string }[]).map((r) => r.detail);
      } catch {
        continue;
      }
      const bad = plan.some((d) => (/^SCAN (\S+)/.test(d) && bigTables.includes(/^SCAN (\S+)/.exec(d)![1]!.replace(/["`]/g, "")) && !/USING (COVERING )?INDEX/.test(d)) || /TEMP B-TREE/.test(d));
      if (bad || process.env.BENCH_PLANS === "all") out.push({ measurement, sql: sql.replace(/\s+/g, " ").slice(0, 600), plan });
    }
  } finally {
    db.close();
  }
  return out;
}
