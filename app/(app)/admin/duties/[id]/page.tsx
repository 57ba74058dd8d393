import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getDuty } from "@/lib/data/duties";
import { organisationOptions } from "@/lib/data/organisations";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { DutyForm } from "@/components/admin/lazy";
import { updateDutyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("duties");
  return { title: t("editTitle") };
}

export default async function EditDutyPage({ params, searchParams }: PageProps<"/admin/duties/[id]">) {
  const actor = await requireActor();
  const duty = await loadOr404(async () => getDuty(actor, routeId((await params).id)));
  const t = await getTranslations();
  const orgs = await organisationOptions(actor, ORG_KINDS.filter((k) => k !== "PROPERTY_COMPANY" && k !== "OWNERS_COMMITTEE"));
  return (
    <>
      <PageHeader title={duty.name} breadcrumbs={<Link href="/admin/duties" className="hover:underline">{t("nav.adminDuties")}</Link>} />
      {(await searchParams).saved === "1" ? <div className="mb-4"><Notice tone="success">{t("common.saved")}</Notice></div> : null}
      <Card>
        <ClientMessages namespaces={["duties", "org"]}>
          <DutyForm
            key={duty.version}
            orgs={orgs}
            action={updateDutyAction.bind(null, duty.id)}
            initial={{
              code: duty.code, name: duty.name, nameEn: duty.nameEn, policyText: duty.policyText, responsibleKind: duty.responsibleKind as never,
              responsibleSector: duty.responsibleSector ?? "", responsibleOrgId: duty.responsibleOrgId ?? "", propertyScope: duty.propertyScope,
              sortOrder: duty.sortOrder, active: duty.active, keywords: duty.keywords.map((k) => k.term).join("、"), version: duty.version,
            } as never}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
