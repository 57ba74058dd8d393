// Direct reads (and test-only set-up writes) on the e2e database, so tests can assert that a
// refused action left the database unchanged.
import path from "node:path";
import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import demo from "../prisma/demo-users.json" with { type: "json" };
import { issueApiKey } from "../lib/api/keys";

export const DEMO_PASSWORD = demo.password;
const FILE = path.join(process.cwd(), "data", "e2e", "liandong.db");

function open(readonly = true) {
  const db = new Database(FILE, { readonly, fileMustExist: true, timeout: 10_000 });
  return db;
}

export function queryOne<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined {
  const db = open();
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export function queryAll<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  const db = open();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function count(table: string, where = "1=1", ...params: unknown[]): number {
  return (queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, ...params)?.n ?? 0);
}

/** A snapshot of whole tables, to compare before and after a refused action. */
export function snapshot(...tables: string[]): string {
  return JSON.stringify(tables.map((t) => queryAll(`SELECT * FROM "${t}" ORDER BY rowid`)));
}

export function orgId(name: string): number {
  const row = queryOne<{ id: number }>(`SELECT id FROM Organisation WHERE name = ?`, name);
  if (!row) throw new Error(`No organisation named ${name}`);
  return row.id;
}

export function areaId(name: string): number {
  const row = queryOne<{ id: number }>(`SELECT id FROM ResidentialArea WHERE name = ?`, name);
  if (!row) throw new Error(`No residential area named ${name}`);
  return row.id;
}

/** Test set-up only: a user of its own, so a test that locks or changes it disturbs no other test. */
export function createTestUser(username: string, orgName: string, role = "CLERK", password = DEMO_PASSWORD, options: { mustChangePassword?: boolean } = {}): void {
  const db = open(false);
  try {
    db.prepare(
      `INSERT INTO User (username, name, position, phone, orgId, role, passwordHash, active, mustChangePassword, sessionVersion, passwordChangedAt, version, createdAt, updatedAt)
       VALUES (?, ?, '', '', ?, ?, ?, 1, ?, 1, ?, 1, ?, ?)`,
    ).run(username, `测试${username}`, orgId(orgName), role, bcrypt.hashSync(password, 4), options.mustChangePassword ? 1 : 0, new Date().toISOString(), new Date().toISOString(), new Date().toISOString());
  } finally {
    db.close();
  }
}

/** Test set-up only: a row as an older version could have saved it (before its input was checked). */
export function insertRaw(sql: string, ...params: unknown[]): number {
  const db = open(false);
  try {
    return Number(db.prepare(sql).run(...params).lastInsertRowid);
  } finally {
    db.close();
  }
}

/** Test-only: the meeting's scheduled time has come (it starts in five minutes), so its convener
 * may mark it started — a meeting cannot be scheduled in the past nor started earlier than half
 * an hour before its time. */
export function meetingTimeReached(meetingId: number): void {
  const db = open(false);
  try {
    const start = new Date(Date.now() + 5 * 60_000);
    db.prepare("UPDATE JointMeeting SET startsAt = ?, endsAt = ? WHERE id = ?").run(start.toISOString().replace("Z", "+00:00"), new Date(start.getTime() + 2 * 3_600_000).toISOString().replace("Z", "+00:00"), meetingId);
  } finally {
    db.close();
  }
}

/** Test set-up only: a system with a key, as the administration would have made it. */
export function systemWithKey(code: string, scopeOrgName: string, rateLimit = 120): string {
  // Prisma's format for DateTime columns on SQLite.
  const now = new Date().toISOString().replace("Z", "+00:00");
  const id = insertRaw(
    `INSERT INTO ExternalSystem (code, name, channel, scopeOrgId, webhookUrl, webhookSecret, rateLimit, active, version, createdAt, updatedAt) VALUES (?, ?, 'HOTLINE_12345', ?, '', '', ?, 1, 1, ?, ?)`,
    code, `测试系统 ${code}`, orgId(scopeOrgName), rateLimit, now, now,
  );
  const issued = issueApiKey();
  insertRaw(`INSERT INTO ApiKey (systemId, prefix, hash, label, createdById, createdByName, createdAt) VALUES (?, ?, ?, '', 0, 'e2e', ?)`, id, issued.prefix, issued.hash, now);
  return issued.key;
}
