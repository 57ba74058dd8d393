import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listDuties } from "@/lib/data/duties";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { DutyTable } from "@/components/duties/duty-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("duties");
  return { title: t("title") };
}

/** The duty matrix as every official reads it: who is responsible for what, in the policy's words. */
export default async function DutiesPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "duties.view"));
  const [t, duties, locale] = await Promise.all([getTranslations("duties"), listDuties(actor), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={can(actor, "admin.duties") ? <LinkButton href="/admin/duties" variant="primary">{t("edit")}</LinkButton> : null}
      />
      <Card>
        <DutyTable duties={duties} locale={locale} />
      </Card>
    </>
  );
}
