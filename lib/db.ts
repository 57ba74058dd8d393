// The one Prisma client of the process: over better-sqlite3 (WAL mode, busy timeout), or over a
// PostgreSQL pool when DATABASE_URL is postgresql://… (docs/decisions/091).
// Only lib/data/* imports this module.
import "server-only";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseKind, databaseUrl } from "@/lib/config";
import { createPrismaClient, sqliteAdapter } from "@/lib/db-client";

export type Db = PrismaClient;
/** A client or an interactive transaction: data functions that take part in a caller's transaction accept this. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type Prepare = (sql: string) => unknown;

/** A better-sqlite3 statement as bulk writers use it. */
type RawStatement = { run(...params: unknown[]): { changes: number }; all(...params: unknown[]): unknown[] };
/** The adapter's connection: the one Prisma's transactions run on. */
type RawConnection = { prepare(sql: string): RawStatement };
/** Process-wide, like the client itself (below). */
const connectionHolder = ((globalThis as unknown as { liandongDbConnection?: { current: RawConnection | null } }).liandongDbConnection ??= { current: null });

/**
 * The adapter opens every transaction with a deferred BEGIN: a transaction that reads first and
 * then writes while another process writes fails at once with SQLITE_BUSY, because SQLite cannot
 * wait for a read lock to become a write lock (the busy timeout does not apply). Our transactions
 * are write transactions, so they start with BEGIN IMMEDIATE, which takes the write lock up
 * front and waits the busy timeout for it (docs/decisions/041).
 */
function beginImmediate(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: { prepare: Prepare } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    connectionHolder.current = { prepare: (sql: string) => prepare(sql) as RawStatement };
    return adapter;
  };
  return factory;
}

/** Bulk writes inside `db.$transaction`: statements with `?` placeholders, run in that transaction. */
export type TransactionStatements = {
  /** Runs a statement and returns its rows (an INSERT … RETURNING). */
  all(sql: string, values: readonly StatementValue[]): Promise<unknown[]>;
  run(sql: string, values: readonly StatementValue[]): Promise<void>;
};
export type StatementValue = string | number | boolean | Date | null;

/** A value as the better-sqlite3 adapter writes it (DateTime as ISO text with +00:00, Boolean 1/0). */
function sqliteValue(v: StatementValue): string | number | null {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/**
 * For bulk writes inside `db.$transaction` only (the complaint ledger import). On SQLite: prepared
 * statements on the connection the transaction runs on, so thousands of rows are written in that
 * same transaction at SQLite's own speed instead of through Prisma's raw-query path (docs/decisions/045);
 * while the callback runs, the adapter keeps every other query of the process waiting. On
 * PostgreSQL: the transaction's raw-query path, `?` numbered as $1, $2, ….
 */
export async function transactionStatements(tx: Tx): Promise<TransactionStatements> {
  if (databaseKind() === "postgresql") {
    const numbered = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    return {
      all: async (sql, values) => tx.$queryRawUnsafe<unknown[]>(numbered(sql), ...values),
      run: async (sql, values) => {
        await tx.$executeRawUnsafe(numbered(sql), ...values);
      },
    };
  }
  // The transaction's first statement has opened the connection (BEGIN IMMEDIATE).
  await tx.$queryRawUnsafe("SELECT 1");
  const connection = connectionHolder.current;
  if (!connection) throw new Error("transactionStatements: the database connection is not open");
  return {
    all: async (sql, values) => connection.prepare(sql).all(...values.map(sqliteValue)),
    run: async (sql, values) => {
      connection.prepare(sql).run(...values.map(sqliteValue));
    },
  };
}

function createClient(): PrismaClient {
  const url = databaseUrl();
  const postgres = databaseKind() === "postgresql";
  const adapter = postgres ? undefined : beginImmediate(sqliteAdapter(url));
  const slow = Number(process.env.SLOW_QUERY_MS);
  let client: PrismaClient;
  if (process.env.SLOW_QUERY_MS && Number.isFinite(slow)) {
    // SLOW_QUERY_MS=n: the write path's statements that take n ms or more, as lib/db-read.ts does for reads.
    const logging = createPrismaClient(url, { log: [{ emit: "event", level: "query" }] }, adapter) as PrismaClient<"query">;
    logging.$on("query", (q) => {
      if (q.duration >= slow) console.warn(`[liandong] slow write-path query ${q.duration} ms: ${q.query}`);
    });
    client = logging;
  } else {
    client = createPrismaClient(url, {}, adapter);
  }
  // Per-connection settings; journal_mode=WAL is persistent and set by the migrations.
  if (!postgres) void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return client;
}

const globalForDb = globalThis as unknown as { liandongDb?: PrismaClient };
// One client per process, also in production: each route's server bundle may evaluate this module
// on its own, and every client holds its own connection and query compiler (memory, issue 10).
export const db: PrismaClient = (globalForDb.liandongDb ??= createClient());
