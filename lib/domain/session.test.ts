import { describe, expect, it } from "vitest";
import { isIdleExpired, remainingLifetime, SESSION_MAX_AGE_SECONDS } from "@/lib/domain/session";

describe("session lifetime", () => {
  it("a re-issued token keeps what is left of the sign-in's absolute lifetime", () => {
    const now = 1_800_000_000;
    expect(remainingLifetime(now + 3600, now)).toBe(3600);
    expect(remainingLifetime(now - 10, now)).toBe(0);
    // Never more than the full lifetime, whatever the token claims.
    expect(remainingLifetime(now + 10 * SESSION_MAX_AGE_SECONDS, now)).toBe(SESSION_MAX_AGE_SECONDS);
  });

  it("a new sign-in (no expiry yet) gets the full lifetime", () => {
    expect(remainingLifetime(undefined, 1)).toBe(SESSION_MAX_AGE_SECONDS);
    expect(remainingLifetime("soon", 1)).toBe(SESSION_MAX_AGE_SECONDS);
  });

  it("the idle timeout counts from the last time the user was seen", () => {
    expect(isIdleExpired(0, 30 * 60, 30)).toBe(false);
    expect(isIdleExpired(0, 30 * 60 + 1, 30)).toBe(true);
  });
});
