import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { PeriodForm } from "@/components/assessment/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("newPeriod") };
}

export default async function NewPeriodPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "assessment.manage"));
  const t = await getTranslations("assessment");
  const year = today().slice(0, 4);
  return (
    <>
      <PageHeader title={t("newPeriod")} breadcrumbs={<Link href="/assessment" className="hover:underline">{t("title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["assessment"]}>
          <PeriodForm defaults={{ name: "", fromDate: `${year}-01-01`, toDate: `${year}-12-31` }} />
        </ClientMessages>
      </Card>
    </>
  );
}
