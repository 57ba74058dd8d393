// Backup and restore of a Liandong data folder (docs/decisions/056): the SQLite database (an
// online copy through SQLite's backup API, consistent while the server keeps writing), the
// uploaded files and the generated session secret, with a manifest of checksums. Plain
// JavaScript: it runs on a server that has only `npm ci` behind it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const MANIFEST = "manifest.json";
const SECRET = ".auth-secret";
const DB_FILE = "liandong.db";

function sha256(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith(".tmp"))
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function integrity(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
}

/** Row counts of every table: what a restore must give back. */
export function tableCounts(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Fts%' ORDER BY name`).all();
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get().n]));
  } finally {
    db.close();
  }
}

function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/**
 * Backs up `dataDir` (database `dbFile`) into a new folder under `outDir`; returns its path.
 * The database is copied first and the files after it: every file a copied row refers to was
 * stored before that row was committed, so it is there to copy.
 */
export async function backup({ dataDir, dbFile, outDir }) {
  const target = path.join(outDir, `liandong-${timestamp()}`);
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  const source = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  let lastAudit;
  try {
    await source.backup(path.join(target, DB_FILE));
    lastAudit = source.prepare(`SELECT id, hash FROM AuditLog ORDER BY id DESC LIMIT 1`).get() ?? null;
  } finally {
    source.close();
  }
  const check = integrity(path.join(target, DB_FILE));
  if (check !== "ok") throw new Error(`The copied database fails its integrity check: ${check}`);

  const uploads = path.join(dataDir, "uploads");
  const files = [];
  for (const relative of filesUnder(uploads)) {
    const to = path.join(target, "uploads", relative);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(uploads, relative), to);
    files.push({ path: relative, sha256: sha256(to), bytes: fs.statSync(to).size });
  }
  const secretFile = path.join(dataDir, SECRET);
  const secret = fs.existsSync(secretFile);
  if (secret) fs.copyFileSync(secretFile, path.join(target, SECRET));
  fs.chmodSync(target, 0o700);

  const manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: { file: DB_FILE, sha256: sha256(path.join(target, DB_FILE)), tables: tableCounts(path.join(target, DB_FILE)) },
    uploads: files,
    secret: secret ? { file: SECRET, sha256: sha256(path.join(target, SECRET)) } : { file: null, note: "NEXTAUTH_SECRET comes from the environment: keep it with this backup" },
    // The audit chain's end when the backup was taken: kept apart from the server, it shows whether rows were cut off later.
    auditHead: lastAudit,
  };
  fs.writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return { target, manifest };
}

/** Checks a backup folder against its manifest; returns the manifest or throws with what is wrong. */
export function verifyBackup(folder) {
  const manifestFile = path.join(folder, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${folder} is not a Liandong backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  const problems = [];
  const dbFile = path.join(folder, manifest.database.file);
  if (!fs.existsSync(dbFile) || sha256(dbFile) !== manifest.database.sha256) problems.push("the database does not match its checksum");
  else if (integrity(dbFile) !== "ok") problems.push("the database fails its integrity check");
  for (const f of manifest.uploads) {
    const file = path.join(folder, "uploads", f.path);
    if (!fs.existsSync(file) || sha256(file) !== f.sha256) problems.push(`uploads/${f.path} is missing or changed`);
  }
  if (manifest.secret.file && sha256(path.join(folder, manifest.secret.file)) !== manifest.secret.sha256) problems.push("the session secret does not match its checksum");
  if (problems.length) throw new Error(`The backup in ${folder} cannot be restored: ${problems.join("; ")}`);
  return manifest;
}

/**
 * Restores a verified backup into `dataDir` (the server must be stopped). What was there is moved
 * aside into `dataDir/before-restore-<time>/`, never deleted.
 */
export function restore({ folder, dataDir, dbFile }) {
  const manifest = verifyBackup(folder);
  fs.mkdirSync(dataDir, { recursive: true });
  const aside = path.join(dataDir, `before-restore-${timestamp()}`);
  const present = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, path.join(dataDir, "uploads"), path.join(dataDir, SECRET)].filter((p) => fs.existsSync(p));
  if (present.length) {
    fs.mkdirSync(aside, { recursive: true, mode: 0o700 });
    for (const p of present) fs.renameSync(p, path.join(aside, path.basename(p)));
  }
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.copyFileSync(path.join(folder, manifest.database.file), dbFile);
  for (const f of manifest.uploads) {
    const to = path.join(dataDir, "uploads", f.path);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(folder, "uploads", f.path), to);
  }
  if (manifest.secret.file) fs.copyFileSync(path.join(folder, manifest.secret.file), path.join(dataDir, SECRET));
  if (fs.existsSync(path.join(dataDir, SECRET))) fs.chmodSync(path.join(dataDir, SECRET), 0o600);
  const check = integrity(dbFile);
  if (check !== "ok") throw new Error(`The restored database fails its integrity check: ${check}`);
  const counts = tableCounts(dbFile);
  const differing = Object.entries(manifest.database.tables).filter(([t, n]) => counts[t] !== n).map(([t]) => t);
  if (differing.length) throw new Error(`Restored tables differ from the backup: ${differing.join(", ")}`);
  return { manifest, aside: present.length ? aside : null };
}
