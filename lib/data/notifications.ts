// Inbox feed: notices to organisations (invitations, reschedules, works notices, ...).
// Features write them with notify() inside the transaction of the change that causes them.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { scoped, type Actor } from "@/lib/scope";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { allColumns, countRows, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

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
}

export type NotificationRow = ModelRow<"Notification">;

const NOTIFICATION_COLUMNS = allColumns("Notification");

export async function listNotifications(actor: Actor, options: { unreadOnly?: boolean }, page: PageRequest): Promise<Page<NotificationRow>> {
  const where = scoped(actor, "notification", { ...(options.unreadOnly ? { readAt: null } : {}) });
  const rows = await findRows("Notification", {
    where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where,
    select: NOTIFICATION_COLUMNS,
    orderBy: [["id", "desc"]],
    take: page.size + 1,
  });
  return pageOf(rows, page.size, (r) => r.id);
}

export async function countUnread(actor: Actor): Promise<number> {
  return countRows("Notification", scoped(actor, "notification", { readAt: null }));
}

export async function markNotificationsRead(actor: Actor, ids: readonly number[] | "all"): Promise<void> {
  await db.notification.updateMany({
    where: scoped(actor, "notification", { readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) }),
    data: { readAt: new Date() },
  });
}
