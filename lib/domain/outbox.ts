// The outbox's retry rule: exponential backoff from 30 seconds, at most an hour apart, given up
// after MAX_ATTEMPTS (docs/decisions/063). Pure.

/** SYSTEM_WEBHOOK: a work order's lifecycle posted, signed, to its external system (docs/decisions/072). */
export const OUTBOX_CHANNELS = ["EMAIL", "SMS", "WEBHOOK", "SYSTEM_WEBHOOK"] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/** The wait before the next attempt after `attempts` failed ones (1 → 30 s, 2 → 60 s, …, ≤ 1 h). */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** What becomes of a delivery after a failed attempt: tried again later, or given up. */
export function afterFailure(attempts: number, now: Date): { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" } {
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
