import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "@/lib/api/signature";

describe("webhook signatures", () => {
  const secret = "0123456789abcdef-secret";
  const body = JSON.stringify({ event: "workOrder.handled", orderNo: "12345-1" });

  it("is HMAC-SHA256 over timestamp.body, as the README's receiver computes it", () => {
    const expected = createHmac("sha256", secret).update(`1765000000.${body}`).digest("hex");
    expect(signWebhook(secret, 1765000000, body)).toBe(`sha256=${expected}`);
  });

  it("verifies within the tolerance and refuses a changed body, another secret, an old or malformed timestamp", () => {
    const sig = signWebhook(secret, 1765000000, body);
    expect(verifyWebhook(secret, sig, "1765000000", body, 1765000100)).toBe(true);
    expect(verifyWebhook(secret, sig, "1765000000", body.replace("handled", "closed"), 1765000100)).toBe(false);
    expect(verifyWebhook("another-secret-0000", sig, "1765000000", body, 1765000100)).toBe(false);
    expect(verifyWebhook(secret, sig, "1765000000", body, 1765000000 + 301)).toBe(false);
    expect(verifyWebhook(secret, sig, "1765000000x", body, 1765000000)).toBe(false);
    expect(verifyWebhook(secret, "sha256=00", "1765000000", body, 1765000000)).toBe(false);
  });
});
