// RFC 9457 problem details for the integration API (docs/decisions/071): every refusal is
// `application/problem+json` with type, title, status, detail and, for bad fields, `errors` with
// a JSON pointer and a message in the caller's language (Chinese unless it asks for English).
// Pure: the route layer (lib/api/http.ts) turns these into responses.
import { createTranslator } from "use-intl/core";
import { isAppError } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

export const PROBLEM_TYPES = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  orderConflict: 409,
  conflict: 409,
  invalidTransition: 409,
  unsupportedMediaType: 415,
  validation: 422,
  rateLimited: 429,
  unexpected: 500,
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export type FieldProblem = { pointer: string; detail: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
  /** For unexpected failures: the reference in the server log. */
  reference?: string;
};

/** Where a problem type is explained (a section of the API's docs page). */
export function problemTypeUri(type: ProblemType): string {
  return `/api/v1/docs#problem-${type}`;
}

/** English when the caller prefers it over Chinese; Chinese otherwise. */
export function apiLocale(acceptLanguage: string | null): Locale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

export function problem(type: ProblemType, locale: Locale, options: { fieldErrors?: Record<string, string[]>; params?: Record<string, string | number>; reference?: string } = {}): Problem {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "integrations" });
  const v = createTranslator({ locale, messages, namespace: "validation" });
  const out: Problem = {
    type: problemTypeUri(type),
    title: t(`problem.${type}.title` as never),
    status: PROBLEM_TYPES[type],
    detail: t(`problem.${type}.detail` as never, (options.params ?? {}) as never),
  };
  if (options.fieldErrors) {
    out.errors = Object.entries(options.fieldErrors).flatMap(([field, keys]) =>
      keys.map((key) => ({ pointer: field === "_form" ? "#" : `#/${field.split(".").join("/")}`, detail: v.has(key as never) ? v(key as never) : key })),
    );
  }
  if (options.reference) out.reference = options.reference;
  return out;
}

/** A data-layer failure as a problem: expected codes map to their type, anything else is unexpected (null). */
export function problemForError(error: unknown, locale: Locale): Problem | null {
  if (!isAppError(error)) return null;
  switch (error.code) {
    case "validation":
      return problem("validation", locale, { fieldErrors: error.fieldErrors ?? {} });
    case "notFound":
      return problem("notFound", locale);
    case "forbidden":
      return problem("forbidden", locale);
    case "conflict":
      return problem("conflict", locale);
    case "orderConflict":
      return problem("orderConflict", locale);
    case "invalidTransition":
      return problem("invalidTransition", locale);
    case "rateLimited":
      return problem("rateLimited", locale);
    default:
      return null;
  }
}
