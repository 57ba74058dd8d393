// Requests per key and minute (docs/decisions/073): a sliding-window counter. The current fixed
// minute's count plus the previous minute's, weighted by how much of it still lies inside the
// last 60 seconds. Pure; lib/data/integration.ts keeps each key's state in the database, so all
// app servers on it share the count (docs/decisions/085).

export const RATE_WINDOW_MS = 60_000;

export type WindowState = { start: number; count: number; previous: number };
export type RateDecision = { allowed: boolean; state: WindowState; remaining: number; retryAfterSeconds: number };

/** Counts one request at `now` against `limit` per window, or refuses it with the wait until it would fit. */
export function consume(state: WindowState | undefined, now: number, limit: number, windowMs = RATE_WINDOW_MS): RateDecision {
  const start = Math.floor(now / windowMs) * windowMs;
  let s: WindowState;
  if (!state || state.start < start - windowMs) s = { start, count: 0, previous: 0 };
  else if (state.start < start) s = { start, count: 0, previous: state.count };
  else s = state;
  const weight = 1 - (now - start) / windowMs;
  const used = s.previous * weight + s.count;
  if (used + 1 > limit) {
    // Wait until the previous window's weighted share has shrunk enough, or for the next window.
    const needed = used + 1 - limit;
    const wait = s.previous > 0 && needed <= s.previous * weight ? (needed / s.previous) * windowMs : start + windowMs - now;
    return { allowed: false, state: s, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  }
  const next = { ...s, count: s.count + 1 };
  return { allowed: true, state: next, remaining: Math.max(0, Math.floor(limit - used - 1)), retryAfterSeconds: 0 };
}
