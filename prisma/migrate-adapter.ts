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
