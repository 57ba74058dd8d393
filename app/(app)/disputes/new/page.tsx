import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { disputeFormOptions } from "@/lib/data/disputes";
import { can } from "@/lib/permissions";
import { loadOr404, notFoundUnless } from "@/lib/page-guards";
import { intParam } from "@/lib/search-params";
import { getComplaint } from "@/lib/data/complaints";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { DisputeForm } from "@/components/disputes/lazy";
import { createDisputeAction, createDisputeFromComplaintAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disputes");
  return { title: t("new") };
}

/** ?complaint=<id>: a complaint that involves several departments becomes a dispute (prefilled). */
export default async function NewDisputePage({ searchParams }: PageProps<"/disputes/new">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "disputes.register"));
  const complaintId = intParam(await searchParams, "complaint");
  const [t, options, complaint] = await Promise.all([
    getTranslations(),
    disputeFormOptions(actor),
    complaintId ? loadOr404(() => getComplaint(actor, complaintId)) : Promise.resolve(null),
  ]);
  notFoundUnless(!complaint || complaint.allowed.includes("toDispute"));
  const initial = complaint
    ? { title: t("disputes.fromComplaint.title", { category: complaint.category?.name ?? "", area: complaint.area.name }), description: complaint.description, parties: "", urgency: "NORMAL", areaIds: [complaint.areaId], unitIds: [] }
    : { title: "", description: "", parties: "", urgency: "NORMAL", areaIds: [], unitIds: [] };
  return (
    <>
      <PageHeader
        title={t("disputes.new")}
        description={complaint ? t("disputes.fromComplaint.intro", { ref: complaint.ref }) : t("disputes.newIntro")}
        breadcrumbs={complaint ? <Link href={`/complaints/${complaint.id}`} className="hover:underline">{complaint.ref}</Link> : <Link href="/disputes" className="hover:underline">{t("disputes.title")}</Link>}
      />
      <Card>
        <ClientMessages namespaces={["disputes"]}>
          <DisputeForm
            initial={initial as never}
            ownAreas={options.ownAreas}
            otherAreas={options.otherAreas}
            units={options.units}
            action={complaint ? createDisputeFromComplaintAction.bind(null, complaint.id, complaint.version) : createDisputeAction}
            submitLabel={t("disputes.register")}
            doneKey="registered"
          />
        </ClientMessages>
      </Card>
    </>
  );
}
