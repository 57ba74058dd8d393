// Session rules: idle timeout and revocation (等保2.0: sessions end after inactivity).
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // absolute limit of one sign-in
/** The proxy re-issues the session cookie at most this often while the user is active. */
export const LAST_SEEN_REFRESH_SECONDS = 60;

/** uid: user id; sv: the user's session version at sign-in; sid: this session; ls: last seen (epoch seconds). */
export type SessionClaims = { uid: number; sv: number; sid: string; ls: number; exp?: number };

export function isIdleExpired(lastSeenSeconds: number, nowSeconds: number, idleMinutes: number): boolean {
  return nowSeconds - lastSeenSeconds > idleMinutes * 60;
}

export function needsRefresh(lastSeenSeconds: number, nowSeconds: number): boolean {
  return nowSeconds - lastSeenSeconds >= LAST_SEEN_REFRESH_SECONDS;
}

export function isSessionClaims(value: unknown): value is SessionClaims {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.uid === "number" && typeof v.sv === "number" && typeof v.sid === "string" && typeof v.ls === "number";
}

/**
 * Seconds a re-issued session token may still live: what is left of the sign-in's absolute
 * lifetime (its exp), never a fresh 12 hours. A token without exp (a new sign-in) gets the full lifetime.
 */
export function remainingLifetime(exp: unknown, nowSeconds: number): number {
  if (typeof exp !== "number" || !Number.isFinite(exp)) return SESSION_MAX_AGE_SECONDS;
  return Math.max(0, Math.min(exp - nowSeconds, SESSION_MAX_AGE_SECONDS));
}
