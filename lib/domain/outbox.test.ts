import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from "@/lib/domain/outbox";

describe("outbox retries", () => {
  it("backs off exponentially from 30 seconds, never more than an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it("tries again until the last attempt, then gives up", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date("2026-12-06T00:00:30Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now).status).toBe("PENDING");
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "FAILED" });
  });
});
