// Prisma clients for either database (docs/decisions/091): the embedded SQLite file (the default)
// or PostgreSQL (DATABASE_URL=postgresql://…). Both clients are generated from the same models
// (prisma/postgresql/schema.prisma is generated from prisma/schema.prisma), so the PostgreSQL
// client is typed as the SQLite one everywhere. Used by lib/db.ts (the app), the seed and the
// scripts; each generated client loads its query compiler only on its first query.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client.ts";
import { isPostgresUrl } from "./config.ts";

/** How long a write waits for another writer before failing (better-sqlite3's busy timeout; PostgreSQL's lock wait). */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Writers take this transaction-scoped advisory lock first on PostgreSQL: one write transaction at
 * a time, as SQLite's BEGIN IMMEDIATE gives (lib/db.ts). The write path's checks (a version
 * column read then written, the next yearly number, a unique work order) were written for
 * serialised writers; this keeps them correct on PostgreSQL without retries.
 */
export const WRITER_LOCK_KEY = 71_072_010;

type ClientOptions = ConstructorParameters<typeof PrismaClient>[0];

type Startable = { startTransaction(isolation?: unknown): Promise<{ executeRaw(q: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<number>; rollback(): Promise<void> }> };

/** Every interactive transaction on PostgreSQL starts by queueing for the writer lock. */
function serialisedWriters(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startable = adapter as unknown as Startable;
    const start = startable.startTransaction.bind(adapter);
    startable.startTransaction = async (isolation?: unknown) => {
      const tx = await start(isolation);
      // executeRaw: the lock function returns void, a type the adapter cannot read as a column.
      try {
        await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITER_LOCK_KEY})`, args: [], argTypes: [] });
      } catch (error) {
        // Not left open holding its connection (a lock wait that timed out, say).
        await tx.rollback().catch(() => undefined);
        throw error;
      }
      return tx;
    };
    return adapter;
  };
  return factory;
}

/** The adapter for a SQLite URL (file:…), for callers that patch it (lib/db.ts). */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  return new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
}

/** A PostgreSQL connection pool's adapter: writers serialised, lock waits bounded. */
export function postgresAdapter(url: string): PrismaPg {
  return serialisedWriters(new PrismaPg({ connectionString: url, max: 10, options: `-c lock_timeout=${BUSY_TIMEOUT_MS} -c idle_in_transaction_session_timeout=300000` }));
}

/**
 * A Prisma client for `url`. For SQLite, `sqlite` may supply the adapter (lib/db.ts patches its
 * transactions); PostgreSQL URLs always get postgresAdapter.
 */
export function createPrismaClient(url: string, options: Omit<NonNullable<ClientOptions>, "adapter"> = {}, sqlite?: PrismaBetterSQLite3): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({ ...options, adapter: postgresAdapter(url) } as ConstructorParameters<typeof PostgresPrismaClient>[0]) as unknown as PrismaClient;
  }
  return new PrismaClient({ ...options, adapter: sqlite ?? sqliteAdapter(url) });
}
