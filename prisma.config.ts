// Prisma CLI configuration: JS schema engine with the offline-migration adapter.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migrate-adapter";
import { databaseUrl } from "./lib/config";

// Resolve the URL now: the schema's `url = env("DATABASE_URL")` must be set for every command,
// or the v6 CLI tries to download a query engine (shared/stack.md).
const url = databaseUrl();

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  adapter: async () => migrationAdapter(url),
  tables: {
    // FTS5 virtual tables and their shadow tables are created in migration SQL.
    external: [],
  },
});
