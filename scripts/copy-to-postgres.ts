// `npm run db:to-postgres -- <SQLite file> <postgresql://…>`: moves a SQLite database into the
// PostgreSQL mode (docs/decisions/091). The target is migrated first and must hold no
// organisation yet; every table's rows are copied as they are (history, audit chain and the
// summary tables included, the triggers held off meanwhile: session_replication_role = replica,
// which needs a superuser or the database's owner with that right), then each id sequence continues
// after the highest id. The SQLite full-text tables are not copied: PostgreSQL searches its
// trigram indexes on the tables themselves. The benchmark copies its generated city this way.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../lib/config.ts";
import { MODELS } from "../lib/generated/relations/models.ts";

type Scalars = Record<string, { column: string; type: string }>;
type Model = { table: string; scalars: Scalars };

/** Bound values per INSERT: PostgreSQL allows 65,535. */
const VALUES_PER_STATEMENT = 30_000;

function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === "Boolean") return value === 1 || value === true || value === "1";
  // DateTime: SQLite holds "…T06:30:00.000+00:00"; PostgreSQL reads it as that UTC timestamp.
  return value;
}

export type CopyReport = { table: string; rows: number }[];

export async function copySqliteToPostgres(file: string, url: string, log: (m: string) => void = () => undefined): Promise<CopyReport> {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  log("migrating the PostgreSQL database…");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: url });
  await target.connect();
  const report: CopyReport = [];
  try {
    const { rows: existing } = await target.query(`SELECT COUNT(*)::int AS n FROM "Organisation"`);
    if (existing[0].n > 0) throw new Error("the PostgreSQL database already holds organisations: copy into a new, empty one");
    await target.query("BEGIN");
    await target.query("SET LOCAL session_replication_role = replica");
    for (const model of Object.values(MODELS as unknown as Record<string, Model>)) {
      const columns = Object.values(model.scalars);
      const names = columns.map((c) => `"${c.column}"`).join(", ");
      const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
      // Rows the target's migration already holds (DataVersion's counters) take the source's values.
      if (model.table === "DataVersion") await target.query(`DELETE FROM "DataVersion"`);
      const select = source.prepare(`SELECT ${names} FROM "${model.table}"`).raw(true);
      let batch: unknown[][] = [];
      let copied = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const params: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((v, i) => (params.push(convert(v, columns[i]!.type)), `$${params.length}`)).join(", ")})`);
        await target.query(`INSERT INTO "${model.table}" (${names}) VALUES ${tuples.join(", ")}`, params);
        copied += batch.length;
        batch = [];
      };
      for (const row of select.iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length >= perStatement) await flush();
      }
      await flush();
      if ("id" in model.scalars && model.scalars.id!.type === "Int") {
        await target.query(`SELECT setval(pg_get_serial_sequence('"${model.table}"', 'id'), COALESCE((SELECT MAX("id") FROM "${model.table}"), 1), (SELECT MAX("id") FROM "${model.table}") IS NOT NULL)`);
      }
      report.push({ table: model.table, rows: copied });
      if (copied > 0) log(`  ${model.table}: ${copied.toLocaleString("en")} rows`);
    }
    await target.query("COMMIT");
    await target.query("ANALYZE");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await target.end();
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, url] = process.argv.slice(2);
  if (!file || !url || !isPostgresUrl(url)) {
    console.error("usage: npm run db:to-postgres -- <SQLite file> <postgresql://user:password@host:5432/database>");
    process.exit(2);
  }
  const t0 = performance.now();
  copySqliteToPostgres(path.resolve(file.replace(/^file:/, "")), url, (m) => console.log(`[liandong] ${m}`))
    .then((report) => console.log(`[liandong] copied ${report.reduce((s, r) => s + r.rows, 0).toLocaleString("en")} rows in ${report.length} tables in ${((performance.now() - t0) / 1000).toFixed(1)} s`))
    .catch((error: unknown) => {
      console.error(`[liandong] copy failed, nothing written: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
