import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { complaintFormOptions } from "@/lib/data/complaints";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { RegisterComplaintForm } from "@/components/complaints/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints");
  return { title: t("newTitle") };
}

export default async function NewComplaintPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "complaints.register"));
  const [t, options] = await Promise.all([getTranslations(), complaintFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("complaints.newTitle")} description={t("complaints.intro")} breadcrumbs={<Link href="/complaints" className="hover:underline">{t("complaints.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["complaints", "org", "supervision", "intake"]}>
          <RegisterComplaintForm areas={options.areas} duties={options.duties} orgs={options.orgs} receivedAt={toCityDateTimeInput(new Date())} />
        </ClientMessages>
      </Card>
    </>
  );
}
