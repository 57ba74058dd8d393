import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { disputeActionsFor, disputeFormOptions, getDispute } from "@/lib/data/disputes";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { DisputeForm } from "@/components/disputes/lazy";
import { updateDisputeAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("editTitle") };
}

export default async function EditDisputePage({ params }: PageProps<"/disputes/[id]/edit">) {
  const actor = await requireActor();
  const dispute = await loadOr404(async () => getDispute(actor, routeId((await params).id)));
  const { actions } = await disputeActionsFor(actor, dispute);
  notFoundUnless(actions.includes("edit"));
  const [t, options] = await Promise.all([getTranslations(), disputeFormOptions(actor)]);
  return (
    <>
      <PageHeader
        title={t("disputes.editTitle")}
        description={`${dispute.ref} ${dispute.title}`}
        breadcrumbs={<><Link href="/disputes" className="hover:underline">{t("disputes.title")}</Link> / <Link href={`/disputes/${dispute.id}`} className="hover:underline">{dispute.ref}</Link></>}
      />
      <Card>
        <ClientMessages namespaces={["disputes"]}>
          <DisputeForm
            key={dispute.version}
            initial={{
              title: dispute.title, description: dispute.description, parties: dispute.parties, urgency: dispute.urgency as never,
              areaIds: dispute.areas.map((a) => a.areaId), unitIds: dispute.units.map((u) => u.orgId), version: dispute.version,
            }}
            ownAreas={options.ownAreas}
            otherAreas={options.otherAreas}
            units={options.units}
            action={updateDisputeAction.bind(null, dispute.id)}
            submitLabel={t("common.save")}
            doneKey="saved"
          />
        </ClientMessages>
      </Card>
    </>
  );
}
