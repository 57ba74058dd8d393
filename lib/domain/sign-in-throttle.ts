// Sign-in throttling: after MAX_FAILURES failed attempts for one account within WINDOW, further
// attempts are refused until LOCK after the last of those failures. A success clears the count.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type Attempt = { success: boolean; at: Date };

/**
 * When the account is locked, the moment the lock ends; otherwise null.
 * attempts: this account's recent attempts, any order.
 */
export function lockedUntil(attempts: readonly Attempt[], now: Date): Date | null {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastSuccess = sorted.findLast((a) => a.success);
  const failures = sorted.filter(
    (a) => !a.success && (!lastSuccess || a.at > lastSuccess.at) && now.getTime() - a.at.getTime() < WINDOW_MS + LOCK_MS,
  );
  // Slide a window over the failures: any MAX_FAILURES of them within WINDOW lock the account.
  for (let i = failures.length - 1; i >= MAX_FAILURES - 1; i--) {
    const last = failures[i]!;
    const first = failures[i - MAX_FAILURES + 1]!;
    if (last.at.getTime() - first.at.getTime() <= WINDOW_MS) {
      const until = new Date(last.at.getTime() + LOCK_MS);
      return until > now ? until : null;
    }
  }
  return null;
}

/** How far back the data layer must read attempts to decide. */
export function attemptsSince(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MS - LOCK_MS);
}
