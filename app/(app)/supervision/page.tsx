import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { buckPassingSignals } from "@/lib/data/buck-passing";
import { petitionsForReview } from "@/lib/data/petitions";
import { supervisionView } from "@/lib/data/supervision";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { SignalList } from "@/components/supervision/signal-list";
import { UrgencyBadge } from "@/components/supervision/urgency-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision");
  return { title: t("title") };
}

/** 督办: everything overdue or due within two working days in the actor's scope, by responsible organisation. */
export default async function SupervisionPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "supervision.view"));
  const [t, format, view, signals, petitions] = await Promise.all([getTranslations(), getFormatter(), supervisionView(actor), buckPassingSignals(actor), petitionsForReview(actor)]);
  const s = (k: string, v?: Record<string, string | number>) => t(`supervision.${k}` as never, v as never);
  return (
    <>
      <PageHeader
        title={s("title")}
        description={s(`intro.${actor.scope.level}`)}
        actions={can(actor, "accountability.open") ? <LinkButton href="/accountability/new">{t("accountability.open")}</LinkButton> : null}
      />
      <div className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="supervision-counts">
        <Badge tone="danger">{s("overdueCount", { count: view.overdue })}</Badge>
        <Badge tone="warning">{s("dueSoonCount", { count: view.dueSoon })}</Badge>
        <Badge tone="neutral">{s("horizon", { date: view.horizon })}</Badge>
      </div>
      {view.truncated ? <div className="mb-4"><Notice tone="warning">{s("truncated")}</Notice></div> : null}
      <div className="space-y-5">
        {petitions.length > 0 ? (
          <Card title={s("petitions.title")}>
            <p className="mb-2 text-sm text-slate-600">{s("petitions.help")}</p>
            <ul className="divide-y divide-slate-200">
              {petitions.map((p) => (
                <li key={p.id} className="py-2 text-sm" data-testid="petition-review">
                  <Link href={`/complaints/${p.id}`} className="font-mono font-medium text-brand-700 hover:underline">{p.ref}</Link>{" "}
                  <Badge tone="danger">{s("petitions.flag")}</Badge>{" "}
                  <span className="text-slate-700">{s("petitions.line", { area: p.areaName, count: p.headcount ?? 0 })}</span>
                  <span className="ml-1 text-slate-600">
                    {p.review.map((r) => (
                      <span key={r.id} className="mr-2">
                        <Link href={`/complaints/${r.id}`} className="font-mono text-brand-700 hover:underline">{r.ref}</Link>（{s(`petitions.reason.${r.reason}`)}）
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card title={s("byOrg")}>
          {view.groups.length === 0 ? <EmptyState>{s("empty")}</EmptyState> : (
            <div className="space-y-6">
              {view.groups.map((g) => (
                <section key={g.org.id} aria-labelledby={`org-${g.org.id}`} data-testid="supervision-group">
                  <h3 id={`org-${g.org.id}`} className="mb-2 flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                    {g.org.name}
                    {g.overdue > 0 ? <Badge tone="danger">{s("overdueCount", { count: g.overdue })}</Badge> : null}
                    <Badge>{s("itemCount", { count: g.items.length })}</Badge>
                  </h3>
                  <Table caption={g.org.name} stacks>
                    <thead>
                      <tr><Th>{s("col.matter")}</Th><Th className="hidden sm:table-cell">{s("col.due")}</Th><Th className="hidden sm:table-cell">{s("col.urgency")}</Th><Th className="hidden sm:table-cell">{s("col.heldBy")}</Th></tr>
                    </thead>
                    <tbody>
                      {g.items.map((i) => (
                        <Tr key={`${i.type}-${i.id}`}>
                          <Td className="sm:min-w-56">
                            <p className="flex flex-wrap items-center gap-1">
                              <Badge>{s(`type.${i.type}`)}</Badge>
                              <Link href={i.href} className="font-mono text-sm font-medium text-brand-700 hover:underline">{i.ref}</Link>
                              {i.isPetition ? <Badge tone="danger">{s("petition")}</Badge> : null}
                            </p>
                            <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{i.title}</p>
                            <div className="mt-1 space-y-0.5 text-xs text-slate-700 sm:hidden">
                              <p className="flex flex-wrap items-center gap-2"><UrgencyBadge urgency={i.urgency} /><span>{s("col.due")}：{i.due}</span></p>
                              <p>{s("col.heldBy")}：{i.heldBy.join(" → ")}</p>
                            </div>
                          </Td>
                          <Td className="hidden whitespace-nowrap text-xs sm:table-cell">{i.due}</Td>
                          <Td className="hidden sm:table-cell"><UrgencyBadge urgency={i.urgency} /></Td>
                          <Td className="hidden min-w-40 text-xs text-slate-700 sm:table-cell">{i.heldBy.join(" → ")}</Td>
                        </Tr>
                      ))}
                    </tbody>
                  </Table>
                </section>
              ))}
            </div>
          )}
        </Card>

        <Card title={s("signalsTitle")}>
          <p className="mb-2 text-sm text-slate-600">{s("signalsHelp")}</p>
          <SignalList matters={signals} mayOpen={can(actor, "accountability.open")} />
        </Card>
        <p className="text-xs text-slate-500">{s("asOf", { date: format.dateTime(new Date(), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) })}</p>
      </div>
    </>
  );
}
