import { describe, expect, it } from "vitest";
import { actorForSession, authenticate, signOutSession } from "@/lib/data/auth";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import demo from "@/prisma/demo-users.json" with { type: "json" };

describe("authenticate", () => {
  it("accepts the right password and records the attempt", async () => {
    const outcome = await authenticate("Street.Clerk", demo.password, "127.0.0.1");
    expect(outcome.ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "auth.signIn", entityId: String(outcome.ok ? outcome.userId : 0) } })).toBeGreaterThan(0);
  });

  it("locks an account after five failures and then refuses the right password", async () => {
    const username = "owners.leader";
    for (let i = 0; i < 4; i++) expect(await authenticate(username, `wrong-${i}`, "")).toEqual({ ok: false, reason: "invalid" });
    const fifth = await authenticate(username, "wrong-5", "");
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    expect(await authenticate(username, demo.password, "")).toMatchObject({ ok: false, reason: "locked" });
    // Clean up for other tests: the attempts are this test's own records.
    await db.signInAttempt.deleteMany({ where: { username } });
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
