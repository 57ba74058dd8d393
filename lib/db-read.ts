// The read path (docs/decisions/045): typed SQL through Kysely on a read-only better-sqlite3
// connection of its own, with its prepared statements kept. Lists, counts, inboxes, supervision
// and rankings read here; Prisma (lib/db.ts) keeps the schema, the migrations and every write.
// In the PostgreSQL mode (docs/decisions/091) the same Kysely reads run on a pg pool of their own,
// whose values come back in SQLite's shapes (DateTime as ISO text with +00:00, Boolean as 1/0,
// counts as numbers), so the row types and conversions (rows.ts) are one for both databases.
// Only lib/data/* imports this module.
import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent, type RawBuilder } from "kysely";
import type { DB } from "@/lib/generated/kysely/types";
import { sqliteShapedTypes } from "@/lib/postgres-types.mjs";
import { databaseKind, databasePath, databaseUrl } from "@/lib/config";

export type ReadDb = Kysely<DB>;

/** Statements kept per connection: a list's SQL is the same text whatever its filter values. */
const STATEMENT_CACHE = 500;

function openReadConnection(): Database.Database {
  const sqlite = new Database(databasePath(), { readonly: true, fileMustExist: true, timeout: 10_000 });
  // Prepared once per SQL text. The map keeps insertion order: the oldest goes first when full.
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (!statement) {
      statement = prepare(source);
      if (kept.size >= STATEMENT_CACHE) kept.delete(kept.keys().next().value!);
      kept.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
}

/**
 * SLOW_QUERY_MS=n logs every read that takes n ms or more, with its SQL (not its parameters: they
 * may hold residents' data). Off by default.
 */
function slowQueryLog(): ((event: LogEvent) => void) | undefined {
  const limit = Number(process.env.SLOW_QUERY_MS);
  if (!process.env.SLOW_QUERY_MS || !Number.isFinite(limit)) return undefined;
  return (event) => {
    if (event.queryDurationMillis >= limit) console.warn(`[liandong] slow read ${event.queryDurationMillis.toFixed(1)} ms: ${event.query.sql}`);
  };
}

type Read = { db: ReadDb; sqlite: Database.Database | null };
const globalForRead = globalThis as unknown as { liandongRead?: Read };

function create(): Read {
  if (databaseKind() === "postgresql") {
    // Reads only: a session that may not write, whatever a query says.
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 10, types: sqliteShapedTypes, options: "-c default_transaction_read_only=on -c statement_timeout=30000" });
    return { sqlite: null, db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: slowQueryLog() }) };
  }
  const sqlite = openReadConnection();
  return { sqlite, db: new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log: slowQueryLog() }) };
}

const read = globalForRead.liandongRead ?? create();
globalForRead.liandongRead = read;

/** Kysely over the read-only connection. */
export const readDb: ReadDb = read.db;

/** Which SQL the read connection speaks: where-sql.ts and search.ts write a few things per database. */
export const readDialect: "sqlite" | "postgresql" = read.sqlite ? "sqlite" : "postgresql";

/**
 * One number from a one-row query (`SELECT … AS "v"`): synchronously on SQLite, through the
 * statement kept for its text (cache versions are read on every shared reading); PostgreSQL
 * answers through the pool.
 */
export function readNumber(query: RawBuilder<{ v: number | null }>): number | Promise<number> {
  if (read.sqlite) {
    const compiled = query.compile(read.db);
    const row = read.sqlite.prepare<unknown[], { v: number | null }>(compiled.sql).get(...compiled.parameters);
    return Number(row?.v ?? 0);
  }
  return query.execute(read.db).then((r) => Number(r.rows[0]?.v ?? 0));
}
