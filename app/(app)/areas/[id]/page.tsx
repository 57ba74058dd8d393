import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getArea } from "@/lib/data/areas";
import { can } from "@/lib/permissions";
import { loadOr404, routeId } from "@/lib/page-guards";
import { LinkButton } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, PageHeader } from "@/components/ui/layout";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas");
  return { title: t("details") };
}

export default async function AreaPage({ params }: PageProps<"/areas/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const area = await loadOr404(() => getArea(actor, routeId(id)));
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={area.name}
        description={`${area.district.name} · ${area.street.name} · ${area.community.name}`}
        breadcrumbs={<Link href="/areas" className="hover:underline">{t("areas.title")}</Link>}
        actions={can(actor, "admin.organisations") ? <LinkButton href={`/admin/areas/${area.id}`}>{t("common.edit")}</LinkButton> : null}
      />
      <Card title={t("areas.details")} actions={!area.active ? <Badge tone="warning">{t("common.inactive")}</Badge> : null}>
        <DescriptionList
          items={[
            { label: t("areas.address"), value: area.address || "—" },
            { label: t("areas.households"), value: area.households },
            { label: t("areas.district"), value: area.district.name },
            { label: t("areas.street"), value: area.street.name },
            { label: t("areas.community"), value: area.community.name },
            { label: t("areas.policeStation"), value: area.policeStation?.name ?? "—" },
            { label: t("areas.propertyCompany"), value: area.propertyCompany?.name ?? "—" },
            { label: t("areas.ownersCommittee"), value: area.ownersCommittee?.name ?? t("areas.noOwnersCommittee") },
          ]}
        />
      </Card>
    </>
  );
}
