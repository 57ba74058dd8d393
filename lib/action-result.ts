// The one result type every server action returns, and the wrapper that produces it.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { noteSubmissionKey, runWithActionContext } from "@/lib/action-context";
import { MAX_ID } from "@/lib/validation/common";

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
    return await runWithActionContext(body);
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
    }
    const ref = logError(error);
    return { ok: false, formError: `unexpected:${ref}` };
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Paths of the strings in `value` that hold a lone UTF-16 surrogate (text no database or file can store). */
function unstorableTextPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) out.push(path.join(".") || "_form");
  } else if (value && typeof value === "object" && depth < 8 && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const [k, v] of Object.entries(value)) unstorableTextPaths(v, [...path, k], out, depth + 1);
  }
  return out;
}

/**
 * Parses input with a schema; on failure throws nothing and returns the field errors. Text with
 * a lone UTF-16 surrogate is refused beside its field first, whatever the schema (issue 11).
 * Notes the form submission's idempotency key for lib/data/submissions.ts.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; result: ActionFailure } {
  noteSubmissionKey(input);
  const unstorable = unstorableTextPaths(input);
  if (unstorable.length > 0) {
    return { ok: false, result: { ok: false, fieldErrors: Object.fromEntries(unstorable.map((p) => [p, ["invalidCharacters"]])), formError: "validation" } };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, result: { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: "validation" } };
}

/** A record id passed to an action (bound arguments come from the client): a positive integer or notFound. */
export function recordId(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_ID) return value;
  if (typeof value === "string" && /^\d{1,9}$/.test(value) && Number(value) > 0) return Number(value);
  throw new AppError("notFound");
}
