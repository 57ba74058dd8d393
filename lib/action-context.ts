// What a server action's run knows beside its arguments (AsyncLocalStorage): the idempotency key
// of the form submission (sent by useActionForm, read by parseInput) and the signed-in user (set
// by requireActor). lib/data/submissions.ts reads both to make a retried submission harmless.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export type ActionContext = {
  submissionKey?: string;
  userId?: number;
  /** Write transactions run so far in this action: a retry replays them in the same order. */
  writes: number;
};

const storage = new AsyncLocalStorage<ActionContext>();

export function runWithActionContext<T>(body: () => Promise<T>): Promise<T> {
  return storage.run({ writes: 0 }, body);
}

export function actionContext(): ActionContext | undefined {
  return storage.getStore();
}

/** A key as useActionForm makes them (a random UUID); anything else is ignored. */
const KEY_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function noteSubmissionKey(input: unknown): void {
  const ctx = storage.getStore();
  const key = input && typeof input === "object" ? (input as { submissionKey?: unknown }).submissionKey : undefined;
  if (ctx && typeof key === "string" && KEY_RE.test(key)) ctx.submissionKey = key;
}

export function noteActionUser(userId: number): void {
  const ctx = storage.getStore();
  if (ctx) ctx.userId = userId;
}
