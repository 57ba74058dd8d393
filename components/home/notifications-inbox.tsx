// The organisation's notices (invitations, reschedules, works notices, ...), newest first.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listNotifications } from "@/lib/data/notifications";
import { entityHref } from "@/lib/navigation";
import type { Actor } from "@/lib/scope";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/layout";
import { markAllReadAction } from "@/app/(app)/actions";

export async function NotificationsInbox({ actor }: { actor: Actor }) {
  const [t, format, page] = await Promise.all([getTranslations(), getFormatter(), listNotifications(actor, {}, { size: 10 })]);
  const unread = page.rows.some((n) => !n.readAt);
  return (
    <Card
      title={t("home.notifications")}
      actions={
        unread ? (
          <form action={markAllReadAction}>
            <button type="submit" className="text-sm text-brand-700 hover:underline">{t("home.markAllRead")}</button>
          </form>
        ) : null
      }
    >
      {page.rows.length === 0 ? (
        <EmptyState>{t("home.noNotifications")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {page.rows.map((n) => {
            const href = entityHref(n.entityType, n.entityId);
            const params = JSON.parse(n.params) as Record<string, string | number>;
            const key = `notifications.${n.message}`;
            const text = t.has(key as never) ? t(key as never, params as never) : n.message;
            return (
              <li key={n.id} className="flex items-start justify-between gap-3 py-2">
                <div className="min-w-0">
                  {!n.readAt ? <Badge tone="info" className="mr-2">{t("home.new")}</Badge> : null}
                  {href ? <Link href={href} className="text-sm text-brand-700 hover:underline">{text}</Link> : <span className="text-sm">{text}</span>}
                </div>
                <time className="shrink-0 text-xs text-slate-500" dateTime={n.createdAt.toISOString()}>
                  {format.dateTime(n.createdAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
