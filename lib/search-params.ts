// Reading list filters from the URL: strings trimmed, numbers validated, nothing else trusted.
import { isCalendarDate, type IsoDate } from "@/lib/domain/dates";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A filter value that was not used because it is not valid (the page says so; an export refuses). */
export type FilterProblem = { key: string; value: string };

export function param(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s.slice(0, 200) : undefined;
}

/**
 * A calendar date from the URL. An impossible date (2026-02-30, 0000-00-00) is left out of the
 * filter and added to `problems`, so the page shows the list with a message instead of failing.
 */
export function dateParam(params: SearchParams, key: string, problems: FilterProblem[]): IsoDate | undefined {
  const v = param(params, key);
  if (!v) return undefined;
  if (isCalendarDate(v)) return v;
  problems.push({ key, value: v.slice(0, 40) });
  return undefined;
}

export function intParam(params: SearchParams, key: string): number | undefined {
  const s = param(params, key);
  return s && /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

export function enumParam<T extends string>(params: SearchParams, key: string, values: readonly T[]): T | undefined {
  const s = param(params, key);
  return s && (values as readonly string[]).includes(s) ? (s as T) : undefined;
}

/** The string form of the filters, for building links (pagination keeps the filters). */
export function filterParams(params: SearchParams, keys: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, param(params, k)]));
}
