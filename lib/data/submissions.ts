// Write transactions of users' actions (docs/decisions/057). Two things every such write needs:
// - a retried form submission is harmless: the form's idempotency key (useActionForm sends one per
//   submission, kept across retries) is stored with the transaction's result in the same
//   transaction; a retry of a submission that was already committed gets that result back instead
//   of a second change (a crash or a lost answer after the commit no longer makes a duplicate);
// - files stored during a transaction that then rolls back are removed again (lib/data/attachments.ts).
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { actionContext } from "@/lib/action-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Keys are kept long enough for any retry; older ones are dropped as new ones are written. */
const KEY_RETENTION_MS = 7 * 24 * 3600 * 1000;

type Scope = { rollbacks: (() => Promise<void>)[] };
const scopes = new AsyncLocalStorage<Scope>();

/** Inside writeTransaction: run `cleanup` if the transaction rolls back. */
export function onRollback(cleanup: () => Promise<void>): void {
  const scope = scopes.getStore();
  if (!scope) throw new Error("onRollback needs a writeTransaction");
  scope.rollbacks.push(cleanup);
}

/** Plain JSON (what a replay can give back exactly): ids, numbers, strings, lists, plain objects. */
function isJsonSafe(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonSafe);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isJsonSafe);
  return false;
}

type Stored = { v?: unknown; opaque?: true };

export async function writeTransaction<T>(body: (tx: Tx) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  const ctx = actionContext();
  const sequence = ctx ? ++ctx.writes : 0;
  const userId = ctx?.userId;
  const key = ctx?.submissionKey && userId ? `${ctx.submissionKey}#${sequence}` : null;
  const scope: Scope = { rollbacks: [] };
  try {
    return await scopes.run(scope, () =>
      db.$transaction(async (tx) => {
        if (key && userId) {
          const done = await tx.formSubmission.findUnique({ where: { userId_key: { userId, key } }, select: { result: true } });
          if (done) {
            const stored = JSON.parse(done.result) as Stored;
            // A result that JSON cannot give back exactly: say the submission was saved already.
            if (stored.opaque) throw new AppError("alreadySubmitted");
            return stored.v as T;
          }
        }
        const value = await body(tx);
        if (key && userId) {
          const stored: Stored = isJsonSafe(value) ? { v: value } : { opaque: true };
          await tx.formSubmission.create({ data: { userId, key, result: JSON.stringify(stored) } });
          await tx.formSubmission.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEY_RETENTION_MS) } } });
        }
        return value;
      }, options),
    );
  } catch (error) {
    for (const cleanup of scope.rollbacks) await cleanup().catch(() => undefined);
    throw error;
  }
}
