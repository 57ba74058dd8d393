import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listExternalSystems } from "@/lib/data/integration";
import { loadOr404 } from "@/lib/page-guards";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminIntegrations") };
}

export default async function ExternalSystemsPage() {
  const actor = await requireActor();
  const systems = await loadOr404(() => listExternalSystems(actor));
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("nav.adminIntegrations")}
        description={<>{t("integrations.intro")} <a className="text-blue-800 underline" href="/api/v1/docs">{t("integrations.docsLink")}</a></>}
        actions={<LinkButton variant="primary" href="/admin/systems/new">{t("integrations.newSystem")}</LinkButton>}
      />
      <Card>
        {systems.length === 0 ? <EmptyState>{t("integrations.none")}</EmptyState> : (
          <Table caption={t("nav.adminIntegrations")}>
            <thead>
              <Tr><Th>{t("integrations.name")}</Th><Th>{t("integrations.channel")}</Th><Th>{t("integrations.scopeOrg")}</Th><Th>{t("integrations.activeKeys")}</Th><Th>{t("integrations.workOrders")}</Th><Th>{t("integrations.status")}</Th></Tr>
            </thead>
            <tbody>
              {systems.map((s) => (
                <Tr key={s.id}>
                  <Td><Link className="font-medium text-blue-800 hover:underline" href={`/admin/systems/${s.id}`}>{s.name}</Link><div className="font-mono text-xs text-slate-500">{s.code}</div></Td>
                  <Td>{t(`complaints.channel.${s.channel}` as never)}</Td>
                  <Td>{s.scopeOrgName}</Td>
                  <Td className="tabular-nums">{s.activeKeys}</Td>
                  <Td className="tabular-nums">{s.workOrders}</Td>
                  <Td><Badge tone={s.active ? "success" : "neutral"}>{s.active ? t("integrations.statusActive") : t("integrations.statusInactive")}</Badge></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
