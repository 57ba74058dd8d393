import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { getWorks } from "@/lib/data/works";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { AttachmentList } from "@/components/ui/attachment-list";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { Timeline } from "@/components/intake/timeline";
import { RestorationBadge, WorksPhaseBadge, WorksStatusBadge } from "@/components/works/status-badge";
import { RestorationAnswer, WorksSteps } from "@/components/works/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("works");
  return { title: t("details") };
}

const DONE = ["created", "reportRestoration", "cancel", "answer"] as const;

export default async function WorksDetailPage({ params, searchParams }: PageProps<"/works/[id]">) {
  const actor = await requireActor();
  const w = await loadOr404(async () => getWorks(actor, routeId((await params).id)));
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—");
  const done = typeof query.done === "string" && (DONE as readonly string[]).includes(query.done) ? query.done : null;
  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{w.ref} <WorksStatusBadge status={w.status} /><WorksPhaseBadge phase={w.phase} />{w.overdue ? <Badge tone="danger">{t("works.restorationLate")}</Badge> : null}</span>}
        description={`${w.utilityOrg.name} · ${w.title}`}
        breadcrumbs={<Link href="/works" className="hover:underline">{t("works.title")}</Link>}
        actions={w.status !== "CANCELLED" ? <LinkButton href={`/works/${w.id}/notice`}>{t("works.printNotice")}</LinkButton> : null}
      />
      {done ? <div className="mb-4"><Notice tone="success">{t(`works.done.${done}` as never)}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={t("works.details")}>
            <DescriptionList
              items={[
                { label: t("works.field.title"), value: w.title },
                { label: t("works.field.utility"), value: w.utilityOrg.name },
                { label: t("works.field.dates"), value: `${w.startDate} ~ ${w.endDate}` },
                { label: t("works.field.contact"), value: `${w.contactName} ${w.contactPhone}` },
                { label: t("works.field.occupies"), value: w.occupies },
                { label: t("works.field.notifiedAt"), value: when(w.createdAt) },
              ]}
            />
            <h3 className="mt-4 text-xs font-medium text-slate-500">{t("works.field.description")}</h3>
            <p className="mt-1 whitespace-pre-line text-sm">{w.description}</p>
            {w.status === "CANCELLED" ? <p className="mt-3 text-sm"><span className="text-slate-500">{t("works.field.cancelReason")}：</span>{w.cancelReason}</p> : null}
          </Card>
          <Card title={t("works.areasTitle")}>
            <Table caption={t("works.areasTitle")}>
              <thead>
                <tr>
                  <Th>{t("works.field.area")}</Th>
                  <Th>{t("works.field.notified")}</Th>
                  <Th>{t("works.field.restoration")}</Th>
                  <Th className="min-w-64">{t("works.field.answer")}</Th>
                </tr>
              </thead>
              <tbody>
                {w.areas.map((a) => (
                  <Tr key={a.id}>
                    <Td className="whitespace-nowrap">{a.area.name}<div className="text-xs text-slate-500">{a.area.street.name}</div></Td>
                    <Td className="text-xs">{[a.area.propertyCompany?.name, a.area.ownersCommittee?.name].filter(Boolean).join("、") || a.area.street.name}</Td>
                    <Td><RestorationBadge answer={a.restoration} /><div className="text-xs text-slate-500">{a.confirmerOrg.name}</div></Td>
                    <Td>
                      {a.canAnswer ? (
                        <ClientMessages namespaces={["works"]}>
                          <RestorationAnswer key={a.version} areaRowId={a.id} version={a.version} />
                        </ClientMessages>
                      ) : a.answeredAt ? (
                        <p className="text-sm">{a.answerNote || "—"}<span className="block text-xs text-slate-500">{a.answeredByName} · {when(a.answeredAt)}</span></p>
                      ) : <span className="text-slate-400">—</span>}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card title={t("works.restorationTitle")}>
            {w.restoredOn ? (
              <div className="space-y-3">
                <DescriptionList items={[
                  { label: t("works.field.restoredOn"), value: w.restoredOn },
                  { label: t("works.field.restorationNote"), value: w.restorationNote },
                  { label: t("works.field.reportedAt"), value: when(w.restorationReportedAt) },
                ]} />
                <AttachmentList files={w.files} />
              </div>
            ) : <p className="text-sm text-slate-500">{t("works.noRestoration")}</p>}
          </Card>
          <Card title={t("works.timelineTitle")}>
            <Timeline empty="—" entries={w.events.map((e) => ({ id: e.id, at: e.at, actorName: e.actorName, actorOrgName: e.actorOrgName, note: e.note, label: t(`works.event.${e.kind}` as never), detail: e.areaName || undefined }))} />
          </Card>
        </div>
        {/* On phones the record's actions come before its details. */}
        <div className="order-first space-y-5 xl:order-none">
          <Card title={t("works.actions.title")}>
            {w.allowed.length === 0 ? <p className="text-sm text-slate-500">{w.areas.some((a) => a.canAnswer) ? t("works.actions.answerBelow") : t("works.actions.none")}</p> : (
              <ClientMessages namespaces={["works"]}>
                <WorksSteps key={w.version} id={w.id} version={w.version} allowed={w.allowed} today={today()} />
              </ClientMessages>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
