#!/usr/bin/env node
// `npm run restore -- <backup folder>`: checks a backup against its manifest, then puts its
// database, uploaded files and session secret into the data folder (DATA_DIR). Stop the server
// first; what the data folder held is moved aside into before-restore-<time>/, not deleted.
// Then `npm start` (it applies any newer migrations) and sign in.
import path from "node:path";
import { restore } from "./backup-lib.mjs";
import { log, root } from "./lib.mjs";

const folder = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!folder) {
  console.error("Usage: npm run restore -- <backup folder>   (e.g. backups/liandong-20261206T020000Z)");
  process.exit(2);
}
const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  // The PostgreSQL mode (docs/decisions/091): the database is the server's, not a file here.
  console.error("[liandong] restore copies the SQLite database file; in the PostgreSQL mode restore the database with pg_restore and the data folder (uploads, secret) with your file backup (README, PostgreSQL mode).");
  process.exit(1);
}
const dbFile = path.resolve(root, (process.env.DATABASE_URL ?? `file:${path.join(dataDir, "liandong.db")}`).replace(/^file:/, ""));

try {
  const { manifest, aside } = restore({ folder: path.resolve(folder), dataDir, dbFile });
  log(`Restored the backup of ${manifest.createdAt} into ${dataDir}: integrity ok, ${Object.keys(manifest.database.tables).length} tables with the backup's row counts, ${manifest.uploads.length} files.`);
  if (aside) log(`What was there before is in ${aside}.`);
  if (!manifest.secret.file) log("The backup has no session secret (it came from NEXTAUTH_SECRET): set the same NEXTAUTH_SECRET.");
} catch (error) {
  console.error(`[liandong] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
