import { describe, expect, it } from "vitest";
import { LOCK_MS, lockedUntil, MAX_FAILURES, WINDOW_MS } from "@/lib/domain/sign-in-throttle";

const t0 = new Date("2026-11-26T08:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const fail = (minutes: number) => ({ success: false, at: at(minutes) });
const ok = (minutes: number) => ({ success: true, at: at(minutes) });

describe("sign-in throttle", () => {
  it("four failures do not lock", () => {
    expect(lockedUntil([fail(0), fail(1), fail(2), fail(3)], at(4))).toBeNull();
  });

  it("five failures within 15 minutes lock for 15 minutes after the fifth", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(10)];
    expect(MAX_FAILURES).toBe(5);
    expect(lockedUntil(attempts, at(11))).toEqual(new Date(at(10).getTime() + LOCK_MS));
    expect(lockedUntil(attempts, at(24))).not.toBeNull();
    expect(lockedUntil(attempts, at(25))).toBeNull();
  });

  it("five failures spread over more than 15 minutes do not lock", () => {
    expect(lockedUntil([fail(0), fail(5), fail(10), fail(14), fail(16)], at(16))).toBeNull();
    expect(WINDOW_MS).toBe(15 * 60_000);
  });

  it("a success clears the count", () => {
    expect(lockedUntil([fail(0), fail(1), fail(2), fail(3), ok(4), fail(5)], at(6))).toBeNull();
  });

  it("attempts during the lock count as failures: the lock runs from the latest five within 15 minutes", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4), fail(10), fail(18)];
    // Latest window of five: minutes 1, 2, 3, 4, 10 → locked until minute 25.
    expect(lockedUntil(attempts, at(19))).toEqual(new Date(at(10).getTime() + LOCK_MS));
    expect(lockedUntil(attempts, at(25))).toBeNull();
  });

  it("order of the attempts does not matter", () => {
    const attempts = [fail(4), fail(0), fail(3), fail(1), fail(2)];
    expect(lockedUntil(attempts, at(5))).toEqual(new Date(at(4).getTime() + LOCK_MS));
  });
});
