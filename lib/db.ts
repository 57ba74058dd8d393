// The one Prisma client of the process, over better-sqlite3 (WAL mode, busy timeout).
// Only lib/data/* imports this module.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/config";

export type Db = PrismaClient;
/** A client or an interactive transaction: data functions that take part in a caller's transaction accept this. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  // Per-connection settings; journal_mode=WAL is persistent and set by the migrations.
  void client.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return client;
}

const globalForDb = globalThis as unknown as { liandongDb?: PrismaClient };
export const db: PrismaClient = globalForDb.liandongDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.liandongDb = db;
