// Readings that many users share and few writes change (the directory, the duty matrix, rankings,
// supervision counts), kept in memory per server process (docs/decisions/045). Each reading is
// stored with the DataVersion counters it depends on; triggers bump a counter in the same
// transaction as every change to its tables, so a reading is served only while nothing it depends
// on has changed — in this process or any other. Concurrent requests for the same reading share
// one computation.
import "server-only";
import { sql } from "kysely";
import { readNumber } from "@/lib/db-read";
import { cityDate } from "@/lib/domain/dates";
import { scopeKey, type Actor } from "@/lib/scope";

/** The counters of the DataVersion table (migration 20261206063203_data_versions). */
export type CacheTag = "directory" | "matters";

/**
 * Two bounded stores, the least recently used reading first out of each: readings shared across
 * the city or a scope (the directory, options, rankings), and readings of one organisation (its
 * inboxes and supervision, sharedForOrg). Apart, so that hundreds of organisations signed in at
 * once do not push the rankings or the directory out.
 */
type Entry = { versions: string; value: Promise<unknown> };
type Store = { entries: Map<string, Entry>; max: number };
const globalForCache = globalThis as unknown as { liandongSharedReadings?: { common: Store; perOrganisation: Store } };
const stores = (globalForCache.liandongSharedReadings ??= {
  common: { entries: new Map(), max: 400 },
  perOrganisation: { entries: new Map(), max: 1000 },
});

/** The current value of a counter (one indexed read on the read connection; on SQLite synchronous, its statement kept). */
export function dataVersion(tag: CacheTag): number | Promise<number> {
  return readNumber(sql<{ v: number | null }>`SELECT "version" AS "v" FROM "DataVersion" WHERE "name" = ${tag}`);
}

/**
 * The reading under `key`, computed by `compute` unless a reading made at the same counters of
 * `tags` is kept. The key must name everything else the reading depends on (the actor's scope,
 * the period, today's date).
 */
export async function shared<T>(key: string, tags: readonly CacheTag[], compute: () => Promise<T>): Promise<T> {
  return keep(stores.common, key, tags, compute);
}

function keep<T>(store: Store, key: string, tags: readonly CacheTag[], compute: () => Promise<T>): Promise<T> {
  const read = tags.map(dataVersion);
  if (read.every((v) => typeof v === "number")) return keepAt(store, key, read.join("."), compute);
  return Promise.all(read).then((v) => keepAt(store, key, v.join("."), compute));
}

function keepAt<T>(store: Store, key: string, versions: string, compute: () => Promise<T>): Promise<T> {
  const { entries } = store;
  const kept = entries.get(key);
  if (kept && kept.versions === versions) {
    // Most recently used last.
    entries.delete(key);
    entries.set(key, kept);
    return kept.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { versions, value });
  if (entries.size > store.max) entries.delete(entries.keys().next().value!);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** What a reading of one organisation's matters depends on besides the data: who reads (the
 * organisation, its scope, the role that decides what it may see, an API system's own grants),
 * and the day its deadlines are counted from; `perMinute` for readings that also hold "now". */
function orgKey(actor: Actor, perMinute: boolean): string {
  const now = new Date();
  const when = perMinute ? `${cityDate(now)}T${Math.floor(now.getTime() / 60_000)}` : cityDate(now);
  return `${actor.orgId}:${scopeKey(actor.scope)}:${actor.role}:${actor.apiSystemId ?? ""}:${when}`;
}

/**
 * An organisation's inboxes and supervision are read by everyone of it on every home page: one
 * reading per organisation, role and day (minute, with `perMinute`) until a matter changes. The
 * value is shared between requests: callers must not change it, and must shape per user (e.g.
 * what of a resident's details a user may see) after reading it.
 */
export function sharedForOrg<T>(actor: Actor, what: string, compute: () => Promise<T>, perMinute = false): Promise<T> {
  return keep(stores.perOrganisation, `${what}:${orgKey(actor, perMinute)}`, ["matters", "directory"], compute);
}
