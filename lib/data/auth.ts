// Sign-in and the session's user: the only data functions that run before there is an Actor.
import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attemptsSince, nextAttemptAt, signInWaitUntil, THROTTLE_RULES, type Attempt } from "@/lib/domain/sign-in-throttle";
import { passwordBytes, PASSWORD_MAX_BYTES } from "@/lib/domain/password";
import { orgKindSchema, roleSchema } from "@/lib/domain/organisation";
import { scopeOf, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { directory } from "@/lib/data/directory";
import { findRow } from "@/lib/data/read";
import type { Tx } from "@/lib/db";

export const BCRYPT_COST = 10;
// Compared against when the user does not exist, so timing does not reveal valid user names.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password-Aa1!", BCRYPT_COST);
/** Attempts are needed for an hour (the throttle's window); a day is kept, the audit log keeps all. */
const ATTEMPT_RETENTION_MS = 24 * 3600 * 1000;

export type SignInOutcome =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; until: Date };

/** The browser the attempt comes from: its device id and whether it signed in as this user before. */
export type SignInDevice = { id: string; recognised: boolean } | null;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** bcrypt reads 72 bytes; a longer password can never be one the policy allowed, so it never matches. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash);
  return matches && passwordBytes(password) <= PASSWORD_MAX_BYTES;
}

const attemptFields = { success: true, createdAt: true } as const;
const asAttempts = (rows: { success: boolean; createdAt: Date }[]): Attempt[] => rows.map((r) => ({ success: r.success, at: r.createdAt }));

/** Records an attempt and drops attempts older than a day (the tables stay small). */
async function recordAttempt(tx: Tx, data: { username: string; success: boolean; throttled?: boolean; kind: "signIn" | "currentPassword"; ip: string; device?: string }, now: Date): Promise<void> {
  await tx.signInAttempt.create({ data: { ...data, createdAt: now } });
  await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } } });
}

/**
 * Checks a user name and password, applying the progressive delay per address, per name and per
 * browser (lib/domain/sign-in-throttle.ts), and records the attempt.
 */
export async function authenticate(usernameInput: string, password: string, ip: string, device: SignInDevice = null): Promise<SignInOutcome> {
  const username = usernameInput.trim().toLowerCase().slice(0, 100);
  const now = new Date();
  const since = attemptsSince(now);
  const counted = { kind: "signIn", throttled: false, createdAt: { gte: since } } as const;
  const [byAddress, byName, byDevice] = await Promise.all([
    ip ? db.signInAttempt.findMany({ where: { ...counted, ip, success: false }, select: attemptFields }) : Promise.resolve([]),
    db.signInAttempt.findMany({ where: { ...counted, username }, select: attemptFields }),
    device ? db.signInAttempt.findMany({ where: { ...counted, device: device.id }, select: attemptFields }) : Promise.resolve([]),
  ]);
  const history = { address: asAttempts(byAddress), name: asAttempts(byName), device: asAttempts(byDevice), recognised: device?.recognised ?? false };
  const until = signInWaitUntil(history, now);
  if (until) {
    await db.$transaction(async (tx) => {
      await recordAttempt(tx, { username, success: false, throttled: true, kind: "signIn", ip, device: device?.id }, now);
      await writeAudit(tx, null, { action: "auth.signInThrottled", entity: "User", entityId: username, ip, details: { until: until.toISOString() } });
    });
    return { ok: false, reason: "throttled", until };
  }

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, name: true, orgId: true, passwordHash: true, active: true, sessionVersion: true, org: { select: { active: true } } },
  });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user && passwordOk && user.active && user.org.active);

  await db.$transaction(async (tx) => {
    await recordAttempt(tx, { username, success: ok, kind: "signIn", ip, device: device?.id }, now);
    if (ok && user) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAudit(tx, user && ok ? { userId: user.id, orgId: user.orgId, name: user.name } : null, {
      action: ok ? "auth.signIn" : "auth.signInFailed",
      entity: "User",
      entityId: user?.id ?? username,
      ip,
    });
  });
  if (!ok || !user) {
    // This failure may be the one that starts a wait: say so at once.
    const failed = { success: false, at: now };
    const next = signInWaitUntil({ ...history, address: [...history.address, failed], name: [...history.name, failed], device: device ? [...history.device, failed] : [] }, now);
    return next ? { ok: false, reason: "throttled", until: next } : { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * The change-password form's check of the current password, slowed down like sign-in (per user):
 * a stolen session must not become a way to guess the password. Throws AppError("throttled:…")
 * while the user must wait, validation on a wrong password.
 */
export async function checkCurrentPassword(actor: Pick<Actor, "userId" | "username" | "orgId" | "name">, password: string, ip: string): Promise<void> {
  const now = new Date();
  const attempts = await db.signInAttempt.findMany({
    where: { kind: "currentPassword", throttled: false, username: actor.username, createdAt: { gte: attemptsSince(now) } },
    select: attemptFields,
  });
  const rule = THROTTLE_RULES.currentPassword;
  const until = nextAttemptAt(asAttempts(attempts), rule, now);
  if (until) {
    await db.$transaction(async (tx) => {
      await recordAttempt(tx, { username: actor.username, success: false, throttled: true, kind: "currentPassword", ip }, now);
      await writeAudit(tx, actor, { action: "account.passwordCheckThrottled", entity: "User", entityId: actor.userId, ip, details: { until: until.toISOString() } });
    });
    throw new AppError(`throttled:${until.toISOString()}`);
  }
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  const ok = Boolean(user && (await verifyPassword(password, user.passwordHash)));
  await db.$transaction(async (tx) => {
    await recordAttempt(tx, { username: actor.username, success: ok, kind: "currentPassword", ip }, now);
    if (!ok) await writeAudit(tx, actor, { action: "account.wrongCurrentPassword", entity: "User", entityId: actor.userId, ip });
  });
  if (ok) return;
  const next = nextAttemptAt([...asAttempts(attempts), { success: false, at: now }], rule, now);
  if (next) throw new AppError(`throttled:${next.toISOString()}`, { fieldErrors: { currentPassword: ["password.wrongCurrent"] } });
  throw new AppError("validation", { fieldErrors: { currentPassword: ["password.wrongCurrent"] } });
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
