import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { areaPickerOptions } from "@/lib/data/works";
import { addDays } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { WorksForm } from "@/components/works/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("works");
  return { title: t("newTitle") };
}

export default async function NewWorksPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "works.register"));
  const [t, areas] = await Promise.all([getTranslations(), areaPickerOptions(actor)]);
  return (
    <>
      <PageHeader title={t("works.newTitle")} description={t("works.newIntro")} breadcrumbs={<Link href="/works" className="hover:underline">{t("works.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["works", "intake"]}>
          <WorksForm areas={areas} tomorrow={addDays(today(), 1)} contactName={actor.name} />
        </ClientMessages>
      </Card>
    </>
  );
}
