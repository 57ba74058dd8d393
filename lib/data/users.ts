// User accounts: administration by admins, and each user's own password and language.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orgKindSchema } from "@/lib/domain/organisation";
import { AppError, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { roleAllowed } from "@/lib/validation/organisation";
import type { z } from "zod";
import type { createUserSchema, updateUserSchema } from "@/lib/validation/organisation";
import { writeAudit } from "@/lib/data/audit";
import { writeTransaction } from "@/lib/data/submissions";
import { checkCurrentPassword, hashPassword } from "@/lib/data/auth";
import { assertUpdated } from "@/lib/data/concurrency";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { directory, orgRef, type Directory, type OrgRef } from "@/lib/data/directory";
import { findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

const USER_COLUMNS = [
  "id", "username", "name", "position", "phone", "role", "active", "version", "mustChangePassword", "lastSignInAt", "createdAt", "orgId",
] as const satisfies readonly (keyof ModelRow<"User">)[];
/** A user account as administration lists it (never its password hash or session version). */
export type UserRow = Omit<Pick<ModelRow<"User">, (typeof USER_COLUMNS)[number]>, "orgId"> & { org: OrgRef };

function withOrg(dir: Directory, { orgId, ...u }: Pick<ModelRow<"User">, (typeof USER_COLUMNS)[number]>): UserRow {
  return { ...u, org: orgRef(dir, orgId) };
}

export type UserFilter = { q?: string; orgId?: number; role?: string; includeInactive?: boolean };

export async function listUsers(actor: Actor, filter: UserFilter, page: PageRequest): Promise<Page<UserRow>> {
  requirePermission(actor, "admin.users");
  const where: Prisma.UserWhereInput = scoped(actor, "user", {
    ...(filter.includeInactive ? {} : { active: true }),
    ...(filter.orgId ? { orgId: filter.orgId } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.q ? { OR: [{ username: { contains: filter.q } }, { name: { contains: filter.q } }] } : {}),
  });
  const [rows, dir] = await Promise.all([
    findRows("User", { where: page.cursor ? { AND: [where, { id: { gt: page.cursor } }] } : where, select: USER_COLUMNS, orderBy: [["id", "asc"]], take: page.size + 1 }),
    directory(),
  ]);
  return pageOf(rows.map((r) => withOrg(dir, r)), page.size, (r) => r.id);
}

export async function getUser(actor: Actor, id: number): Promise<UserRow> {
  requirePermission(actor, "admin.users");
  const [user, dir] = await Promise.all([findRow("User", { where: scoped(actor, "user", { id }), select: USER_COLUMNS }), directory()]);
  if (!user) throw notFound();
  return withOrg(dir, user);
}

export async function createUser(actor: Actor, data: z.output<typeof createUserSchema>, ip = ""): Promise<number> {
  requirePermission(actor, "admin.users");
  const passwordHash = await hashPassword(data.password);
  return writeTransaction(async (tx) => {
    const org = await tx.organisation.findFirst({ where: scoped(actor, "organisation", { id: data.orgId, active: true }), select: { kind: true } });
    if (!org) throw new AppError("validation", { fieldErrors: { orgId: ["required"] } });
    if (!roleAllowed(orgKindSchema.parse(org.kind), data.role)) throw new AppError("validation", { fieldErrors: { role: ["roleForKind"] } });
    const taken = await tx.user.findUnique({ where: { username: data.username }, select: { id: true } });
    if (taken) throw new AppError("validation", { fieldErrors: { username: ["duplicate"] } });
    const user = await tx.user.create({
      data: {
        username: data.username, name: data.name, position: data.position, phone: data.phone, orgId: data.orgId,
        role: data.role, passwordHash, mustChangePassword: true,
      },
    });
    await writeAudit(tx, actor, {
      action: "admin.user.create", entity: "User", entityId: user.id, summary: `${user.username} ${user.name}`,
      details: { username: data.username, orgId: data.orgId, role: data.role }, ip,
    });
    return user.id;
  });
}

export async function updateUser(actor: Actor, id: number, data: z.output<typeof updateUserSchema>, ip = ""): Promise<void> {
  requirePermission(actor, "admin.users");
  await writeTransaction(async (tx) => {
    const current = await tx.user.findFirst({ where: scoped(actor, "user", { id }), select: { name: true, role: true, org: { select: { kind: true } } } });
    if (!current) throw notFound();
    if (!roleAllowed(orgKindSchema.parse(current.org.kind), data.role)) throw new AppError("validation", { fieldErrors: { role: ["roleForKind"] } });
    if (id === actor.userId && data.role !== "ADMIN") throw new AppError("validation", { fieldErrors: { role: ["ownRole"] } });
    const { count } = await tx.user.updateMany({
      where: { id, version: data.version },
      data: {
        name: data.name, position: data.position, phone: data.phone, role: data.role, version: { increment: 1 },
        // A changed role takes effect at once: end the user's sessions.
        ...(data.role !== current.role ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, {
      action: "admin.user.update", entity: "User", entityId: id, summary: data.name,
      details: { before: { name: current.name, role: current.role }, after: { name: data.name, role: data.role } }, ip,
    });
  });
}

/** Sets a temporary password that the user must change at next sign-in; ends their sessions. */
export async function resetUserPassword(actor: Actor, id: number, password: string, version: number, ip = ""): Promise<void> {
  requirePermission(actor, "admin.users");
  const passwordHash = await hashPassword(password);
  await writeTransaction(async (tx) => {
    const current = await tx.user.findFirst({ where: scoped(actor, "user", { id }), select: { username: true } });
    if (!current) throw notFound();
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, { action: "admin.user.resetPassword", entity: "User", entityId: id, summary: current.username, ip });
  });
}

export async function setUserActive(actor: Actor, id: number, active: boolean, version: number, ip = ""): Promise<void> {
  requirePermission(actor, "admin.users");
  if (id === actor.userId && !active) throw new AppError("ownAccount");
  await writeTransaction(async (tx) => {
    const current = await tx.user.findFirst({ where: scoped(actor, "user", { id }), select: { username: true } });
    if (!current) throw notFound();
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { active, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await writeAudit(tx, actor, { action: active ? "admin.user.reactivate" : "admin.user.deactivate", entity: "User", entityId: id, summary: current.username, ip });
  });
}

/**
 * The signed-in user changes their own password. Other sessions end (the session version moves);
 * returns the new session version so the caller can keep the current session alive.
 */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string, ip = ""): Promise<number> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { username: true } });
  if (!user) throw notFound();
  await checkCurrentPassword(actor, currentPassword, ip);
  if (newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    throw new AppError("validation", { fieldErrors: { newPassword: ["password.containsUsername"] } });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await writeAudit(tx, actor, { action: "account.changePassword", entity: "User", entityId: actor.userId, ip });
    return updated.sessionVersion;
  });
}

export async function setOwnLocale(actor: Actor, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
}


