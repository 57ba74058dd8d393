// API keys of external systems (docs/decisions/070): "ld_<prefix>_<secret>", where the prefix
// finds the row and only the SHA-256 of the whole key is stored. The secret has 256 bits of
// randomness, so a fast hash is enough (nothing to brute-force); comparison is constant-time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const KEY_RE = /^ld_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type IssuedKey = { key: string; prefix: string; hash: string };

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key: shown once to the administrator, stored only as its hash. */
export function issueApiKey(random: (n: number) => Buffer = randomBytes): IssuedKey {
  const prefix = random(6).toString("hex");
  const secret = random(32).toString("base64url");
  const key = `ld_${prefix}_${secret}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The prefix of a well-formed key, or null (a malformed key is refused without a lookup). */
export function keyPrefix(key: string): string | null {
  return KEY_RE.exec(key)?.[1] ?? null;
}

/** Whether `key` is the key whose hash is stored (constant-time). */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key from an `Authorization: Bearer …` header, or null. */
export function bearerKey(header: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}
