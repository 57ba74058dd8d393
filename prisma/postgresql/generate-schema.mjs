// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma (docs/decisions/091): the same
// models for the PostgreSQL mode, with the provider swapped and the client generated into
// lib/generated/prisma-pg. The read path's Kysely row types and relation tables come from the
// SQLite schema only (the PostgreSQL read connection returns the same value shapes), so those two
// generators are left out. `node prisma/postgresql/generate-schema.mjs --check` fails when the
// committed file is stale; prisma/postgresql/schema.test.ts fails then too.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, "..", "schema.prisma");
const target = path.join(here, "schema.prisma");

export function postgresSchema(text) {
  const blocks = text.replace(/\r\n/g, "\n");
  let out = blocks.replace(/\n\/\/[^\n]*\ngenerator (kysely|relations) \{[^}]*\}\n/g, "\n");
  if (/generator (kysely|relations)/.test(out)) throw new Error("generate-schema: could not drop the read-path generators");
  out = out.replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-pg"');
  out = out.replace(/provider = "sqlite"/, 'provider = "postgresql"');
  if (!out.includes('"postgresql"') || !out.includes("prisma-pg")) throw new Error("generate-schema: the datasource or client block changed shape");
  const header = "// GENERATED from prisma/schema.prisma by prisma/postgresql/generate-schema.mjs. Do not edit:\n// change prisma/schema.prisma and run `node prisma/postgresql/generate-schema.mjs`.\n";
  return header + out;
}

/** The PostgreSQL schema as it should be now, and the committed one. */
export function schemas() {
  return { wanted: postgresSchema(fs.readFileSync(source, "utf8")), current: fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "" };
}

if (import.meta.url === `file://${process.argv[1]}`) main();

function main() {
const { wanted, current } = schemas();
if (process.argv.includes("--check")) {
  if (current !== wanted) {
    console.error("prisma/postgresql/schema.prisma is stale: run `node prisma/postgresql/generate-schema.mjs`.");
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, wanted);
}
}
