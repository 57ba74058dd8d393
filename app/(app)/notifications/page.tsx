import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { countUnread, listNotifications } from "@/lib/data/notifications";
import { pageRequest } from "@/lib/data/paging";
import { param, type SearchParams } from "@/lib/search-params";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { ListViews } from "@/components/ui/list-views";
import { Pagination } from "@/components/ui/pagination";
import { NotificationList } from "@/components/notifications/notification-list";
import { markAllReadAction } from "@/app/(app)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("notificationCentre") };
}

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const actor = await requireActor();
  const params = (await searchParams) as SearchParams;
  const unreadOnly = param(params, "unread") === "1";
  const [t, page, unread] = await Promise.all([getTranslations("home"), listNotifications(actor, { unreadOnly }, pageRequest(params, 30)), countUnread(actor)]);
  return (
    <>
      <PageHeader
        title={t("notificationCentre")}
        description={t("notificationCentreIntro", { count: unread })}
        actions={unread > 0 ? (
          <form action={markAllReadAction}>
            <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50">{t("markAllRead")}</button>
          </form>
        ) : null}
      />
      <Card>
        <ListViews
          label={t("notificationFilter")}
          views={[
            { href: "/notifications", label: t("allNotifications"), active: !unreadOnly },
            { href: "/notifications?unread=1", label: t("unreadNotifications", { count: unread }), active: unreadOnly },
          ]}
        />
        {page.rows.length === 0 ? <EmptyState>{t(unreadOnly ? "noUnread" : "noNotifications")}</EmptyState> : <NotificationList rows={page.rows} />}
        <Pagination basePath="/notifications" params={{ unread: unreadOnly ? "1" : undefined }} nextCursor={page.nextCursor} hasCursor={Boolean(params.cursor)} />
      </Card>
    </>
  );
}
