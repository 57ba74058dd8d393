import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listAreas } from "@/lib/data/areas";
import { getOrganisation, organisationOptions } from "@/lib/data/organisations";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Card, PageHeader } from "@/components/ui/layout";
import { OrganisationForm } from "@/components/admin/lazy";
import { setOrganisationActiveAction, updateOrganisationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("editOrganisation") };
}

const AREA_LINK = { COMMUNITY_COMMITTEE: "communityId", PROPERTY_COMPANY: "propertyCompanyId", POLICE_STATION: "policeStationId" } as const;

export default async function OrganisationPage({ params }: PageProps<"/admin/organisations/[id]">) {
  const actor = await requireActor();
  const id = routeId((await params).id);
  const org = await loadOr404(() => getOrganisation(actor, id));
  const t = await getTranslations();
  const parents = await organisationOptions(actor, ["DISTRICT_GOVERNMENT", "STREET_OFFICE", "COMMUNITY_COMMITTEE"]);
  const areaField = AREA_LINK[org.kind as keyof typeof AREA_LINK];
  const linkedAreas = areaField ? (await listAreas(actor, { [areaField]: org.id, includeInactive: true }, { size: 100 })).rows : [];
  return (
    <>
      <PageHeader
        title={org.name}
        description={t(`org.kind.${org.kind}` as never)}
        breadcrumbs={
          <span>
            <Link href="/admin/organisations" className="hover:underline">{t("admin.treeRoot")}</Link>
            {org.parent ? <> / <Link href={`/admin/organisations?parent=${org.parent.id}`} className="hover:underline">{org.parent.name}</Link></> : null}
          </span>
        }
        actions={
          <>
            <LinkButton href={`/admin/organisations?parent=${org.id}`}>{t("admin.openChildren", { count: org._count.children })}</LinkButton>
            <LinkButton href={`/admin/users?org=${org.id}`}>{t("admin.usersOfOrg", { count: org._count.users })}</LinkButton>
          </>
        }
      />
      <div className="space-y-5">
        <Card title={t("admin.editOrganisation")} actions={!org.active ? <Badge tone="warning">{t("common.inactive")}</Badge> : null}>
          <ClientMessages namespaces={["org"]}>
            <OrganisationForm
              kindFixed
              parents={parents.filter((p) => p.id !== org.id)}
              action={updateOrganisationAction.bind(null, org.id)}
              initial={{
                kind: org.kind as never, name: org.name, code: org.code ?? "", sector: org.sector ?? "", parentId: org.parentId ?? "",
                contactPerson: org.contactPerson, phone: org.phone, address: org.address, email: org.email, version: org.version,
              } as never}
            />
          </ClientMessages>
        </Card>
        {areaField ? (
          <Card title={t("admin.linkedAreas")}>
            {linkedAreas.length === 0 ? <p className="text-sm text-slate-500">{t("areas.empty")}</p> : (
              <ul className="flex flex-wrap gap-2">
                {linkedAreas.map((a) => (
                  <li key={a.id}><Link href={`/admin/areas/${a.id}`} className="rounded border border-slate-200 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">{a.name}</Link></li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        <Card title={org.active ? t("admin.deactivateTitle") : t("admin.reactivateTitle")}>
          <p className="mb-3 text-sm text-slate-600">{org.active ? t("admin.deactivateOrgHelp") : t("admin.reactivateOrgHelp")}</p>
          <ClientMessages namespaces={[]}>
            <ConfirmAction
              variant={org.active ? "danger" : "secondary"}
              label={org.active ? t("admin.deactivate") : t("admin.reactivate")}
              confirm={org.active ? t("admin.confirmDeactivate", { name: org.name }) : t("admin.confirmReactivate", { name: org.name })}
              action={setOrganisationActiveAction.bind(null, org.id, !org.active, org.version)}
            />
          </ClientMessages>
        </Card>
      </div>
    </>
  );
}
