// Expected failures. An AppError carries a code that the UI turns into a message in the
// user's language (messages/*/errors.json); anything else is unexpected and logged.
export const APP_ERROR_CODES = [
  "notFound",
  "forbidden",
  "conflict",
  "invalidTransition",
  "validation",
  "unauthenticated",
  "rateLimited",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number] | (string & {});

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  constructor(code: AppErrorCode, options?: { fieldErrors?: Record<string, string[]>; message?: string }) {
    super(options?.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A record outside the actor's scope, or missing: the same answer for both. */
export function notFound(): AppError {
  return new AppError("notFound");
}

/** Optimistic concurrency: the record changed since the user loaded it. */
export function conflict(): AppError {
  return new AppError("conflict");
}
