// The read path (docs/decisions/045): typed SQL through Kysely on a read-only better-sqlite3
// connection of its own, with its prepared statements kept. Lists, counts, inboxes, supervision
// and rankings read here; Prisma (lib/db.ts) keeps the schema, the migrations and every write.
// Only lib/data/* imports this module.
import "server-only";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, type LogEvent } from "kysely";
import type { DB } from "@/lib/generated/kysely/types";
import { databasePath } from "@/lib/config";

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

const globalForRead = globalThis as unknown as { liandongRead?: { sqlite: Database.Database; db: ReadDb } };

function create(): { sqlite: Database.Database; db: ReadDb } {
  const sqlite = openReadConnection();
  return { sqlite, db: new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log: slowQueryLog() }) };
}

const read = globalForRead.liandongRead ?? create();
globalForRead.liandongRead = read;

/** Kysely over the read-only connection. */
export const readDb: ReadDb = read.db;
/** The same connection for the few synchronous single-value reads (cache versions). */
export const readSqlite: Database.Database = read.sqlite;
