// Direct reads (and test-only set-up writes) on the e2e database, so tests can assert that a
// refused action left the database unchanged. The tests write SQLite's SQL; on PostgreSQL
// (TEST_POSTGRES_URL, docs/decisions/091) it is translated (postgresSql) and run synchronously
// through scripts/pg-query.mjs, whose values come back in SQLite's shapes.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import demo from "../prisma/demo-users.json" with { type: "json" };
import { issueApiKey } from "../lib/api/keys";
import { isPostgresUrl } from "../lib/config";
import { MODELS } from "../lib/generated/relations/models";
import { e2eDatabaseUrl } from "../scripts/lib.mjs";

export const DEMO_PASSWORD = demo.password;
const E2E_DATABASE_URL = e2eDatabaseUrl();
const POSTGRES = isPostgresUrl(E2E_DATABASE_URL);
const FILE = path.join(process.cwd(), "data", "e2e", "liandong.db");

function open(readonly = true) {
  const db = new Database(FILE, { readonly, fileMustExist: true, timeout: 10_000 });
  return db;
}

type Scalars = Record<string, { column: string; type: string }>;
const models = Object.values(MODELS as unknown as Record<string, { table: string; scalars: Scalars }>);
/** Names PostgreSQL would fold to lower case unless quoted (and "User", a reserved word). */
const IDENTIFIERS = new Set(models.flatMap((m) => [m.table, ...Object.values(m.scalars).map((s) => s.column)]).filter((n) => n !== n.toLowerCase() || n === "User"));
const BOOLEANS = new Set(models.flatMap((m) => Object.values(m.scalars).filter((s) => s.type === "Boolean").map((s) => s.column)));
const DATETIMES = new Set(models.flatMap((m) => Object.values(m.scalars).filter((s) => s.type === "DateTime").map((s) => s.column)));

/**
 * The tests' SQLite SQL as PostgreSQL reads it: mixed-case names quoted, `?` numbered, rowid the
 * id, Boolean columns compared with true/false rather than 1/0, DateTime columns matched by LIKE
 * on their ISO text, and date('now') the UTC date. Quoted strings and names are left as they are.
 */
export function postgresSql(sql: string): string {
  let n = 0;
  return sql
    .replace(/date\('now'\)/g, "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
    .split(/('(?:[^']|'')*'|"[^"]*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/\?/g, () => `$${++n}`)
        .replace(/\browid\b/g, '"id"')
        .replace(/\b[A-Za-z_][A-Za-z0-9_]*\b/g, (word) => (IDENTIFIERS.has(word) ? `"${word}"` : word));
    })
    .join("")
    .replace(/("?)(\w+)\1(\s*(?:=|<>|!=)\s*)([01])\b/g, (all, q: string, column: string, op: string, bit: string) => (BOOLEANS.has(column) ? `${q}${column}${q}${op}${bit === "1" ? "true" : "false"}` : all))
    .replace(/("?)(\w+)\1(\s+LIKE\s)/g, (all, q: string, column: string, like: string) => (DATETIMES.has(column) ? `to_char(${q}${column}${q}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')${like}` : all));
}

function postgres<T>(sql: string, params: unknown[]): { rows: T[]; rowCount: number } {
  const out = execFileSync(process.execPath, [path.join(process.cwd(), "scripts", "pg-query.mjs")], {
    input: JSON.stringify({ url: E2E_DATABASE_URL, sql: postgresSql(sql), params }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as { rows: T[]; rowCount: number };
}

export function queryOne<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined {
  if (POSTGRES) return postgres<T>(sql, params).rows[0];
  const db = open();
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export function queryAll<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  if (POSTGRES) return postgres<T>(sql, params).rows;
  const db = open();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Test set-up only: a write; returns how many rows it changed. */
export function execute(sql: string, ...params: unknown[]): number {
  if (POSTGRES) return postgres(sql, params).rowCount;
  const db = open(false);
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

export function count(table: string, where = "1=1", ...params: unknown[]): number {
  return (queryOne<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, ...params)?.n ?? 0);
}

/** A snapshot of whole tables, to compare before and after a refused action. */
export function snapshot(...tables: string[]): string {
  // PostgreSQL has no rowid (and some tables no id): its rows in the order of their text.
  if (POSTGRES) return JSON.stringify(tables.map((t) => queryAll(`SELECT * FROM "${t}"`).map((r) => JSON.stringify(r)).sort()));
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
  const now = new Date().toISOString();
  execute(
    `INSERT INTO User (username, name, position, phone, orgId, role, passwordHash, active, mustChangePassword, sessionVersion, passwordChangedAt, version, createdAt, updatedAt)
     VALUES (?, ?, '', '', ?, ?, ?, ?, ?, 1, ?, 1, ?, ?)`,
    username, `测试${username}`, orgId(orgName), role, bcrypt.hashSync(password, 4), 1, options.mustChangePassword ? 1 : 0, now, now, now,
  );
}

/** Test set-up only: a row as an older version could have saved it (before its input was checked). */
export function insertRaw(sql: string, ...params: unknown[]): number {
  if (POSTGRES) return Number(postgres<{ id: number }>(`${sql} RETURNING id`, params).rows[0]?.id);
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
  const start = new Date(Date.now() + 5 * 60_000);
  execute("UPDATE JointMeeting SET startsAt = ?, endsAt = ? WHERE id = ?", start.toISOString().replace("Z", "+00:00"), new Date(start.getTime() + 2 * 3_600_000).toISOString().replace("Z", "+00:00"), meetingId);
}

/** Test set-up only: a system with a key, as the administration would have made it. */
export function systemWithKey(code: string, scopeOrgName: string, rateLimit = 120): string {
  // Prisma's format for DateTime columns on SQLite.
  const now = new Date().toISOString().replace("Z", "+00:00");
  const id = insertRaw(
    `INSERT INTO ExternalSystem (code, name, channel, scopeOrgId, webhookUrl, webhookSecret, rateLimit, active, version, createdAt, updatedAt) VALUES (?, ?, 'HOTLINE_12345', ?, '', '', ?, ?, 1, ?, ?)`,
    code, `测试系统 ${code}`, orgId(scopeOrgName), rateLimit, 1, now, now,
  );
  const issued = issueApiKey();
  insertRaw(`INSERT INTO ApiKey (systemId, prefix, hash, label, createdById, createdByName, createdAt) VALUES (?, ?, ?, '', 0, 'e2e', ?)`, id, issued.prefix, issued.hash, now);
  return issued.key;
}
