// Optimistic concurrency: every editable record has a version column. An update names the
// version the user loaded; if somebody saved in between, nothing is written and the user is told.
import "server-only";
import { conflict, notFound } from "@/lib/errors";

/**
 * Interprets the count of an updateMany({ where: { id, version, ...scope } }):
 * 1 is success; 0 means the record is gone from scope (notFound) or changed (conflict).
 */
export async function assertUpdated(count: number, stillVisible: () => Promise<boolean>): Promise<void> {
  if (count === 1) return;
  throw (await stillVisible()) ? conflict() : notFound();
}
