// Throttling of password guesses by a progressive delay (等保2.0 level 3, OWASP ASVS 2.2.1), with
// no lock-out a stranger could set off (docs/decisions/052). Failures are counted per client
// address (password spraying: many names, one guess each), per user name from browsers the user
// has not signed in from before, and per browser (its device cookie). Beyond a few free failures
// within the window, each further attempt must wait 1 s, 2 s, 4 s … (at most 15 minutes) after the
// last failure; attempts refused while waiting are not failures. A browser the user has signed in
// from before is judged by its own failures only, so strangers' guesses never keep the user out.
const SECOND = 1000;
const MINUTE = 60 * SECOND;

export type ThrottleRule = {
  /** Failures within the window that cost nothing. */
  free: number;
  windowMs: number;
  maxDelayMs: number;
  /** Whether a success forgets the failures before it. An address's count is not reset by a
   * success: a sprayer could otherwise sign in to an account of their own to start again. */
  successResets: boolean;
};

export const THROTTLE_RULES = {
  address: { free: 10, windowMs: 60 * MINUTE, maxDelayMs: 15 * MINUTE, successResets: false },
  name: { free: 5, windowMs: 60 * MINUTE, maxDelayMs: 15 * MINUTE, successResets: true },
  device: { free: 5, windowMs: 60 * MINUTE, maxDelayMs: 15 * MINUTE, successResets: true },
  /** The current password asked by the change-password form, per user. */
  currentPassword: { free: 5, windowMs: 60 * MINUTE, maxDelayMs: 15 * MINUTE, successResets: true },
} as const satisfies Record<string, ThrottleRule>;

export type Attempt = { success: boolean; at: Date };

/** The wait after the n-th counted failure (n ≥ free). */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(SECOND * 2 ** (failures - rule.free), rule.maxDelayMs);
}

/** When the next attempt may be made, or null when it may be made now. attempts: any order, refused ones left out. */
export function nextAttemptAt(attempts: readonly Attempt[], rule: ThrottleRule, now: Date): Date | null {
  const since = now.getTime() - rule.windowMs;
  const recent = attempts.filter((a) => a.at.getTime() > since).sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastSuccess = rule.successResets ? recent.findLast((a) => a.success) : undefined;
  const failures = recent.filter((a) => !a.success && (!lastSuccess || a.at > lastSuccess.at));
  if (failures.length < rule.free) return null;
  const until = new Date(failures.at(-1)!.at.getTime() + delayAfter(failures.length, rule));
  return until > now ? until : null;
}

/** How far back the data layer must read attempts to decide. */
export function attemptsSince(now: Date): Date {
  return new Date(now.getTime() - Math.max(...Object.values(THROTTLE_RULES).map((r) => r.windowMs)));
}

export type SignInHistory = {
  /** Sign-in attempts from the client's address. */
  address: readonly Attempt[];
  /** Attempts for the user name from browsers not recognised for it. */
  name: readonly Attempt[];
  /** Attempts from this browser (its device cookie). */
  device: readonly Attempt[];
  /** The browser has signed in as this user before (a valid device cookie naming the user). */
  recognised: boolean;
};

/** When a sign-in attempt may be made, or null for now. */
export function signInWaitUntil(history: SignInHistory, now: Date): Date | null {
  const waits = history.recognised
    ? [nextAttemptAt(history.device, THROTTLE_RULES.device, now)]
    : [nextAttemptAt(history.address, THROTTLE_RULES.address, now), nextAttemptAt(history.name, THROTTLE_RULES.name, now)];
  const times = waits.filter((w): w is Date => w !== null).map((w) => w.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
