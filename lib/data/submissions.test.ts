// Idempotency keys of form submissions (issue 11): the same submission sent twice (a retry after
// a crash or a lost answer) changes the database once and gets the same answer.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { noteActionUser, noteSubmissionKey, runWithActionContext } from "@/lib/action-context";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/data/audit";
import { writeTransaction } from "@/lib/data/submissions";
import { AppError } from "@/lib/errors";
import { actorFor } from "@/lib/testing/actors";

/** One run of an action: its context carries the form's key and the user, like runAction does. */
function submit<T>(key: string, userId: number, body: () => Promise<T>): Promise<T> {
  return runWithActionContext(async () => {
    noteSubmissionKey({ submissionKey: key });
    noteActionUser(userId);
    return body();
  });
}

describe("form submission keys", () => {
  it("a submission sent twice writes once and answers the same both times", async () => {
    const actor = await actorFor("street.clerk");
    const key = randomUUID();
    const write = () => writeTransaction(async (tx) => {
      await writeAudit(tx, actor, { action: "test.idempotent", entity: "Test", entityId: key });
      return { id: 42 };
    });
    const first = await submit(key, actor.userId, write);
    const second = await submit(key, actor.userId, write);
    expect(second).toEqual(first);
    expect(await db.auditLog.count({ where: { action: "test.idempotent", entityId: key } })).toBe(1);
  });

  it("the key is the user's own: another user sending it does their own write", async () => {
    const a = await actorFor("street.clerk");
    const b = await actorFor("street.leader");
    const key = randomUUID();
    const write = (who: typeof a) => () => writeTransaction((tx) => writeAudit(tx, who, { action: "test.idempotent.user", entity: "Test", entityId: key }));
    await submit(key, a.userId, write(a));
    await submit(key, b.userId, write(b));
    expect(await db.auditLog.count({ where: { action: "test.idempotent.user", entityId: key } })).toBe(2);
  });

  it("a submission that failed is not remembered: sending it again does the work", async () => {
    const actor = await actorFor("street.clerk");
    const key = randomUUID();
    let fail = true;
    const write = () => writeTransaction(async (tx) => {
      await writeAudit(tx, actor, { action: "test.idempotent.retry", entity: "Test", entityId: key });
      if (fail) throw new AppError("conflict");
    });
    await expect(submit(key, actor.userId, write)).rejects.toMatchObject({ code: "conflict" });
    fail = false;
    await submit(key, actor.userId, write);
    expect(await db.auditLog.count({ where: { action: "test.idempotent.retry", entityId: key } })).toBe(1);
  });

  it("each write of an action has its own place: a retry replays the committed ones in order", async () => {
    const actor = await actorFor("street.clerk");
    const key = randomUUID();
    const twoWrites = async () => {
      const a = await writeTransaction(async (tx) => { await writeAudit(tx, actor, { action: "test.idempotent.first", entity: "Test", entityId: key }); return 1; });
      const b = await writeTransaction(async (tx) => { await writeAudit(tx, actor, { action: "test.idempotent.second", entity: "Test", entityId: key }); return 2; });
      return [a, b];
    };
    expect(await submit(key, actor.userId, twoWrites)).toEqual([1, 2]);
    expect(await submit(key, actor.userId, twoWrites)).toEqual([1, 2]);
    expect(await db.auditLog.count({ where: { action: { startsWith: "test.idempotent." }, entityId: key } })).toBe(2);
  });

  it("without a key (code, not a form) every call writes", async () => {
    const actor = await actorFor("street.clerk");
    const id = randomUUID();
    for (let i = 0; i < 2; i++) await writeTransaction((tx) => writeAudit(tx, actor, { action: "test.nokey", entity: "Test", entityId: id }));
    expect(await db.auditLog.count({ where: { action: "test.nokey", entityId: id } })).toBe(2);
  });
});
