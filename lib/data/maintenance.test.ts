import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pruneExpiredRows } from "@/lib/data/maintenance";

describe("maintenance", () => {
  it("prunes attempts older than a day, revocations of expired sessions and submission keys older than a week", async () => {
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    await db.signInAttempt.create({ data: { username: "prune.me", success: false, createdAt: old } });
    await db.signInAttempt.create({ data: { username: "keep.me", success: false } });
    await db.publicRatingAttempt.create({ data: { ip: "10.3.3.3", ref: "TS-2000-000009", success: false, createdAt: old } });
    await db.revokedSession.create({ data: { sid: "prune-session", userId: 1, expiresAt: old } });
    await db.formSubmission.create({ data: { userId: 1, key: "prune-key#1", result: "{}", createdAt: old } });
    const pruned = await pruneExpiredRows();
    expect(pruned.signInAttempts).toBeGreaterThanOrEqual(1);
    expect(await db.signInAttempt.count({ where: { username: "prune.me" } })).toBe(0);
    expect(await db.signInAttempt.count({ where: { username: "keep.me" } })).toBe(1);
    expect(await db.publicRatingAttempt.count({ where: { ip: "10.3.3.3" } })).toBe(0);
    expect(await db.revokedSession.count({ where: { sid: "prune-session" } })).toBe(0);
    expect(await db.formSubmission.count({ where: { key: "prune-key#1" } })).toBe(0);
  });
});
