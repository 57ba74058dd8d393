// Sign-in and the session's user: the only data functions that run before there is an Actor.
import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { attemptsSince, lockedUntil } from "@/lib/domain/sign-in-throttle";
import { orgKindSchema, roleSchema } from "@/lib/domain/organisation";
import { scopeOf, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { directory } from "@/lib/data/directory";
import { findRow } from "@/lib/data/read";

export const BCRYPT_COST = 10;
// Compared against when the user does not exist, so timing does not reveal valid user names.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password-Aa1!", BCRYPT_COST);

export type SignInOutcome =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Checks a user name and password, applying the throttle, and records the attempt. */
export async function authenticate(usernameInput: string, password: string, ip: string): Promise<SignInOutcome> {
  const username = usernameInput.trim().toLowerCase();
  const now = new Date();
  const attempts = await db.signInAttempt.findMany({
    where: { username, createdAt: { gte: attemptsSince(now) } },
    select: { success: true, createdAt: true },
  });
  const until = lockedUntil(attempts.map((a) => ({ success: a.success, at: a.createdAt })), now);
  if (until) {
    await db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { username, success: false, ip } });
      await writeAudit(tx, null, { action: "auth.signInLocked", entity: "User", entityId: username, ip });
    });
    return { ok: false, reason: "locked", until };
  }

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, name: true, orgId: true, passwordHash: true, active: true, sessionVersion: true, org: { select: { active: true } } },
  });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user && passwordOk && user.active && user.org.active);

  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { username, success: ok, ip } });
    if (ok && user) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAudit(tx, user && ok ? { userId: user.id, orgId: user.orgId, name: user.name } : null, {
      action: ok ? "auth.signIn" : "auth.signInFailed",
      entity: "User",
      entityId: user?.id ?? username,
      ip,
    });
  });
  if (!ok || !user) {
    // This failure may be the one that locks the account: say so at once.
    const lockNow = lockedUntil([...attempts.map((a) => ({ success: a.success, at: a.createdAt })), { success: false, at: now }], now);
    return lockNow ? { ok: false, reason: "locked", until: lockNow } : { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** The Actor for a session, or null when the user, their organisation or the session is no longer valid. */
export async function actorForSession(userId: number, sessionVersion: number, sessionId: string): Promise<(Actor & { mustChangePassword: boolean; locale: string | null }) | null> {
  // Every signed-in request reads this: on the read path, the organisation from the directory.
  const [user, revoked, dir] = await Promise.all([
    findRow("User", { where: { id: userId }, select: ["id", "username", "name", "role", "active", "sessionVersion", "mustChangePassword", "locale", "orgId"] }),
    findRow("RevokedSession", { where: { sid: sessionId }, select: ["sid"] }),
    directory(),
  ]);
  const org = user ? dir.orgs.get(user.orgId) : undefined;
  if (!user || !org || revoked || !user.active || !org.active || user.sessionVersion !== sessionVersion) return null;
  const orgKind = orgKindSchema.parse(org.kind);
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    role: roleSchema.parse(user.role),
    orgId: org.id,
    orgName: org.name,
    orgKind,
    districtId: orgKind === "DISTRICT_GOVERNMENT" ? org.id : org.districtId,
    streetId: orgKind === "STREET_OFFICE" ? org.id : org.streetId,
    scope: scopeOf({ id: org.id, kind: orgKind, districtId: org.districtId }),
    mustChangePassword: user.mustChangePassword,
    locale: user.locale,
  };
}

/** Ends one session: its token is refused from now on, wherever a copy of it is. */
export async function signOutSession(actor: Actor, sessionId: string, expiresAt: Date, ip: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.revokedSession.upsert({ where: { sid: sessionId }, create: { sid: sessionId, userId: actor.userId, expiresAt }, update: {} });
    // Revocations of tokens that have expired anyway are no longer needed.
    await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await writeAudit(tx, actor, { action: "auth.signOut", entity: "User", entityId: actor.userId, ip });
  });
}
