import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { organisationOptions } from "@/lib/data/organisations";
import { intParam } from "@/lib/search-params";
import { AREA_LINK_KINDS } from "@/lib/domain/organisation";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { AreaForm } from "@/components/admin/lazy";
import { createAreaAction } from "../../organisations/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas");
  return { title: t("new") };
}

export default async function NewAreaPage({ searchParams }: PageProps<"/admin/areas/new">) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getTranslations("areas");
  const options = await organisationOptions(actor, AREA_LINK_KINDS);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <ClientMessages namespaces={["areas"]}>
          <AreaForm
            options={options}
            action={createAreaAction}
            initial={{ name: "", address: "", communityId: intParam(params, "community") ?? "", propertyCompanyId: "", policeStationId: "", ownersCommitteeId: "", households: 0 } as never}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
