// The one result type every server action returns, and the wrapper that produces it.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

/** fieldErrors and formError hold message keys (messages/*\/validation.json and errors.json). */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | ActionFailure;

export type ActionFailure = { ok: false; fieldErrors?: Record<string, string[]>; formError?: string };

/** Field errors from a failed zod parse, as message keys by field path. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Runs an action body and maps failures onto ActionResult: AppErrors become their code,
 * anything unexpected is logged with a reference and shown as a generic message.
 * Next's redirect()/notFound() signals pass through.
 */
export async function runAction<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
    }
    const ref = logError(error);
    return { ok: false, formError: `unexpected:${ref}` };
  }
}

/** Parses input with a schema; on failure throws nothing and returns the field errors. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; result: ActionFailure } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, result: { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: "validation" } };
}

/** A record id passed to an action (bound arguments come from the client): a positive integer or notFound. */
export function recordId(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value === "string" && /^\d{1,9}$/.test(value)) return Number(value);
  throw new AppError("notFound");
}
