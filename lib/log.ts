// Server-side error log: unexpected errors get a short reference the user can quote.
import { randomBytes } from "node:crypto";

export function logError(error: unknown, context?: Record<string, unknown>): string {
  const ref = randomBytes(4).toString("hex");
  console.error(`[liandong] error ref=${ref}`, context ?? {}, error);
  return ref;
}
