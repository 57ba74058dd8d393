import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getAccountability } from "@/lib/data/accountability";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { Timeline } from "@/components/intake/timeline";
import { RecordSteps } from "@/components/accountability/lazy";
import { AccountabilityStatusBadge, FailureBadge } from "@/components/accountability/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountability");
  return { title: t("details") };
}

const DONE = ["open", "decide", "close", "amend", "explain"] as const;

export default async function AccountabilityPage({ params, searchParams }: PageProps<"/accountability/[id]">) {
  const actor = await requireActor();
  const r = await loadOr404(async () => getAccountability(actor, routeId((await params).id)));
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const a = (k: string, v?: Record<string, string | number>) => t(`accountability.${k}` as never, v as never);
  const when = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const done = typeof query.done === "string" && (DONE as readonly string[]).includes(query.done) ? query.done : null;
  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{r.ref} <AccountabilityStatusBadge status={r.status} /><FailureBadge failure={r.failure} /></span>}
        description={a("openedLine", { org: r.openedBy.name, date: when(r.createdAt) })}
        breadcrumbs={<Link href="/accountability" className="hover:underline">{a("title")}</Link>}
      />
      {done ? <div className="mb-4"><Notice tone="success">{a(`done.${done}`)}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={a("details")}>
            <DescriptionList
              items={[
                { label: a("col.subject"), value: <span data-testid="subject">{r.subject.name}</span> },
                { label: a("col.failure"), value: a(`failure.${r.failure}`) },
                {
                  label: a("col.matters"),
                  value: (
                    <span className="flex flex-wrap gap-2">
                      {r.matters.map((m) => (m.visible
                        ? <Link key={`${m.matterType}-${m.matterId}`} href={m.href} className="font-mono text-brand-700 hover:underline">{m.ref}</Link>
                        : <span key={`${m.matterType}-${m.matterId}`} className="font-mono">{m.ref}</span>))}
                    </span>
                  ),
                },
                { label: a("field.findings"), value: <span className="whitespace-pre-wrap" data-testid="findings">{r.findings}</span> },
                { label: a("field.decision"), value: r.decision ? <span className="whitespace-pre-wrap" data-testid="decision">{r.decision}</span> : <span className="text-slate-500">{a("noDecision")}</span> },
              ]}
            />
            {r.findings !== r.originalFindings ? <p className="mt-2 text-xs text-slate-500">{a("amendedNote")}</p> : null}
          </Card>

          <Card title={a("explanations")}>
            {r.explanations.length === 0 ? <p className="text-sm text-slate-500">{a("noExplanations")}</p> : (
              <ul className="space-y-3">
                {r.explanations.map((e) => (
                  <li key={e.id} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="explanation">
                    <p className="mb-1 text-xs text-slate-500">{e.orgName} · {e.authorName} · {when(e.at)}</p>
                    <p className="whitespace-pre-wrap">{e.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={a("history")}>
            <Timeline
              empty="—"
              entries={r.history.map((h) => ({
                id: h.id, at: h.at, actorName: h.actorName, actorOrgName: h.actorOrgName, note: h.text,
                label: a(`historyKind.${h.kind}`),
                detail: h.field ? a(`amendable.${h.field}`) : undefined,
              }))}
            />
          </Card>
        </div>
        <div className="space-y-5">
          <Card title={a("persons")}>
            {r.persons === null ? <p className="text-sm text-slate-500" data-testid="persons-hidden">{a("personsHidden")}</p>
              : r.persons.length === 0 ? <p className="text-sm text-slate-500">{a("noPersons")}</p> : (
                <ul className="space-y-1 text-sm" data-testid="persons">
                  {r.persons.map((p, i) => <li key={i}>{p.name} <Badge>{p.position}</Badge></li>)}
                </ul>
              )}
          </Card>
          <Card title={a("actions")}>
            {r.allowed.length === 0 ? <p className="text-sm text-slate-500">{a("noActions")}</p> : (
              <ClientMessages namespaces={["accountability"]}>
                <RecordSteps id={r.id} seq={r.seq} allowed={r.allowed} />
              </ClientMessages>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
