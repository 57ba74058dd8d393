import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSessionActor } from "@/lib/auth";
import { ClientMessages } from "@/components/intl-provider";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { ChangePasswordForm } from "@/components/account/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("changePassword") };
}

export default async function ChangePasswordPage() {
  const session = await requireSessionActor();
  const t = await getTranslations("account");
  return (
    <div className="max-w-lg">
      <PageHeader title={t("changePassword")} description={t("policy")} />
      {session?.mustChangePassword ? <div className="mb-4"><Notice tone="warning">{t("mustChange")}</Notice></div> : null}
      <Card>
        <ClientMessages namespaces={["account"]}>
          <ChangePasswordForm />
        </ClientMessages>
      </Card>
    </div>
  );
}
