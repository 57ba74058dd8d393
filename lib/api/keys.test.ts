import { describe, expect, it } from "vitest";
import { bearerKey, hashApiKey, issueApiKey, keyMatches, keyPrefix } from "@/lib/api/keys";

describe("API keys", () => {
  it("issues ld_<prefix>_<secret> keys stored only as their SHA-256, different every time", () => {
    const a = issueApiKey();
    const b = issueApiKey();
    expect(a.key).toMatch(/^ld_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.slice(16));
    expect(keyPrefix(a.key)).toBe(a.prefix);
  });

  it("matches only the exact key", () => {
    const { key, hash } = issueApiKey();
    expect(keyMatches(key, hash)).toBe(true);
    const last = key.at(-1) === "A" ? "B" : "A";
    expect(keyMatches(key.slice(0, -1) + last, hash)).toBe(false);
    expect(keyMatches(key, "not-a-hash")).toBe(false);
  });

  it("refuses malformed keys without a lookup and reads Bearer headers", () => {
    expect(keyPrefix("ld_abc_def")).toBeNull();
    expect(keyPrefix("")).toBeNull();
    expect(keyPrefix("ld_0123456789ab_" + "x".repeat(42))).toBeNull();
    expect(bearerKey("Bearer ld_x")).toBe("ld_x");
    expect(bearerKey("bearer  ld_x ")).toBe("ld_x");
    expect(bearerKey("Basic abc")).toBeNull();
    expect(bearerKey(null)).toBeNull();
  });
});
