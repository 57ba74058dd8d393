// Buck-passing signals (推诿扯皮, §四) computed from a matter's hand-over history, never typed in.
// Pure: the data layer turns complaint holder chains, referral events and dispute escalations into
// ordered MatterMoves and calls detectSignals (docs/decisions/030).
import { z } from "zod";

/** One movement of a matter between two organisations, in order. */
export const MOVE_KINDS = ["HANDOVER", "RETURN_NOT_OURS", "ESCALATE", "RETURN_ESCALATION"] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
export type MatterMove = { kind: MoveKind; fromOrgId: number; toOrgId: number };

export const SIGNAL_KINDS = ["HANDED_OVER_3X", "RETURNED_BY_2", "PING_PONG", "ESCALATION_BOUNCED"] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof signalKindSchema>;

/** A signal and the organisations it names (in the order they first appear in the history). */
export type BuckPassingSignal = { kind: SignalKind; orgIds: number[]; count: number };

/** Thresholds of the policy's wording: "three or more times", "two or more units", "repeatedly". */
export const HANDOVER_THRESHOLD = 3;
export const RETURNING_UNITS_THRESHOLD = 2;
export const ESCALATION_RETURNS_THRESHOLD = 2;

function distinct(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/**
 * The signals a history raises. Hand-overs count every transfer to a new responsible party; a
 * return "not ours" is the holder giving it back; ping-pong is a hand-over straight back to the
 * unit it came from (A→B then B→A, returns through the dispatching office not counting as moves).
 */
export function detectSignals(moves: readonly MatterMove[]): BuckPassingSignal[] {
  const signals: BuckPassingSignal[] = [];
  const handovers = moves.filter((m) => m.kind === "HANDOVER" && m.fromOrgId !== m.toOrgId);
  if (handovers.length >= HANDOVER_THRESHOLD) {
    signals.push({ kind: "HANDED_OVER_3X", orgIds: distinct(handovers.map((m) => m.toOrgId)), count: handovers.length });
  }
  const returners = distinct(moves.filter((m) => m.kind === "RETURN_NOT_OURS").map((m) => m.fromOrgId));
  if (returners.length >= RETURNING_UNITS_THRESHOLD) {
    signals.push({ kind: "RETURNED_BY_2", orgIds: returners, count: returners.length });
  }
  const pairs = new Map<string, { orgIds: number[]; count: number }>();
  for (const [i, b] of handovers.entries()) {
    const a = handovers[i - 1];
    if (a && a.fromOrgId === b.toOrgId && a.toOrgId === b.fromOrgId) {
      const key = [a.fromOrgId, a.toOrgId].sort((x, y) => x - y).join("-");
      const pair = pairs.get(key) ?? { orgIds: [a.fromOrgId, a.toOrgId], count: 0 };
      pair.count++;
      pairs.set(key, pair);
    }
  }
  for (const pair of pairs.values()) signals.push({ kind: "PING_PONG", orgIds: pair.orgIds, count: pair.count });
  const escalationReturns = moves.filter((m) => m.kind === "RETURN_ESCALATION");
  if (escalationReturns.length >= ESCALATION_RETURNS_THRESHOLD) {
    signals.push({
      kind: "ESCALATION_BOUNCED",
      orgIds: distinct(escalationReturns.flatMap((m) => [m.toOrgId, m.fromOrgId])),
      count: escalationReturns.length,
    });
  }
  return signals;
}

/** A complaint's holder chain (seq order) as moves: each holder was handed the matter by the one
 * before it (the registering office for the first); a holder that returned it gave it back. */
export function complaintMoves(
  registeredOrgId: number,
  holders: readonly { orgId: number; endedAs: string | null }[],
): MatterMove[] {
  const moves: MatterMove[] = [];
  let previous = registeredOrgId;
  for (const h of holders) {
    moves.push({ kind: "HANDOVER", fromOrgId: previous, toOrgId: h.orgId });
    if (h.endedAs === "RETURNED") moves.push({ kind: "RETURN_NOT_OURS", fromOrgId: h.orgId, toOrgId: registeredOrgId });
    previous = h.orgId;
  }
  return moves;
}

/** A dispute's escalations (creation order) as moves: each report up, and each one returned. */
export function escalationMoves(escalations: readonly { fromOrgId: number; toOrgId: number; status: string }[]): MatterMove[] {
  return escalations.flatMap((e): MatterMove[] => {
    const up: MatterMove = { kind: "ESCALATE", fromOrgId: e.fromOrgId, toOrgId: e.toOrgId };
    return e.status === "RETURNED" ? [up, { kind: "RETURN_ESCALATION", fromOrgId: e.toOrgId, toOrgId: e.fromOrgId }] : [up];
  });
}

/** A referral's events as moves: referred or re-referred to a department, returned by it. */
export function referralMoves(referringOrgId: number, events: readonly { kind: string; toOrgId: number | null; actorOrgId: number | null }[]): MatterMove[] {
  const moves: MatterMove[] = [];
  let previous = referringOrgId;
  for (const e of events) {
    if ((e.kind === "REFERRED" || e.kind === "REREFERRED") && e.toOrgId !== null) {
      moves.push({ kind: "HANDOVER", fromOrgId: previous, toOrgId: e.toOrgId });
      previous = e.toOrgId;
    } else if (e.kind === "RETURNED" && e.actorOrgId !== null) {
      moves.push({ kind: "RETURN_NOT_OURS", fromOrgId: e.actorOrgId, toOrgId: referringOrgId });
    }
  }
  return moves;
}
