// The device cookie (OWASP "device cookies" against online guessing): after a successful sign-in
// the browser keeps a signed cookie naming the users who signed in from it (as keyed hashes, not
// names). A sign-in from such a browser is slowed only by that browser's own failures, so
// strangers guessing a user's password cannot keep the user out (docs/decisions/052).
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { authSecret, secureCookies } from "@/lib/config";

export type Device = { id: string; users: string[] };

const MAX_USERS = 10;
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 3600;

export function deviceCookieName(): string {
  return secureCookies() ? "__Host-liandong.device" : "liandong.device";
}

function mac(payload: string): string {
  return createHmac("sha256", authSecret()).update(`device:${payload}`).digest("base64url");
}

/** The keyed hash a device cookie holds for a user name. */
export function userTag(username: string): string {
  return createHmac("sha256", authSecret()).update(`device-user:${username.trim().toLowerCase()}`).digest("base64url").slice(0, 22);
}

/** The device a cookie value stands for, or null when it is missing, malformed or not ours. */
export function readDevice(value: string | undefined): Device | null {
  if (!value) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
    const v = parsed as Partial<Device>;
    if (typeof v.id !== "string" || !Array.isArray(v.users) || !v.users.every((u) => typeof u === "string")) return null;
    return { id: v.id, users: v.users.slice(0, MAX_USERS) };
  } catch {
    return null;
  }
}

export function isRecognised(device: Device | null, username: string): boolean {
  return device !== null && device.users.includes(userTag(username));
}

/** The cookie value after `username` signed in from this browser (a new device when it had none). */
export function deviceAfterSignIn(device: Device | null, username: string): string {
  const tag = userTag(username);
  const next: Device = { id: device?.id ?? randomUUID(), users: [tag, ...(device?.users ?? []).filter((u) => u !== tag)].slice(0, MAX_USERS) };
  const payload = Buffer.from(JSON.stringify(next)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}
