import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { LEDGER_MAX_ROWS } from "@/lib/domain/complaint-ledger";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { LedgerImportForm } from "@/components/complaints/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints");
  return { title: t("import.title") };
}

export default async function ComplaintImportPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "complaints.import"));
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("complaints.import.title")}
        description={t("complaints.import.intro", { max: LEDGER_MAX_ROWS })}
        breadcrumbs={<Link href="/complaints" className="hover:underline">{t("complaints.title")}</Link>}
      />
      <Card>
        <ClientMessages namespaces={["complaints"]}>
          <LedgerImportForm />
        </ClientMessages>
      </Card>
    </>
  );
}
