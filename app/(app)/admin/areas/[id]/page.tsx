import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getArea } from "@/lib/data/areas";
import { organisationOptions } from "@/lib/data/organisations";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Card, PageHeader } from "@/components/ui/layout";
import { AreaForm } from "@/components/admin/lazy";
import { setAreaActiveAction, updateAreaAction } from "../../organisations/actions";
import { AREA_LINK_KINDS } from "@/lib/domain/organisation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas");
  return { title: t("edit") };
}

export default async function EditAreaPage({ params }: PageProps<"/admin/areas/[id]">) {
  const actor = await requireActor();
  const area = await loadOr404(async () => getArea(actor, routeId((await params).id)));
  const t = await getTranslations();
  const options = await organisationOptions(actor, AREA_LINK_KINDS);
  return (
    <>
      <PageHeader
        title={area.name}
        breadcrumbs={<Link href={`/admin/organisations?parent=${area.communityId}`} className="hover:underline">{area.community.name}</Link>}
      />
      <div className="space-y-5">
        <Card title={t("areas.edit")} actions={!area.active ? <Badge tone="warning">{t("common.inactive")}</Badge> : null}>
          <ClientMessages namespaces={["areas"]}>
            <AreaForm
              options={options}
              action={updateAreaAction.bind(null, area.id)}
              initial={{
                name: area.name, address: area.address, communityId: area.communityId, propertyCompanyId: area.propertyCompanyId ?? "",
                policeStationId: area.policeStationId ?? "", ownersCommitteeId: area.ownersCommitteeId ?? "", households: area.households, version: area.version,
              } as never}
            />
          </ClientMessages>
        </Card>
        <Card title={area.active ? t("admin.deactivateTitle") : t("admin.reactivateTitle")}>
          <ConfirmAction
            variant={area.active ? "danger" : "secondary"}
            label={area.active ? t("admin.deactivate") : t("admin.reactivate")}
            confirm={area.active ? t("admin.confirmDeactivate", { name: area.name }) : t("admin.confirmReactivate", { name: area.name })}
            action={setAreaActiveAction.bind(null, area.id, !area.active, area.version)}
          />
        </Card>
      </div>
    </>
  );
}
