// Prisma CLI configuration: JS schema engine with the offline-migration adapter.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter, postgresMigrationAdapter } from "./prisma/migrate-adapter";
import { databaseUrl, isPostgresUrl } from "./lib/config";

// Resolve the URL now: the schema's `url = env("DATABASE_URL")` must be set for every command,
// or the v6 CLI tries to download a query engine (shared/stack.md).
const url = databaseUrl();

// DATABASE_URL=postgresql://… selects the PostgreSQL mode's schema and migrations (docs/decisions/091).
// Its search indexes are ordinary (GIN trigram) indexes created in migration SQL.
const postgres = defineConfig({
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgresql", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => postgresMigrationAdapter(url),
});

const sqlite = defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  adapter: async () => migrationAdapter(url),
  tables: {
    // FTS5 virtual tables and their shadow tables are created in migration SQL.
    external: [
      // Intake (complaints, referrals, works, outages): FTS5 trigram indexes and their shadow tables.
      "ComplaintFts",
      "ComplaintFts_data",
      "ComplaintFts_idx",
      "ComplaintFts_docsize",
      "ComplaintFts_config",
      "ReferralFts",
      "ReferralFts_data",
      "ReferralFts_idx",
      "ReferralFts_docsize",
      "ReferralFts_config",
      "WorksFts",
      "WorksFts_data",
      "WorksFts_idx",
      "WorksFts_docsize",
      "WorksFts_config",
      "OutageFts",
      "OutageFts_data",
      "OutageFts_idx",
      "OutageFts_docsize",
      "OutageFts_config",
    ],
  },
});

export default isPostgresUrl(url) ? postgres : sqlite;
