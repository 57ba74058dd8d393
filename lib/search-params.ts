// Reading list filters from the URL: strings trimmed, numbers validated, nothing else trusted.
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s.slice(0, 200) : undefined;
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
