import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getOutage } from "@/lib/data/outages";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { Timeline } from "@/components/intake/timeline";
import { AssistBadge, OutageStatusBadge } from "@/components/works/status-badge";
import { ConfirmAssist, RestoreOutage } from "@/components/outages/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outages");
  return { title: t("details") };
}

const DONE = ["created", "restore", "confirm"] as const;

export default async function OutagePage({ params, searchParams }: PageProps<"/outages/[id]">) {
  const actor = await requireActor();
  const o = await loadOr404(async () => getOutage(actor, routeId((await params).id)));
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—");
  const done = typeof query.done === "string" && (DONE as readonly string[]).includes(query.done) ? query.done : null;
  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{o.ref} {t(`outages.kind.${o.kind}` as never)} <OutageStatusBadge status={o.status} />{o.overrunning ? <Badge tone="danger">{t("outages.overrunning")}</Badge> : null}</span>}
        description={o.utilityOrg.name}
        breadcrumbs={<Link href="/outages" className="hover:underline">{t("outages.title")}</Link>}
      />
      {done ? <div className="mb-4"><Notice tone="success">{t(`outages.done.${done}` as never)}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={t("outages.details")}>
            <DescriptionList items={[
              { label: t("outages.field.kind"), value: t(`outages.kind.${o.kind}` as never) },
              { label: t("outages.field.utility"), value: `${o.utilityOrg.name} ${o.utilityOrg.phone}` },
              { label: t("outages.field.startAt"), value: when(o.startAt) },
              { label: t("outages.field.expectedEndAt"), value: when(o.expectedEndAt) },
              { label: t("outages.field.actualEndAt"), value: when(o.actualEndAt) },
              { label: t("outages.field.restoreNote"), value: o.restoreNote || "—" },
            ]} />
            <h3 className="mt-4 text-xs font-medium text-slate-500">{t("outages.field.reason")}</h3>
            <p className="mt-1 whitespace-pre-line text-sm">{o.reason}</p>
          </Card>
          <Card title={t("outages.tasksTitle")}>
            <Table caption={t("outages.tasksTitle")}>
              <thead>
                <tr>
                  <Th>{t("outages.field.area")}</Th>
                  <Th>{t("outages.field.assignee")}</Th>
                  <Th>{t("outages.field.assist")}</Th>
                  <Th className="min-w-64">{t("outages.field.assistNote")}</Th>
                </tr>
              </thead>
              <tbody>
                {o.tasks.map((task) => (
                  <Tr key={task.id}>
                    <Td className="whitespace-nowrap">{task.area.name}<div className="text-xs text-slate-500">{task.area.street.name}</div></Td>
                    <Td>{task.assigneeOrg.name}</Td>
                    <Td><AssistBadge status={task.status} /></Td>
                    <Td>
                      {task.canConfirm ? (
                        <ClientMessages namespaces={["outages"]}><ConfirmAssist key={task.version} taskId={task.id} version={task.version} /></ClientMessages>
                      ) : task.confirmedAt ? (
                        <p className="text-sm">{task.confirmNote}<span className="block text-xs text-slate-500">{task.confirmedByName} · {when(task.confirmedAt)}</span></p>
                      ) : <span className="text-slate-400">—</span>}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card title={t("outages.timelineTitle")}>
            <Timeline empty="—" entries={o.events.map((e) => ({ id: e.id, at: e.at, actorName: e.actorName, actorOrgName: e.actorOrgName, note: e.note, label: t(`outages.event.${e.kind}` as never), detail: e.areaName || undefined }))} />
          </Card>
        </div>
        {/* On phones the record's actions come before its details. */}
        <div className="order-first space-y-5 xl:order-none">
          <Card title={t("outages.actions.title")}>
            {o.canRestore ? (
              <ClientMessages namespaces={["outages"]}><RestoreOutage key={o.version} id={o.id} version={o.version} /></ClientMessages>
            ) : <p className="text-sm text-slate-500">{o.tasks.some((x) => x.canConfirm) ? t("outages.actions.confirmBelow") : t("outages.actions.none")}</p>}
          </Card>
        </div>
      </div>
    </>
  );
}
