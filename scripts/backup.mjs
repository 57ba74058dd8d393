#!/usr/bin/env node
// `npm run backup`: an online backup of the database, the uploaded files and the session secret,
// while the server keeps running (docs/decisions/056). Writes backups/liandong-<time>/ (or
// BACKUP_DIR, or --out DIR) with a manifest of checksums; run it daily and copy the folder off
// the machine (it holds residents' personal data and the session secret: keep it as safe as the server).
import path from "node:path";
import { backup } from "./backup-lib.mjs";
import { log, root } from "./lib.mjs";

const i = process.argv.indexOf("--out");
const outDir = path.resolve(root, i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : process.env.BACKUP_DIR ?? "backups");
const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  // The PostgreSQL mode (docs/decisions/091): the database is the server's, not a file here.
  console.error("[liandong] backup copies the SQLite database file; in the PostgreSQL mode back up the database with pg_dump and the data folder (uploads, secret) with your file backup (README, PostgreSQL mode).");
  process.exit(1);
}
const dbFile = path.resolve(root, (process.env.DATABASE_URL ?? `file:${path.join(dataDir, "liandong.db")}`).replace(/^file:/, ""));

try {
  const { target, manifest } = await backup({ dataDir, dbFile, outDir });
  log(`Backup written to ${target}`);
  log(`  database: ${Object.values(manifest.database.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(manifest.database.tables).length} tables, integrity ok`);
  log(`  uploads: ${manifest.uploads.length} files; session secret: ${manifest.secret.file ? "included" : "from the environment (not included)"}`);
  if (manifest.auditHead) log(`  audit log ends at row ${manifest.auditHead.id}, hash ${manifest.auditHead.hash || "(before the chain)"}`);
} catch (error) {
  console.error(`[liandong] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
