import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { outageKindOf } from "@/lib/data/outages";
import { areaPickerOptions } from "@/lib/data/works";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { OutageForm } from "@/components/outages/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outages");
  return { title: t("newTitle") };
}

export default async function NewOutagePage() {
  const actor = await requireActor();
  const kind = await outageKindOf(actor);
  notFoundUnless(kind !== null);
  const [t, areas] = await Promise.all([getTranslations(), areaPickerOptions(actor)]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("outages.newTitleKind", { kind: t(`outages.kind.${kind}`) })} description={t("outages.newIntro")} breadcrumbs={<Link href="/outages" className="hover:underline">{t("outages.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["outages", "intake"]}>
          <OutageForm areas={areas} startAt={toCityDateTimeInput(now)} expectedEndAt={toCityDateTimeInput(new Date(now.getTime() + 8 * 3_600_000))} />
        </ClientMessages>
      </Card>
    </>
  );
}
