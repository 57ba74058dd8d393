import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { DutyForm } from "@/components/admin/lazy";
import { createDutyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("duties");
  return { title: t("new") };
}

export default async function NewDutyPage() {
  const actor = await requireActor();
  const t = await getTranslations("duties");
  const orgs = await organisationOptions(actor, ORG_KINDS.filter((k) => k !== "PROPERTY_COMPANY" && k !== "OWNERS_COMMITTEE"));
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <ClientMessages namespaces={["duties", "org"]}>
          <DutyForm
            orgs={orgs}
            action={createDutyAction}
            initial={{ code: "", name: "", nameEn: "", policyText: "", responsibleKind: "CITY_DEPARTMENT", responsibleSector: "", responsibleOrgId: "", propertyScope: false, sortOrder: 500, active: true, keywords: "" } as never}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
