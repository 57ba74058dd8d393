// A list of notices with this user's read state: the text links through /notifications/[id]
// (which marks it read and opens the record) only when the record is the user's to see.
import { getFormatter, getTranslations } from "next-intl/server";
import type { NotificationItem } from "@/lib/data/notifications";
import { Badge } from "@/components/ui/badge";

export async function NotificationList({ rows }: { rows: NotificationItem[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ul className="divide-y divide-slate-100" data-testid="notification-list">
      {rows.map((n) => {
        const key = `notifications.${n.message}`;
        const text = t.has(key as never) ? t(key as never, n.params as never) : n.message;
        return (
          <li key={n.id} className="flex items-start justify-between gap-3 py-2" data-read={n.read ? "1" : "0"}>
            <div className="min-w-0 text-sm">
              {!n.read ? <Badge tone="info" className="mr-2">{t("home.new")}</Badge> : null}
              {n.href ? (
                // A full page load (not a client navigation): opening marks the notice read, and the
                // header's unread count is in the layout, which a client navigation keeps.
                <a href={`/notifications/${n.id}`} className={n.read ? "text-brand-700 hover:underline" : "font-semibold text-brand-800 hover:underline"}>{text}</a>
              ) : (
                <>
                  <span>{text}</span>
                  <span className="ml-2 text-xs text-slate-500">{t("home.notificationGone")}</span>
                </>
              )}
            </div>
            <time className="shrink-0 text-xs text-slate-500" dateTime={n.createdAt.toISOString()}>
              {format.dateTime(n.createdAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
