import { describe, expect, it } from "vitest";
import { attemptsSince, delayAfter, nextAttemptAt, signInWaitUntil, THROTTLE_RULES } from "@/lib/domain/sign-in-throttle";

const t0 = new Date("2026-11-26T08:00:00Z").getTime();
const at = (seconds: number) => new Date(t0 + seconds * 1000);
const fail = (seconds: number) => ({ success: false, at: at(seconds) });
const ok = (seconds: number) => ({ success: true, at: at(seconds) });
const fails = (n: number, start = 0) => Array.from({ length: n }, (_, i) => fail(start + i));

describe("progressive delay", () => {
  const rule = THROTTLE_RULES.name;

  it("the first failures are free", () => {
    expect(rule.free).toBe(5);
    expect(nextAttemptAt(fails(4), rule, at(4))).toBeNull();
  });

  it("then each failure doubles the wait after the last one: 1 s, 2 s, 4 s … up to 15 minutes", () => {
    expect(delayAfter(5, rule)).toBe(1000);
    expect(delayAfter(6, rule)).toBe(2000);
    expect(delayAfter(8, rule)).toBe(8000);
    expect(delayAfter(40, rule)).toBe(15 * 60_000);
    expect(nextAttemptAt(fails(5), rule, at(4.5))).toEqual(at(5));
    expect(nextAttemptAt(fails(5), rule, at(5))).toBeNull();
    expect(nextAttemptAt(fails(7), rule, at(7))).toEqual(at(10));
  });

  it("failures older than the window no longer count", () => {
    const old = fails(20, 0);
    expect(nextAttemptAt(old, rule, new Date(t0 + rule.windowMs + 20_000))).toBeNull();
    expect(attemptsSince(at(0)).getTime()).toBe(t0 - Math.max(...Object.values(THROTTLE_RULES).map((r) => r.windowMs)));
  });

  it("a success clears a name's count, but not an address's (one's own account must not reset a sprayer's count)", () => {
    const attempts = [...fails(5), ok(5), fail(6)];
    expect(nextAttemptAt(attempts, THROTTLE_RULES.name, at(6.5))).toBeNull();
    const address = [...fails(10), ok(10), fail(11)];
    expect(nextAttemptAt(address, THROTTLE_RULES.address, at(11.5))).not.toBeNull();
  });

  it("order of the attempts does not matter", () => {
    expect(nextAttemptAt([fail(4), fail(0), fail(3), fail(1), fail(2)], rule, at(4.2))).toEqual(at(5));
  });
});

describe("sign-in: which counts apply", () => {
  it("from an unknown browser, the address's and the name's counts both apply", () => {
    const name = fails(5);
    expect(signInWaitUntil({ address: [], name, device: [], recognised: false }, at(4.5))).toEqual(at(5));
    const address = fails(10);
    expect(signInWaitUntil({ address, name: [], device: [], recognised: false }, at(9.5))).toEqual(at(10));
  });

  it("spraying one guess each over 30 names from one address is slowed after the address's free failures", () => {
    expect(THROTTLE_RULES.address.free).toBe(10);
    expect(signInWaitUntil({ address: fails(10), name: [], device: [], recognised: false }, at(9.2))).not.toBeNull();
  });

  it("the user's own browser (it signed in as this user before) is slowed only by its own failures: strangers cannot lock the user out", () => {
    const strangers = fails(30);
    expect(signInWaitUntil({ address: strangers, name: strangers, device: [], recognised: true }, at(30))).toBeNull();
    expect(signInWaitUntil({ address: [], name: [], device: fails(5), recognised: true }, at(4.5))).toEqual(at(5));
  });
});
