import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listDuties } from "@/lib/data/duties";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { DutyTable } from "@/components/duties/duty-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminDuties") };
}

export default async function AdminDutiesPage() {
  const actor = await requireActor();
  const [t, duties, locale] = await Promise.all([getTranslations(), listDuties(actor, { includeInactive: true }), getLocale()]);
  return (
    <>
      <PageHeader title={t("nav.adminDuties")} description={t("duties.adminIntro")} actions={<LinkButton variant="primary" href="/admin/duties/new">{t("duties.new")}</LinkButton>} />
      <Card>
        <DutyTable duties={duties} locale={locale} editable />
      </Card>
    </>
  );
}
