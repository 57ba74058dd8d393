// The integration API's request pipeline, shared by every /api/v1 route handler: the caller's
// key (401), the per-key rate limit (429), the JSON body, and failures as RFC 9457 problem
// details (lib/api/problem.ts). Authorization itself stays in lib/data and lib/scope.ts: the
// handler gets the system's Actor and calls the same data functions as the pages.
import "server-only";
import type { z } from "zod";
import { parseInput } from "@/lib/action-result";
import { authenticateApiKey, takeRateLimit, type ApiCaller } from "@/lib/data/integration";
import type { Locale } from "@/lib/i18n/locales";
import { logError } from "@/lib/log";
import { apiLocale, problem, problemForError, type Problem, type ProblemType } from "@/lib/api/problem";
import { bearerKey } from "@/lib/api/keys";

/** Larger bodies are refused before parsing (a work order is a few kilobytes). */
const MAX_BODY_BYTES = 64 * 1024;

export type ApiContext = { caller: ApiCaller; locale: Locale; ip: string; request: Request };

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}

/** A refusal the handler decides itself (bad path parameter and the like). */
export class ApiProblem extends Error {
  constructor(readonly type: ProblemType, readonly fieldErrors?: Record<string, string[]>) {
    super(type);
  }
}

function clientIp(request: Request): string {
  // scripts/server.mjs puts the one address it decided (TRUSTED_PROXIES) into X-Forwarded-For.
  return (request.headers.get("x-forwarded-for")?.split(",")[0] ?? "").trim().slice(0, 64);
}

/**
 * Wraps a route handler: authenticates the key, counts the request against the key's limit, runs
 * the handler and maps its failures onto problem details.
 */
export function apiHandler<P>(handler: (ctx: ApiContext, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = apiLocale(request.headers.get("accept-language"));
    try {
      const key = bearerKey(request.headers.get("authorization"));
      const caller = key ? await authenticateApiKey(key) : null;
      if (!caller) return problemResponse(problem("unauthorized", locale), { "www-authenticate": 'Bearer realm="liandong-api"' });
      const decision = await takeRateLimit(caller.keyId, caller.system.rateLimit);
      const limitHeaders = { "ratelimit-limit": String(caller.system.rateLimit), "ratelimit-remaining": String(decision.remaining) };
      if (!decision.allowed) {
        return problemResponse(problem("rateLimited", locale, { params: { limit: caller.system.rateLimit, retryAfter: decision.retryAfterSeconds } }), {
          ...limitHeaders, "retry-after": String(decision.retryAfterSeconds),
        });
      }
      const response = await handler({ caller, locale, ip: clientIp(request), request }, await context.params);
      for (const [k, v] of Object.entries(limitHeaders)) response.headers.set(k, v);
      return response;
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(problem(error.type, locale, { fieldErrors: error.fieldErrors }));
      const known = problemForError(error, locale);
      if (known) return problemResponse(known);
      const reference = logError(error, { api: new URL(request.url).pathname });
      return problemResponse(problem("unexpected", locale, { reference }));
    }
  };
}

/** The request's JSON body, validated by `schema` (field errors as 422 problem details). */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ApiProblem("unsupportedMediaType");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw new ApiProblem("badRequest");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiProblem("badRequest");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new ApiProblem("badRequest");
  const parsed = parseInput(schema, json);
  if (!parsed.ok) throw new ApiProblem("validation", parsed.result.fieldErrors ?? {});
  return parsed.data;
}

/** A positive integer path parameter, or not found. */
export function idParam(value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new ApiProblem("notFound");
  return Number(value);
}
