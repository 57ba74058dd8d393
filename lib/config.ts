// Runtime configuration from environment variables, with the defaults the README documents.
import fs from "node:fs";
import path from "node:path";

/** Folder for the SQLite database, uploaded files and the generated auth secret. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR ?? "data");
}

/** SQLite URL. Defaults to data/liandong.db; the Prisma CLI needs it in the environment too. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? `file:${path.join(dataDir(), "liandong.db")}`;
  process.env.DATABASE_URL = url;
  return url;
}

/** True for a PostgreSQL connection string: the PostgreSQL mode (docs/decisions/091). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The database of this process: "sqlite" (the default, an embedded file) or "postgresql". */
export function databaseKind(): "sqlite" | "postgresql" {
  return isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";
}

export function databasePath(): string {
  return databaseUrl().replace(/^file:/, "");
}

/** Minutes of inactivity after which a session ends (等保: idle timeout). */
export function sessionIdleMinutes(): number {
  const n = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
  return Number.isFinite(n) && n > 0 ? n : 30;
}

/**
 * Secret that signs session tokens. NEXTAUTH_SECRET (or AUTH_SECRET) when set; otherwise the
 * one `npm start` generated into the data folder on first run (never committed).
 */
export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  try {
    const secret = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dataDir(), ".auth-secret"), "utf8").trim();
    if (secret) {
      process.env.NEXTAUTH_SECRET = secret;
      return secret;
    }
  } catch {
    // fall through
  }
  throw new Error("No auth secret: set NEXTAUTH_SECRET or run `npm start` once to generate one.");
}

/** True when the app is served over https (then cookies are marked Secure). */
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** How long the per-user upload quota looks back. */
export const UPLOAD_QUOTA_WINDOW_MS = 24 * 3600 * 1000;

/** Bytes one user may upload within a day (UPLOAD_QUOTA_MB, default 200): a full disk stops everyone. */
export function uploadQuotaBytes(): number {
  const n = Number(process.env.UPLOAD_QUOTA_MB ?? 200);
  return (Number.isFinite(n) && n > 0 ? n : 200) * 1024 * 1024;
}
