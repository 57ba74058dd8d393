// Backup and restore, as an operator runs them (npm run backup / npm run restore): a backup taken
// while the database is being written to, restored into an empty folder, passes the integrity
// check, signs a demo user in and shows the same records; a damaged backup is refused.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import demo from "@/prisma/demo-users.json" with { type: "json" };
import { isPostgresUrl } from "@/lib/config";

const root = path.resolve(import.meta.dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "liandong-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [path.join(root, "scripts", script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A server's data folder: a copy of the seeded test database, two uploaded files and a secret. */
async function serverDataFolder(): Promise<{ dir: string; db: string }> {
  const dir = path.join(work, "server");
  fs.mkdirSync(path.join(dir, "uploads", "ab"), { recursive: true });
  const source = new Database(path.resolve(process.env.DATABASE_URL!.replace(/^file:/, "")), { readonly: true });
  await source.backup(path.join(dir, "liandong.db"));
  source.close();
  fs.writeFileSync(path.join(dir, "uploads", "ab", "abcdef"), Buffer.from("89504e470d0a1a0a2e2e2e", "hex"));
  fs.writeFileSync(path.join(dir, "uploads", "ab", "abcfff"), "%PDF-1.4 test");
  fs.writeFileSync(path.join(dir, ".auth-secret"), "restore-test-secret-0123456789", { mode: 0o600 });
  return { dir, db: path.join(dir, "liandong.db") };
}

function rows(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

// The suite on PostgreSQL (TEST_POSTGRES_URL) has no SQLite database to copy: these tests need the
// SQLite file; the PostgreSQL mode's refusal is tested below on either database.
const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

describe("backup and restore in the PostgreSQL mode", () => {
  it("refuse, pointing to pg_dump and pg_restore, and write nothing", () => {
    const out = path.join(work, "pg-backups");
    const env = { DATA_DIR: path.join(work, "pg-data"), DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" };
    const failure = (script: string) => {
      try {
        run(script, script === "backup.mjs" ? ["--out", out] : [out], env);
      } catch (error) {
        return String((error as { stderr?: string }).stderr);
      }
      return "succeeded";
    };
    expect(failure("backup.mjs")).toContain("pg_dump");
    expect(failure("restore.mjs")).toContain("pg_restore");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe.skipIf(onPostgres)("backup and restore", () => {
  it("an online backup restores into a working system with the same records", async () => {
    const server = await serverDataFolder();
    // The server keeps writing while the backup runs (WAL mode, another connection).
    const writer = new Database(server.db);
    writer.pragma("journal_mode = WAL");
    const out = path.join(work, "backups");
    const timer = setInterval(() => writer.prepare(`INSERT INTO SignInAttempt (username, success, ip, createdAt) VALUES ('during.backup', 0, '', ?)`).run(new Date().toISOString()), 5);
    const printed = run("backup.mjs", ["--out", out], { DATA_DIR: server.dir, DATABASE_URL: `file:${server.db}` });
    clearInterval(timer);
    writer.close();
    expect(printed).toContain("Backup written to");
    const [folder] = fs.readdirSync(out);
    const backupDir = path.join(out, folder!);
    expect((fs.statSync(backupDir).mode & 0o777).toString(8)).toBe("700");

    const restored = path.join(work, "restored");
    run("restore.mjs", [backupDir], { DATA_DIR: restored, DATABASE_URL: `file:${path.join(restored, "liandong.db")}` });
    const restoredDb = path.join(restored, "liandong.db");

    // Integrity, and the same records as the backup of the server (the server has moved on since).
    expect(rows(restoredDb, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const backupDb = path.join(backupDir, "liandong.db");
    for (const table of ["Complaint", "Dispute", "JointMeeting", "User", "AuditLog", "Attachment"]) {
      expect(rows(restoredDb, `SELECT * FROM "${table}" ORDER BY rowid`), table).toEqual(rows(backupDb, `SELECT * FROM "${table}" ORDER BY rowid`));
    }
    expect(rows(restoredDb, "SELECT COUNT(*) AS n FROM Complaint")).toEqual(rows(server.db, "SELECT COUNT(*) AS n FROM Complaint"));
    expect(fs.readFileSync(path.join(restored, "uploads", "ab", "abcdef"))).toEqual(fs.readFileSync(path.join(server.dir, "uploads", "ab", "abcdef")));
    expect(fs.readFileSync(path.join(restored, ".auth-secret"), "utf8")).toBe("restore-test-secret-0123456789");

    // A demo user signs in on the restored data through the application's own code and sees their records.
    const signInOn = (dbFile: string) => JSON.parse(execFileSync("npx", ["tsx", "--conditions=react-server", "lib/testing/sign-in-check.ts", "street.clerk", demo.password], {
      cwd: root, env: { ...process.env, DATA_DIR: path.dirname(dbFile), DATABASE_URL: `file:${dbFile}`, NEXTAUTH_SECRET: "restore-test-secret-0123456789" }, encoding: "utf8",
    }).trim().split("\n").at(-1)!) as { ok: boolean; seen: { complaints: string[]; disputes: string[] } | null };
    const after = signInOn(restoredDb);
    expect(after.ok).toBe(true);
    expect(after.seen?.complaints.length).toBeGreaterThan(0);
    // What the user sees are the backup's records (the same references, each present there).
    const backedUp = new Set((rows(backupDb, "SELECT ref FROM Complaint UNION SELECT ref FROM Dispute") as { ref: string }[]).map((r) => r.ref));
    expect([...after.seen!.complaints, ...after.seen!.disputes].every((ref) => backedUp.has(ref))).toBe(true);
  }, 120_000);

  it("a damaged backup is refused and the data folder is left as it was", async () => {
    const server = await serverDataFolder();
    const out = path.join(work, "backups-damaged");
    run("backup.mjs", ["--out", out], { DATA_DIR: server.dir, DATABASE_URL: `file:${server.db}` });
    const backupDir = path.join(out, fs.readdirSync(out)[0]!);
    fs.appendFileSync(path.join(backupDir, "uploads", "ab", "abcdef"), "tampered");
    const target = path.join(work, "untouched");
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, "liandong.db"), "the current database");
    expect(() => run("restore.mjs", [backupDir], { DATA_DIR: target, DATABASE_URL: `file:${path.join(target, "liandong.db")}` })).toThrow();
    expect(fs.readFileSync(path.join(target, "liandong.db"), "utf8")).toBe("the current database");
  }, 60_000);
});
