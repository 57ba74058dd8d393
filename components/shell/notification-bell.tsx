// The header's link to the notification centre with this user's unread count.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { countUnread } from "@/lib/data/notifications";
import type { Actor } from "@/lib/scope";

export async function NotificationBell({ actor }: { actor: Actor }) {
  const [t, unread] = await Promise.all([getTranslations("home"), countUnread(actor)]);
  const label = unread > 0 ? t("unreadBadge", { count: unread }) : t("notificationCentre");
  return (
    <Link href="/notifications" className="relative inline-flex items-center gap-1 rounded px-2 py-1 text-xs ring-1 ring-white/40 hover:bg-white/10" title={label} data-testid="notification-bell">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current"><path d="M10 2a5 5 0 0 0-5 5v3.6L3.3 13.3A1 1 0 0 0 4.1 15h11.8a1 1 0 0 0 .8-1.7L15 10.6V7a5 5 0 0 0-5-5Zm0 18a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 10 20Z" /></svg>
      <span className="sr-only sm:not-sr-only">{t("notifications")}</span>
      {unread > 0 ? <span className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-[11px] font-semibold leading-5 text-white" data-testid="unread-count">{unread > 99 ? "99+" : unread}</span> : null}
      {unread > 0 ? <span className="sr-only">{t("unreadBadge", { count: unread })}</span> : null}
    </Link>
  );
}
