import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getUser } from "@/lib/data/users";
import { orgKindSchema } from "@/lib/domain/organisation";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { EditUserForm, ResetPasswordForm } from "@/components/admin/lazy";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("user.edit") };
}

export default async function UserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const actor = await requireActor();
  const user = await loadOr404(async () => getUser(actor, routeId((await params).id)));
  const query = await searchParams;
  const notice = query.created === "1" ? "admin.user.created" : query.saved === "1" ? "common.saved" : query.reset === "1" ? "admin.user.passwordReset" : null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <>
      <PageHeader
        title={`${user.name}（${user.username}）`}
        description={user.org.name}
        breadcrumbs={<Link href="/admin/users" className="hover:underline">{t("nav.adminUsers")}</Link>}
      />
      <div className="space-y-5">
        {notice ? <Notice tone="success">{t(notice)}</Notice> : null}
        <Card title={t("admin.user.account")} actions={!user.active ? <Badge tone="warning">{t("common.inactive")}</Badge> : null}>
          <DescriptionList
            items={[
              { label: t("admin.user.username"), value: <span className="font-mono">{user.username}</span> },
              { label: t("admin.user.organisation"), value: <Link href={`/admin/organisations/${user.org.id}`} className="text-brand-700 hover:underline">{user.org.name}</Link> },
              { label: t("admin.user.lastSignIn"), value: user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : "—" },
              { label: t("admin.user.mustChange"), value: user.mustChangePassword ? t("common.yes") : t("common.no") },
            ]}
          />
        </Card>
        <ClientMessages namespaces={["admin", "org", "account"]}>
          <Card title={t("admin.user.edit")}>
            <EditUserForm
              key={`edit-${user.version}`}
              orgKind={orgKindSchema.parse(user.org.kind)}
              action={updateUserAction.bind(null, user.id)}
              initial={{ name: user.name, position: user.position, phone: user.phone, role: user.role as never, version: user.version }}
            />
          </Card>
          <Card title={t("admin.user.resetPassword")}>
            <ResetPasswordForm key={`reset-${user.version}`} version={user.version} action={resetPasswordAction.bind(null, user.id)} />
          </Card>
          <Card title={user.active ? t("admin.deactivateTitle") : t("admin.reactivateTitle")}>
            <p className="mb-3 text-sm text-slate-600">{user.active ? t("admin.user.deactivateHelp") : t("admin.user.reactivateHelp")}</p>
            <ConfirmAction
              variant={user.active ? "danger" : "secondary"}
              label={user.active ? t("admin.deactivate") : t("admin.reactivate")}
              confirm={user.active ? t("admin.confirmDeactivate", { name: user.username }) : t("admin.confirmReactivate", { name: user.username })}
              action={setUserActiveAction.bind(null, user.id, !user.active, user.version)}
            />
          </Card>
        </ClientMessages>
      </div>
    </>
  );
}
