import { describe, expect, it } from "vitest";
import { actorForSession, authenticate, checkCurrentPassword, hashPassword, signOutSession, verifyPassword } from "@/lib/data/auth";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import demo from "@/prisma/demo-users.json" with { type: "json" };

describe("authenticate", () => {
  it("accepts the right password and records the attempt", async () => {
    const outcome = await authenticate("Street.Clerk", demo.password, "127.0.0.1");
    expect(outcome.ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "auth.signIn", entityId: String(outcome.ok ? outcome.userId : 0) } })).toBeGreaterThan(0);
  });

  it("slows a name down after five failures (even the right password waits), without locking it for 15 minutes", async () => {
    const username = "owners.leader";
    for (let i = 0; i < 4; i++) expect(await authenticate(username, `wrong-${i}`, "10.1.1.1")).toEqual({ ok: false, reason: "invalid" });
    const fifth = await authenticate(username, "wrong-5", "10.1.1.2");
    expect(fifth).toMatchObject({ ok: false, reason: "throttled" });
    const wait = fifth.ok === false && fifth.reason === "throttled" ? fifth.until.getTime() - Date.now() : 0;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1000);
    expect(await authenticate(username, demo.password, "10.1.1.3")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await db.auditLog.count({ where: { action: "auth.signInThrottled", entityId: username } })).toBeGreaterThan(0);
    // The user's own browser (signed in from before) is judged by its own failures only.
    expect(await authenticate(username, demo.password, "10.1.1.4", { id: "device-of-owners-leader", recognised: true })).toMatchObject({ ok: true });
    await db.signInAttempt.deleteMany({ where: { username } });
  });

  it("one address guessing many names is slowed down after ten failures (password spraying)", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < 9; i++) expect(await authenticate(`spray.${i}`, "Spring#2026abc", ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("spray.9", "Spring#2026abc", ip)).toMatchObject({ ok: false, reason: "throttled" });
    // A real user's right password from that address waits too, unless it is the user's own browser.
    expect(await authenticate("police.leader", demo.password, ip)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate("police.leader", demo.password, ip, { id: "device-of-police-leader", recognised: true })).toMatchObject({ ok: true });
    await db.signInAttempt.deleteMany({ where: { ip } });
  });

  it("refused attempts are not failures, and old attempts are pruned", async () => {
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await db.signInAttempt.create({ data: { username: "someone.old", success: false, ip: "10.0.0.5", createdAt: old } });
    await authenticate("someone.new", "whatever-Pass1", "10.0.0.6");
    expect(await db.signInAttempt.count({ where: { username: "someone.old" } })).toBe(0);
  });

  it("a password longer than bcrypt reads never matches, even when its first 72 bytes are right", async () => {
    expect(await verifyPassword(`${demo.password}${"x".repeat(80)}`, await hashPassword(demo.password))).toBe(false);
    const long = `Aa1#${"x".repeat(68)}`;
    expect(await verifyPassword(`${long}tail`, await hashPassword(long))).toBe(false);
    expect(await verifyPassword(long, await hashPassword(long))).toBe(true);
  });

  it("the change-password form's current password is slowed down per user", async () => {
    const actor = await actorFor("community.leader");
    for (let i = 0; i < 4; i++) await expect(checkCurrentPassword(actor, `wrong-${i}`, "")).rejects.toMatchObject({ code: "validation" });
    await expect(checkCurrentPassword(actor, "wrong-5", "")).rejects.toMatchObject({ code: expect.stringMatching(/^throttled:/) });
    await expect(checkCurrentPassword(actor, demo.password, "")).rejects.toMatchObject({ code: expect.stringMatching(/^throttled:/) });
    await db.signInAttempt.deleteMany({ where: { username: "community.leader", kind: "currentPassword" } });
    await expect(checkCurrentPassword(actor, demo.password, "")).resolves.toBeUndefined();
  });

  it("an unknown user name gets the same answer as a wrong password", async () => {
    expect(await authenticate("nobody.here", "whatever-Pass1", "")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a deactivated user cannot sign in and loses the session", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: "utility.clerk" } });
    expect(await actorForSession(user.id, user.sessionVersion, "s1")).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    try {
      expect(await authenticate("utility.clerk", demo.password, "")).toEqual({ ok: false, reason: "invalid" });
      expect(await actorForSession(user.id, user.sessionVersion, "s1")).toBeNull();
    } finally {
      await db.user.update({ where: { id: user.id }, data: { active: true } });
    }
  });

  it("signing out ends that session only", async () => {
    const actor = await actorFor("police.clerk");
    const user = await db.user.findUniqueOrThrow({ where: { username: "police.clerk" } });
    await signOutSession(actor, "session-a", new Date(Date.now() + 3_600_000), "");
    expect(await actorForSession(user.id, user.sessionVersion, "session-a")).toBeNull();
    expect(await actorForSession(user.id, user.sessionVersion, "session-b")).not.toBeNull();
  });
});
