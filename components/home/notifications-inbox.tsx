// The organisation's latest notices on the home page, with this user's read state; the whole
// list is the notification centre (/notifications).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { listNotifications } from "@/lib/data/notifications";
import type { Actor } from "@/lib/scope";
import { Card, EmptyState } from "@/components/ui/layout";
import { NotificationList } from "@/components/notifications/notification-list";
import { markAllReadAction } from "@/app/(app)/actions";

export async function NotificationsInbox({ actor }: { actor: Actor }) {
  const [t, page] = await Promise.all([getTranslations(), listNotifications(actor, {}, { size: 8 })]);
  const unread = page.rows.some((n) => !n.read);
  return (
    <Card
      title={t("home.notifications")}
      actions={
        <div className="flex items-center gap-3">
          {unread ? (
            <form action={markAllReadAction}>
              <button type="submit" className="text-sm text-brand-700 hover:underline">{t("home.markAllRead")}</button>
            </form>
          ) : null}
          <Link href="/notifications" className="text-sm text-brand-700 hover:underline">{t("home.allNotifications")}</Link>
        </div>
      }
    >
      {page.rows.length === 0 ? <EmptyState>{t("home.noNotifications")}</EmptyState> : <NotificationList rows={page.rows} />}
    </Card>
  );
}
