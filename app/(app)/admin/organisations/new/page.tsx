import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { enumParam, intParam } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { OrganisationForm } from "@/components/admin/lazy";
import { createOrganisationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("newOrganisation") };
}

export default async function NewOrganisationPage({ searchParams }: PageProps<"/admin/organisations/new">) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getTranslations("admin");
  const parents = await organisationOptions(actor, ["DISTRICT_GOVERNMENT", "STREET_OFFICE", "COMMUNITY_COMMITTEE"]);
  const kind = enumParam(params, "kind", ORG_KINDS) ?? "STREET_OFFICE";
  const parentId = intParam(params, "parent");
  return (
    <>
      <PageHeader title={t("newOrganisation")} />
      <Card>
        <ClientMessages namespaces={["org"]}>
          <OrganisationForm
            kindFixed={false}
            parents={parents}
            action={createOrganisationAction}
            initial={{ kind, name: "", code: "", sector: "", parentId: parentId ?? "", contactPerson: "", phone: "", address: "", email: "" } as never}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
