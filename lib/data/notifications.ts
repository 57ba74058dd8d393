// Notices to organisations (invitations, reschedules, works notices, ...), read per user, and
// their delivery by e-mail, SMS or webhook through the outbox. Features write them with notify()
// inside the transaction of the change that causes them (docs/decisions/062, 063).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, type Permission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { entityHref } from "@/lib/navigation";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { enqueueNotificationDeliveries } from "@/lib/data/outbox";
import { allColumns, countRows, findRow, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

const NOTIFICATION_COLUMNS = allColumns("Notification");

export type NotificationInput = {
  type: string;
  entityType: string;
  entityId: number;
  /** A key of the "notifications" catalog; params fill its placeholders. */
  message: string;
  params?: Record<string, string | number>;
};

export async function notify(tx: Tx, orgIds: readonly number[], input: NotificationInput): Promise<void> {
  const unique = [...new Set(orgIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({
    data: unique.map((orgId) => ({
      orgId, type: input.type, entityType: input.entityType, entityId: input.entityId, message: input.message,
      params: JSON.stringify(input.params ?? {}),
    })),
  });
  await enqueueNotificationDeliveries(tx, unique, input);
}

export type NotificationItem = {
  id: number;
  type: string;
  entityType: string;
  entityId: number;
  message: string;
  params: Record<string, string | number>;
  createdAt: Date;
  /** Read by this user. */
  read: boolean;
  /** Where the notice leads, only when this user may open it (never a 404). */
  href: string | null;
};

/** The user's "read through" mark: every notice of the organisation up to it is read. */
async function readThrough(actor: Actor): Promise<number> {
  return (await findRow("User", { where: { id: actor.userId }, select: ["notificationsReadThrough"] }))?.notificationsReadThrough ?? 0;
}

/** Which records of each kind a notice may link to for this actor: the record page's own
 * permission and scope (the page would otherwise answer 404). */
const LINKABLE: Record<string, { permission: Permission; visible: (actor: Actor, ids: number[]) => Promise<{ id: number }[]> }> = {
  Dispute: { permission: "disputes.view", visible: (a, ids) => findRows("Dispute", { where: scoped(a, "dispute", { id: { in: ids } }), select: ["id"] }) },
  JointMeeting: { permission: "meetings.view", visible: (a, ids) => findRows("JointMeeting", { where: scoped(a, "jointMeeting", { id: { in: ids } }), select: ["id"] }) },
  Resolution: { permission: "resolutions.view", visible: (a, ids) => findRows("Resolution", { where: scoped(a, "resolution", { id: { in: ids } }), select: ["id"] }) },
  Complaint: { permission: "complaints.view", visible: (a, ids) => findRows("Complaint", { where: scoped(a, "complaint", { id: { in: ids } }), select: ["id"] }) },
  EnforcementReferral: { permission: "referrals.view", visible: (a, ids) => findRows("EnforcementReferral", { where: scoped(a, "enforcementReferral", { id: { in: ids } }), select: ["id"] }) },
  PlannedWorks: { permission: "works.view", visible: (a, ids) => findRows("PlannedWorks", { where: scoped(a, "plannedWorks", { id: { in: ids } }), select: ["id"] }) },
  Outage: { permission: "outages.view", visible: (a, ids) => findRows("Outage", { where: scoped(a, "outage", { id: { in: ids } }), select: ["id"] }) },
  AccountabilityRecord: { permission: "accountability.view", visible: (a, ids) => findRows("AccountabilityRecord", { where: scoped(a, "accountabilityRecord", { id: { in: ids } }), select: ["id"] }) },
};

/** "Type:id" of the records among these notices that the actor may open (one query per kind). */
async function linkableRecords(actor: Actor, rows: readonly { entityType: string; entityId: number }[]): Promise<Set<string>> {
  const byType = new Map<string, number[]>();
  for (const r of rows) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r.entityId]);
  const visible = new Set<string>();
  await Promise.all([...byType].map(async ([type, ids]) => {
    const kind = LINKABLE[type];
    if (!kind || !can(actor, kind.permission)) return;
    for (const { id } of await kind.visible(actor, [...new Set(ids)])) visible.add(`${type}:${id}`);
  }));
  return visible;
}

async function present(actor: Actor, rows: ModelRow<"Notification">[]): Promise<NotificationItem[]> {
  const [through, reads, linkable] = await Promise.all([
    readThrough(actor),
    findRows("NotificationRead", { where: { userId: actor.userId, notificationId: { in: rows.map((r) => r.id) } }, select: ["notificationId"] }),
    linkableRecords(actor, rows),
  ]);
  const readIds = new Set(reads.map((r) => r.notificationId));
  return rows.map((n) => ({
    id: n.id, type: n.type, entityType: n.entityType, entityId: n.entityId, message: n.message, createdAt: n.createdAt,
    params: JSON.parse(n.params) as Record<string, string | number>,
    read: n.id <= through || readIds.has(n.id),
    href: linkable.has(`${n.entityType}:${n.entityId}`) ? entityHref(n.entityType, n.entityId) : null,
  }));
}

/** The organisation's notices, newest first, with this user's read state; unreadOnly leaves out
 * those the user has read (keyset pages on id). */
export async function listNotifications(actor: Actor, options: { unreadOnly?: boolean }, page: PageRequest): Promise<Page<NotificationItem>> {
  // The whole list starts above 0; the unread one above the user's "read through" mark.
  const through = options.unreadOnly ? await readThrough(actor) : 0;
  const where = scoped(actor, "notification", {
    ...(page.cursor ? { id: { lt: page.cursor, gt: through } } : { id: { gt: through } }),
    // Read one by one after the mark: left out of the unread list.
    ...(options.unreadOnly ? { reads: { none: { userId: actor.userId } } } : {}),
  });
  const rows = await findRows("Notification", { where, select: NOTIFICATION_COLUMNS, orderBy: [["id", "desc"]], take: page.size + 1 });
  const paged = pageOf(rows, page.size, (r) => r.id);
  return { rows: await present(actor, paged.rows), nextCursor: paged.nextCursor };
}

/** How many of the organisation's notices this user has not read: two indexed counts (the
 * notices after the user's mark, minus those read one by one after it). */
export async function countUnread(actor: Actor): Promise<number> {
  const through = await readThrough(actor);
  const [after, readAfter] = await Promise.all([
    countRows("Notification", scoped(actor, "notification", { id: { gt: through } })),
    countRows("NotificationRead", { userId: actor.userId, notificationId: { gt: through }, notification: { orgId: actor.orgId } }),
  ]);
  return Math.max(0, after - readAfter);
}

/** Marks notices read for this user: some (of the organisation's own), or all up to the newest. */
export async function markNotificationsRead(actor: Actor, ids: readonly number[] | "all"): Promise<void> {
  if (ids === "all") {
    const newest = await db.notification.findFirst({ where: scoped(actor, "notification", {}), orderBy: { id: "desc" }, select: { id: true } });
    if (!newest) return;
    await db.$transaction(async (tx) => {
      await tx.user.updateMany({ where: { id: actor.userId, notificationsReadThrough: { lt: newest.id } }, data: { notificationsReadThrough: newest.id } });
      await tx.notificationRead.deleteMany({ where: { userId: actor.userId, notificationId: { lte: newest.id } } });
    });
    return;
  }
  const mine = await db.notification.findMany({ where: scoped(actor, "notification", { id: { in: [...ids] } }), select: { id: true } });
  for (const { id } of mine) {
    await db.notificationRead.upsert({ where: { userId_notificationId: { userId: actor.userId, notificationId: id } }, create: { userId: actor.userId, notificationId: id }, update: {} });
  }
}

/** Opens a notice: marks it read for this user and says where it leads (null when the record is
 * no longer the user's to see). A notice of another organisation is not found. */
export async function openNotification(actor: Actor, id: number): Promise<{ href: string | null } | null> {
  const row = await db.notification.findFirst({ where: scoped(actor, "notification", { id }) });
  if (!row) return null;
  await markNotificationsRead(actor, [id]);
  const [item] = await present(actor, [row]);
  return { href: item!.href };
}
