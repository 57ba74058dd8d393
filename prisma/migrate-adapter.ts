// The one place that makes `prisma migrate` work offline (Prisma 6.19, JS schema engine over
// better-sqlite3). Prisma's native schema engine cannot be downloaded on our machines, so
// prisma.config.ts selects `engine: "js"` and hands the CLI the adapter built here.
// Two defects of the v6 JS schema engine with this adapter are patched (shared/stack.md):
//  1. A migration file with several statements is sent through executeRaw, which uses
//     better-sqlite3's single-statement prepare() and fails with P3006. We fall back to
//     executeScript (db.exec) for multi-statement SQL without parameters.
//  2. `migrate dev` on an empty database fails with P1014 because it queries
//     _prisma_migrations before creating it. We create the bookkeeping table (Prisma's own DDL)
//     on connect, so the engine always finds it.
// Covered by lib/migrate.test.ts, which migrates an empty database from scratch.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && /more than one statement/i.test(error.message);
}

async function patch(adapter: SqlDriverAdapter, bookkeeping: boolean): Promise<SqlDriverAdapter> {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && isMultiStatementError(error)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  if (bookkeeping) {
    await adapter.executeScript("PRAGMA journal_mode = WAL;");
    await adapter.executeScript(MIGRATIONS_TABLE_DDL);
  }
  return adapter;
}

/** A driver adapter factory for the Prisma CLI with the offline-migration fixes applied. */
export function migrationAdapter(databaseUrl: string): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect(), true);
  // The shadow database is in memory: no WAL; the engine creates its own bookkeeping there.
  factory.connectToShadowDb = async () => patch(await connectToShadowDb(), false);
  return factory;
}

/** PostgreSQL's type ids the migration adapter rewrites as `text`: `"char"` and `name` (the catalogs' flags and identifiers). */
const PG_CATALOG_TEXT = new Set([18, 19]);
const PG_TEXT = 25;

type PgResult = { fields?: { dataTypeID: number }[] };
type Query = (...args: unknown[]) => unknown;

function namesAsText(query: Query): Query {
  return function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (result && typeof (result as Promise<PgResult>).then === "function") {
      return (result as Promise<PgResult>).then((r) => {
        for (const f of r?.fields ?? []) if (PG_CATALOG_TEXT.has(f.dataTypeID)) f.dataTypeID = PG_TEXT;
        return r;
      });
    }
    return result;
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** The adapter runs a migration script split at every ";" (breaking dollar-quoted bodies): sent whole instead. */
function wholeScripts(adapter: PgAdapter): PgAdapter {
  const a = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await a.client.query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

/** A pool for `databaseUrl` whose results hand catalog `name` and `"char"` columns to the adapter as `text`. */
function namesAsTextPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const poolWithQuery = pool as unknown as { query: Query };
  poolWithQuery.query = namesAsText(poolWithQuery.query.bind(pool) as Query);
  pool.on("connect", (client) => {
    const c = client as unknown as { query: Query };
    c.query = namesAsText(c.query.bind(client) as Query);
  });
  return pool;
}

/**
 * The PostgreSQL mode's adapter for the Prisma CLI (docs/decisions/091), with three defects of
 * @prisma/adapter-pg 6.19 under the v6 JS schema engine worked around:
 *  1. The engine reads PostgreSQL's catalogs, whose identifier and flag columns have the types `name` and `"char"`, which
 *     the adapter cannot map ("Column type 'name' could not be deserialized", prisma/orm#27403):
 *     every result's `name` and `"char"` columns are handed to the adapter as `text`, which is what they hold.
 *  2. A migration script is split at every ";", which breaks the trigger functions' dollar-quoted
 *     bodies: the script goes to the server whole (the simple query protocol runs its statements
 *     as one implicit transaction).
 *  3. The shadow database (`migrate diff --from-migrations`, `migrate dev`) is created, but the
 *     adapter then connects with the original connection string, which names the main database:
 *     the migrations would be replayed on it. The shadow database's own URL is used instead, and
 *     the database is dropped when the engine lets go of it.
 * Covered by prisma/postgresql/migrate.test.ts.
 */
export function postgresMigrationAdapter(databaseUrl: string): PrismaPg {
  const factory = new PrismaPg(namesAsTextPool(databaseUrl));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const shadowPool = namesAsTextPool(url.toString());
    const adapter = wholeScripts(await new PrismaPg(shadowPool).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadowPool.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}
