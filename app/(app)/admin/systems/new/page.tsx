import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { scopeOrgOptions } from "@/lib/data/integration";
import { loadOr404 } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { ExternalSystemForm } from "@/components/admin/lazy";
import { createSystemAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("integrations");
  return { title: t("newSystem") };
}

export default async function NewExternalSystemPage() {
  const actor = await requireActor();
  const scopeOrgs = await loadOr404(() => scopeOrgOptions(actor));
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("integrations.newSystem")} breadcrumbs={<Link href="/admin/systems" className="hover:underline">{t("nav.adminIntegrations")}</Link>} />
      <Card>
        <ClientMessages namespaces={["integrations", "complaints"]}>
          <ExternalSystemForm
            scopeOrgs={scopeOrgs}
            hasSecret={false}
            action={createSystemAction}
            submitLabel={t("integrations.create")}
            initial={{ code: "", name: "", channel: "HOTLINE_12345", scopeOrgId: "", webhookUrl: "", webhookSecret: "", rateLimit: 120, active: true } as never}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
