import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { disputeFormOptions } from "@/lib/data/disputes";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { createDisputeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("new") };
}

export default async function NewDisputePage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "disputes.register"));
  const [t, options] = await Promise.all([getTranslations(), disputeFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("disputes.new")} description={t("disputes.newIntro")} breadcrumbs={<Link href="/disputes" className="hover:underline">{t("disputes.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["disputes"]}>
          <DisputeForm
            initial={{ title: "", description: "", parties: "", urgency: "NORMAL", areaIds: [], unitIds: [] }}
            ownAreas={options.ownAreas}
            otherAreas={options.otherAreas}
            units={options.units}
            action={createDisputeAction}
            submitLabel={t("disputes.register")}
            doneKey="registered"
          />
        </ClientMessages>
      </Card>
    </>
  );
}
