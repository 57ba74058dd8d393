// Webhook signatures (docs/decisions/072): HMAC-SHA256 with the system's secret over
// "<timestamp>.<body>", sent as `X-Liandong-Signature: sha256=<hex>` beside
// `X-Liandong-Timestamp: <unix seconds>`. The receiver recomputes it and refuses old timestamps,
// so a captured delivery cannot be replayed later.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Liandong-Signature";
export const TIMESTAMP_HEADER = "X-Liandong-Timestamp";
export const EVENT_HEADER = "X-Liandong-Event";
export const DELIVERY_HEADER = "X-Liandong-Delivery";
/** How far a receiver should accept a timestamp from its own clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

/** What a receiver does: same signature, and a timestamp within the tolerance of its clock. */
export function verifyWebhook(secret: string, signature: string, timestamp: string, body: string, nowSeconds: number, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const ts = Number(timestamp);
  if (Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
