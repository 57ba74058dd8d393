import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { getResolution, resolutionActionsFor } from "@/lib/data/resolutions";
import { loadOr404, routeId } from "@/lib/page-guards";
import { param, type SearchParams } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { OverdueBadge, ResolutionStatusBadge } from "@/components/disputes/badges";
import { ResolutionProgressForm } from "@/components/meetings/lazy";
import { actOnResolutionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.resolutionPage");
  return { title: t("details") };
}

export default async function ResolutionPage({ params, searchParams }: PageProps<"/resolutions/[id]">) {
  const actor = await requireActor();
  const r = await loadOr404(async () => getResolution(actor, routeId((await params).id)));
  const sp = (await searchParams) as SearchParams;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const actions = resolutionActionsFor(actor, r);
  const day = today();
  const dateTime = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const rp = (k: string) => t(`meetings.resolutionPage.${k}` as never);
  return (
    <>
      <PageHeader
        title={r.description}
        description={`${r.meeting.ref} ${r.meeting.title}`}
        breadcrumbs={<Link href="/resolutions" className="hover:underline">{t("meetings.resolutionList.title")}</Link>}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <ResolutionStatusBadge status={r.status} />
        <OverdueBadge due={r.dueDate} today={day} outstanding={r.status === "OPEN" || r.status === "IN_PROGRESS"} />
      </div>
      <div className="mb-4 space-y-2">
        {param(sp, "done") === "1" ? <Notice tone="success">{rp("done")}</Notice> : null}
        {r.meeting.minutesStatus !== "FINAL" ? <Notice tone="warning">{rp("draftNotice")}</Notice> : null}
      </div>
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="min-w-0 space-y-5 xl:col-span-2">
          <Card title={rp("details")}>
            <DescriptionList
              items={[
                { label: t("meetings.resolutionResponsible"), value: r.responsibleOrg.name },
                { label: t("meetings.resolutionDue"), value: r.dueDate },
                { label: t("meetings.resolutionList.meeting"), value: <Link href={`/meetings/${r.meeting.id}`} className="text-brand-700 hover:underline">{r.meeting.title}</Link> },
                { label: t("meetings.convener"), value: r.meeting.convener.name },
                { label: t("meetings.resolutionList.dispute"), value: r.dispute ? <Link href={`/disputes/${r.dispute.id}`} className="text-brand-700 hover:underline">{r.dispute.ref} {r.dispute.title}</Link> : "—" },
                { label: t("meetings.resolutionItem"), value: r.agendaItem?.title ?? "—" },
                ...(r.doneNote ? [{ label: rp("doneNote"), value: r.doneNote }] : []),
              ]}
            />
          </Card>
          <Card title={rp("progress")}>
            {r.progress.length === 0 ? <p className="text-sm text-slate-500">{rp("noProgress")}</p> : (
              <ol className="space-y-3" data-testid="resolution-progress">
                {r.progress.map((p) => (
                  <li key={p.id} className="text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={p.kind === "CONFIRMED" ? "success" : p.kind === "REOPENED" ? "warning" : "info"}>{t(`meetings.resolutionPage.progressKind.${p.kind}` as never)}</Badge>
                      <span className="text-xs text-slate-500">{dateTime(p.at)} · {p.actorName}</span>
                    </div>
                    {p.note ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{p.note}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          {actions.length > 0 ? (
            <Card title={rp("actionTitle")}>
              <ClientMessages namespaces={["meetings"]}>
                <ResolutionProgressForm key={r.version} resolutionId={r.id} actions={actions} version={r.version} action={actOnResolutionAction.bind(null, r.id)} />
              </ClientMessages>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
