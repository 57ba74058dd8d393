import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getExternalSystem, listSystemDeliveries, scopeOrgOptions } from "@/lib/data/integration";
import { pageRequest } from "@/lib/data/paging";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ExternalSystemForm, IssueKeyForm } from "@/components/admin/lazy";
import { issueKeyAction, revokeKeyAction, updateSystemAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("integrations");
  return { title: t("editSystem") };
}

const STATUS_TONE = { PENDING: "warning", SENT: "success", FAILED: "danger" } as const;

export default async function ExternalSystemPage({ params, searchParams }: PageProps<"/admin/systems/[id]">) {
  const actor = await requireActor();
  const id = routeId((await params).id);
  const query = await searchParams;
  const system = await loadOr404(() => getExternalSystem(actor, id));
  const [scopeOrgs, deliveries, t, format] = await Promise.all([
    scopeOrgOptions(actor),
    listSystemDeliveries(actor, id, pageRequest(query as { cursor?: string }, 20)),
    getTranslations(),
    getFormatter(),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }) : "—");
  return (
    <>
      <PageHeader title={system.name} description={<span className="font-mono">{system.code}</span>} breadcrumbs={<Link href="/admin/systems" className="hover:underline">{t("nav.adminIntegrations")}</Link>} />
      {query.saved === "1" ? <div className="mb-4"><Notice tone="success">{t("integrations.saved")}</Notice></div> : null}
      <div className="space-y-6">
        <Card title={t("integrations.keys")}>
          <p className="mb-3 text-sm text-slate-600">{t("integrations.keysHelp")}</p>
          <ClientMessages namespaces={["integrations"]}>
            <IssueKeyForm action={issueKeyAction.bind(null, system.id)} />
          </ClientMessages>
          <div className="mt-4">
            {system.keys.length === 0 ? <EmptyState>{t("integrations.noKeys")}</EmptyState> : (
              <Table caption={t("integrations.keys")}>
                <thead><Tr><Th>{t("integrations.keyPrefix")}</Th><Th>{t("integrations.keyLabel")}</Th><Th>{t("integrations.keyCreated")}</Th><Th>{t("integrations.status")}</Th><Th /></Tr></thead>
                <tbody>
                  {system.keys.map((k) => (
                    <Tr key={k.id}>
                      <Td className="font-mono">ld_{k.prefix}_…</Td>
                      <Td>{k.label}</Td>
                      <Td className="whitespace-nowrap">{when(k.createdAt)} {k.createdByName}</Td>
                      <Td>{k.revokedAt ? <Badge tone="neutral">{t("integrations.keyRevoked")} {when(k.revokedAt)}</Badge> : <Badge tone="success">{t("integrations.keyActive")}</Badge>}</Td>
                      <Td>{k.revokedAt ? null : <ConfirmAction variant="danger" label={t("integrations.revoke")} confirm={t("integrations.confirmRevoke", { prefix: `ld_${k.prefix}` })} action={revokeKeyAction.bind(null, k.id)} />}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </div>
        </Card>
        <Card title={t("integrations.editSystem")}>
          <ClientMessages namespaces={["integrations", "complaints"]}>
            <ExternalSystemForm
              key={system.version}
              scopeOrgs={scopeOrgs}
              hasSecret={system.hasWebhookSecret}
              action={updateSystemAction.bind(null, system.id)}
              submitLabel={t("integrations.save")}
              initial={{ code: system.code, name: system.name, channel: system.channel, scopeOrgId: system.scopeOrgId, webhookUrl: system.webhookUrl, webhookSecret: "", rateLimit: system.rateLimit, active: system.active, version: system.version } as never}
            />
          </ClientMessages>
        </Card>
        <Card title={t("integrations.deliveries")} id="deliveries">
          {deliveries.rows.length === 0 ? <EmptyState>{t("integrations.noDeliveries")}</EmptyState> : (
            <Table caption={t("integrations.deliveries")}>
              <thead>
                <Tr><Th>{t("integrations.delivery.event")}</Th><Th>{t("integrations.delivery.complaint")}</Th><Th>{t("integrations.delivery.status")}</Th><Th>{t("integrations.delivery.attempts")}</Th><Th>{t("integrations.delivery.createdAt")}</Th><Th>{t("integrations.delivery.sentAt")}</Th><Th>{t("integrations.delivery.lastError")}</Th></Tr>
              </thead>
              <tbody>
                {deliveries.rows.map((d) => (
                  <Tr key={d.id}>
                    <Td className="font-mono text-xs">{d.subject}</Td>
                    <Td>{d.sourceId ? <Link className="text-blue-800 hover:underline" href={`/complaints/${d.sourceId}`}>#{d.sourceId}</Link> : "—"}</Td>
                    <Td><Badge tone={STATUS_TONE[d.status as keyof typeof STATUS_TONE] ?? "neutral"}>{t(`integrations.delivery.${d.status}` as never)}</Badge></Td>
                    <Td className="tabular-nums">{d.attempts}</Td>
                    <Td className="whitespace-nowrap">{when(d.createdAt)}</Td>
                    <Td className="whitespace-nowrap">{d.status === "PENDING" ? `${t("integrations.delivery.nextAttemptAt")} ${when(d.nextAttemptAt)}` : when(d.sentAt)}</Td>
                    <Td className="text-xs text-red-800">{d.lastError}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination basePath={`/admin/systems/${system.id}`} params={{}} nextCursor={deliveries.nextCursor} hasCursor={Boolean(query.cursor)} />
        </Card>
      </div>
    </>
  );
}
