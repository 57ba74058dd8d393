// Residents' satisfaction (社会评议, §四): the ratings, which one counts, and the throttle on the
// public rating page's look-ups (docs/decisions/035).
import { z } from "zod";
import { RATINGS, RETURN_VISIT_METHODS } from "@/lib/domain/codes";
export { RATINGS, RETURN_VISIT_METHODS } from "@/lib/domain/codes";

export const ratingSchema = z.enum(RATINGS);
export type Rating = z.infer<typeof ratingSchema>;

/** Ratings that count as satisfied in the satisfaction rate. */
export const SATISFIED_RATINGS = ["SATISFIED", "BASICALLY_SATISFIED"] as const satisfies readonly Rating[];

export const RATING_SOURCES = ["RETURN_VISIT", "RESIDENT"] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

export const returnVisitMethodSchema = z.enum(RETURN_VISIT_METHODS);
export type ReturnVisitMethod = z.infer<typeof returnVisitMethodSchema>;

export type CountingRating = { satisfaction: string | null; satisfactionSource: string | null };

/**
 * Whether a new rating replaces the one that counts now. The resident's own rating wins: it is
 * the resident's word without an intermediary, so a later return visit does not override it;
 * between return visits the latest counts (docs/decisions/035).
 */
export function ratingCounts(current: CountingRating, incoming: RatingSource): boolean {
  if (current.satisfaction === null) return true;
  if (incoming === "RESIDENT") return true;
  return current.satisfactionSource !== "RESIDENT";
}

/** A return visit may be recorded on a closed complaint by its registering office only. */
export function mayRecordReturnVisit(c: { status: string; registeredOrgId: number }, actorOrgId: number): boolean {
  return c.status === "CLOSED" && c.registeredOrgId === actorOrgId;
}

/** Reopening is offered with a dissatisfied return visit only. */
export function mayReopenWith(rating: Rating): boolean {
  return rating === "DISSATISFIED";
}

/** The resident rates a closed complaint, once. */
export function mayResidentRate(c: { status: string; residentRatedAt: Date | null }): boolean {
  return c.status === "CLOSED" && c.residentRatedAt === null;
}

/** The last four digits of a phone number ("138-1234-5678" → "5678"); null when it has fewer. */
export function phoneSuffix(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** Whether the resident's four digits match the complaint's phone (a phone-less complaint never matches). */
export function phoneMatches(phone: string, suffix: string): boolean {
  const own = phoneSuffix(phone);
  return own !== null && /^\d{4}$/.test(suffix) && own === suffix;
}

/** What a resident sees of the status, in plain words: four stages, no internal steps. */
export const PUBLIC_STAGES = ["RECEIVED", "IN_HAND", "HANDLED", "CLOSED"] as const;
export type PublicStage = (typeof PUBLIC_STAGES)[number] | "NOT_ACCEPTED";

export function publicStage(status: string): PublicStage {
  switch (status) {
    case "REGISTERED":
      return "RECEIVED";
    case "NOT_ACCEPTED":
      return "NOT_ACCEPTED";
    case "HANDLED":
    case "REPLIED":
      return "HANDLED";
    case "CLOSED":
      return "CLOSED";
    default:
      return "IN_HAND";
  }
}

// ─── Throttling guesses on the public page ───
// MAX_FAILURES failed look-ups from one address, or for one reference, within WINDOW_MS refuse
// further look-ups (right or wrong) from that address / for that reference until the window has
// passed since the last failure. A wrong pair and an unknown reference count alike.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type LookupAttempt = { success: boolean; at: Date };

/** Whether look-ups are refused now, given the recent attempts of one address or one reference. */
export function lookupsRefused(attempts: readonly LookupAttempt[], now: Date): boolean {
  const recent = attempts.filter((a) => !a.success && now.getTime() - a.at.getTime() < WINDOW_MS && a.at <= now);
  return recent.length >= MAX_FAILURES;
}

/** How far back the data layer reads attempts. */
export function lookupAttemptsSince(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MS);
}
