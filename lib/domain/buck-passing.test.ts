import { describe, expect, it } from "vitest";
import { complaintMoves, detectSignals, escalationMoves, referralMoves, type MatterMove } from "@/lib/domain/buck-passing";

const OFFICE = 1;
const [A, B, C] = [10, 20, 30];
const kinds = (moves: MatterMove[]) => detectSignals(moves).map((s) => s.kind).sort();

describe("detectSignals", () => {
  it("an empty history or one straight hand-over raises nothing", () => {
    expect(detectSignals([])).toEqual([]);
    expect(detectSignals([{ kind: "HANDOVER", fromOrgId: OFFICE, toOrgId: A }])).toEqual([]);
  });

  it("two hand-overs are not yet three", () => {
    const moves = complaintMoves(OFFICE, [{ orgId: A, endedAs: "REASSIGNED" }, { orgId: B, endedAs: null }]);
    expect(kinds(moves)).toEqual([]);
  });

  it("three hand-overs raise HANDED_OVER_3X naming every unit it was handed to", () => {
    const moves = complaintMoves(OFFICE, [{ orgId: A, endedAs: "REASSIGNED" }, { orgId: B, endedAs: "REASSIGNED" }, { orgId: C, endedAs: null }]);
    expect(detectSignals(moves)).toEqual([{ kind: "HANDED_OVER_3X", orgIds: [A, B, C], count: 3 }]);
  });

  it("a hand-over to oneself does not count", () => {
    const moves: MatterMove[] = [
      { kind: "HANDOVER", fromOrgId: OFFICE, toOrgId: OFFICE },
      { kind: "HANDOVER", fromOrgId: OFFICE, toOrgId: A },
      { kind: "HANDOVER", fromOrgId: A, toOrgId: B },
    ];
    expect(kinds(moves)).toEqual([]);
  });

  it("returned as not ours by one unit twice is not two units", () => {
    const moves = complaintMoves(OFFICE, [{ orgId: A, endedAs: "RETURNED" }, { orgId: A, endedAs: "RETURNED" }]);
    expect(kinds(moves)).toEqual([]);
  });

  it("returned by two distinct units raises RETURNED_BY_2 naming them", () => {
    const moves = complaintMoves(OFFICE, [{ orgId: A, endedAs: "RETURNED" }, { orgId: B, endedAs: "RETURNED" }]);
    expect(detectSignals(moves)).toEqual([{ kind: "RETURNED_BY_2", orgIds: [A, B], count: 2 }]);
  });

  it("a complaint bounced A → B → A raises ping-pong, returns and three hand-overs", () => {
    const moves = complaintMoves(OFFICE, [{ orgId: A, endedAs: "RETURNED" }, { orgId: B, endedAs: "RETURNED" }, { orgId: A, endedAs: null }]);
    const signals = detectSignals(moves);
    expect(signals.map((s) => s.kind).sort()).toEqual(["HANDED_OVER_3X", "PING_PONG", "RETURNED_BY_2"]);
    expect(signals.find((s) => s.kind === "PING_PONG")).toEqual({ kind: "PING_PONG", orgIds: [A, B], count: 1 });
    expect(signals.find((s) => s.kind === "HANDED_OVER_3X")?.orgIds).toEqual([A, B]);
  });

  it("A → B → C is a chain, not ping-pong", () => {
    const moves: MatterMove[] = [
      { kind: "HANDOVER", fromOrgId: A, toOrgId: B },
      { kind: "HANDOVER", fromOrgId: B, toOrgId: C },
    ];
    expect(kinds(moves)).toEqual([]);
  });

  it("bouncing back and forth counts each bounce of the same pair once in one signal", () => {
    const moves: MatterMove[] = [
      { kind: "HANDOVER", fromOrgId: A, toOrgId: B },
      { kind: "HANDOVER", fromOrgId: B, toOrgId: A },
      { kind: "HANDOVER", fromOrgId: A, toOrgId: B },
    ];
    const ping = detectSignals(moves).filter((s) => s.kind === "PING_PONG");
    expect(ping).toEqual([{ kind: "PING_PONG", orgIds: [A, B], count: 2 }]);
  });

  it("a dispute escalated and returned once is not repeated; twice is ESCALATION_BOUNCED", () => {
    const once = escalationMoves([{ fromOrgId: A, toOrgId: B, status: "RETURNED" }, { fromOrgId: A, toOrgId: B, status: "PENDING" }]);
    expect(kinds(once)).toEqual([]);
    const twice = escalationMoves([
      { fromOrgId: A, toOrgId: B, status: "RETURNED" },
      { fromOrgId: A, toOrgId: B, status: "RETURNED" },
      { fromOrgId: A, toOrgId: B, status: "ACCEPTED" },
    ]);
    expect(detectSignals(twice)).toEqual([{ kind: "ESCALATION_BOUNCED", orgIds: [A, B], count: 2 }]);
  });

  it("escalations are not hand-overs (escalating up three tiers is the mechanism working)", () => {
    const moves = escalationMoves([
      { fromOrgId: A, toOrgId: B, status: "ACCEPTED" },
      { fromOrgId: B, toOrgId: C, status: "ACCEPTED" },
      { fromOrgId: C, toOrgId: B, status: "ACCEPTED" },
    ]);
    expect(kinds(moves)).toEqual([]);
  });
});

describe("referralMoves", () => {
  it("re-referred after returns by two departments raises the returns signal", () => {
    const moves = referralMoves(OFFICE, [
      { kind: "REFERRED", toOrgId: A, actorOrgId: OFFICE },
      { kind: "RETURNED", toOrgId: null, actorOrgId: A },
      { kind: "REREFERRED", toOrgId: B, actorOrgId: OFFICE },
      { kind: "RETURNED", toOrgId: null, actorOrgId: B },
      { kind: "REREFERRED", toOrgId: A, actorOrgId: OFFICE },
      { kind: "ACCEPTED", toOrgId: null, actorOrgId: A },
    ]);
    expect(moves.filter((m) => m.kind === "HANDOVER").map((m) => [m.fromOrgId, m.toOrgId])).toEqual([[OFFICE, A], [A, B], [B, A]]);
    expect(kinds(moves)).toEqual(["HANDED_OVER_3X", "PING_PONG", "RETURNED_BY_2"]);
  });
});
