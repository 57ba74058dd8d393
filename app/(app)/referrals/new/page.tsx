import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { areaOptions } from "@/lib/data/areas";
import { dutyLines } from "@/lib/data/routing";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { ReferralForm } from "@/components/referrals/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("referrals");
  return { title: t("newTitle") };
}

export default async function NewReferralPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "referrals.create"));
  const [t, areas, duties] = await Promise.all([getTranslations(), areaOptions(actor), dutyLines()]);
  return (
    <>
      <PageHeader title={t("referrals.newTitle")} description={t("referrals.intro")} breadcrumbs={<Link href="/referrals" className="hover:underline">{t("referrals.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["referrals", "org", "intake"]}>
          <ReferralForm areas={areas.map((a) => ({ id: a.id, name: a.name }))} duties={duties.filter((d) => d.active).map((d) => ({ id: d.id, name: d.name }))} />
        </ClientMessages>
      </Card>
    </>
  );
}
