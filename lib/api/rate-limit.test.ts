import { describe, expect, it } from "vitest";
import { consume } from "@/lib/api/rate-limit";

describe("per-key rate limit (sliding window)", () => {
  it("allows the limit within a minute, then refuses with the wait until a request fits", () => {
    const t0 = 1_800_000_000_000; // the start of a minute
    let state = undefined as Parameters<typeof consume>[0];
    for (let i = 0; i < 5; i++) {
      const d = consume(state, t0 + i * 1000, 5);
      expect(d).toMatchObject({ allowed: true, remaining: 4 - i });
      state = d.state;
    }
    const refused = consume(state, t0 + 10_000, 5);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterSeconds).toBe(50);
  });

  it("weights the previous minute by how much of it is still inside the last 60 seconds", () => {
    const start = 1_800_000_000_000;
    let state = undefined as Parameters<typeof consume>[0];
    for (let i = 0; i < 10; i++) state = consume(state, start + 59_000, 10).state;
    // 15 s into the next minute, 75 % of the previous 10 still count: 2 more fit, the third waits.
    const a = consume(state, start + 75_000, 10);
    expect(a.allowed).toBe(true);
    const b = consume(a.state, start + 75_000, 10);
    expect(b.allowed).toBe(true);
    const c = consume(b.state, start + 75_000, 10);
    expect(c.allowed).toBe(false);
    expect(c.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(c.retryAfterSeconds).toBeLessThanOrEqual(45);
    // After it, the request fits.
    expect(consume(c.state, start + 75_000 + c.retryAfterSeconds * 1000, 10).allowed).toBe(true);
    // Two minutes later the old windows are forgotten.
    expect(consume(c.state, start + 180_000, 10)).toMatchObject({ allowed: true, remaining: 9 });
  });
});
