import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { buckPassingSignals } from "@/lib/data/buck-passing";
import { petitionsForReview } from "@/lib/data/petitions";
import { supervisionOfOrg, supervisionOverview } from "@/lib/data/supervision";
import { can } from "@/lib/permissions";
import { loadOr404, notFoundUnless } from "@/lib/page-guards";
import { intParam } from "@/lib/search-params";
import type { Actor } from "@/lib/scope";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Streamed } from "@/components/ui/streamed";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { SignalList } from "@/components/supervision/signal-list";
import { SupervisionItemsTable } from "@/components/supervision/items-table";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision");
  return { title: t("title") };
}

/** Organisations per page of the overview's table. */
const ORGS_PER_PAGE = 50;

/** 督办: everything overdue or due within two working days in the actor's scope. The overview
 * counts per responsible organisation (exact) and lists the most urgent matters; `?org=` lists
 * one organisation's matters. Bounded at any scale (docs/decisions/045). */
export default async function SupervisionPage({ searchParams }: PageProps<"/supervision">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "supervision.view"));
  const params = await searchParams;
  const orgId = intParam(params, "org");
  if (params.org !== undefined && orgId === undefined) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const s = (k: string, v?: Record<string, string | number>) => t(`supervision.${k}` as never, v as never);
  const asOf = <p className="text-xs text-slate-600">{s("asOf", { date: format.dateTime(new Date(), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) })}</p>;

  if (orgId !== undefined) {
    const d = await loadOr404(() => supervisionOfOrg(actor, orgId));
    return (
      <>
        <PageHeader title={s("orgTitle", { org: d.group.org.name })} description={s(`intro.${actor.scope.level}`)} breadcrumbs={<Link href="/supervision" className="hover:underline">{s("back")}</Link>} />
        <div className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="supervision-counts">
          <Badge tone="danger">{s("overdueCount", { count: d.group.overdue })}</Badge>
          <Badge tone="warning">{s("dueSoonCount", { count: d.dueSoon })}</Badge>
          <Badge tone="neutral">{s("horizon", { date: d.horizon })}</Badge>
        </div>
        {d.truncated ? <div className="mb-4"><Notice tone="warning">{s("orgTruncated")}</Notice></div> : null}
        <div className="space-y-5">
          <section aria-labelledby="org-matters" data-testid="supervision-group">
            <Card title={<span id="org-matters">{d.group.org.name}</span>}>
              {d.group.items.length === 0 ? <EmptyState>{s("orgEmpty")}</EmptyState> : <SupervisionItemsTable caption={d.group.org.name} items={d.group.items} />}
            </Card>
          </section>
          {asOf}
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={s("title")}
        description={s(`intro.${actor.scope.level}`)}
        actions={can(actor, "accountability.open") ? <LinkButton href="/accountability/new">{t("accountability.open")}</LinkButton> : null}
      />
      <Streamed label={t("common.loading")} className="h-64">
        <Overview actor={actor} cursor={intParam(params, "cursor") ?? 0} asOf={asOf} />
      </Streamed>
    </>
  );
}

/** The overview's numbers, most urgent matters, units and signals: streamed after the header. */
async function Overview({ actor, cursor, asOf }: { actor: Actor; cursor: number; asOf: ReactNode }) {
  const [t, view, signals, petitions] = await Promise.all([getTranslations(), supervisionOverview(actor), buckPassingSignals(actor), petitionsForReview(actor)]);
  const s = (k: string, v?: Record<string, string | number>) => t(`supervision.${k}` as never, v as never);
  const offset = Math.min(cursor, Math.max(0, view.orgs.length - 1));
  const orgs = view.orgs.slice(offset, offset + ORGS_PER_PAGE);
  return (
    <>
      <div className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="supervision-counts">
        <Badge tone="danger">{s("overdueCount", { count: view.overdue })}</Badge>
        <Badge tone="warning">{s("dueSoonCount", { count: view.dueSoon })}</Badge>
        <Badge tone="neutral">{s("horizon", { date: view.horizon })}</Badge>
      </div>
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

        <Card title={s("top", { count: view.top.length })}>
          {view.top.length === 0 ? <EmptyState>{s("empty")}</EmptyState> : (
            <>
              <p className="mb-2 text-sm text-slate-600">{s("topHelp")}</p>
              <SupervisionItemsTable caption={s("top", { count: view.top.length })} items={view.top} />
            </>
          )}
        </Card>

        {view.orgs.length > 0 ? (
          <Card title={s("orgsTitle", { count: view.orgs.length })}>
            <Table caption={s("byOrg")} stacks>
              <thead>
                <tr><Th>{s("col2.org")}</Th><Th className="text-right">{s("col2.overdue")}</Th><Th className="text-right">{s("col2.dueSoon")}</Th></tr>
              </thead>
              <tbody>
                {orgs.map((o) => (
                  <Tr key={o.org.id} data-testid="supervision-org">
                    <Td><Link href={`/supervision?org=${o.org.id}`} className="record-link">{o.org.name}</Link></Td>
                    <Td className="text-right">{o.overdue > 0 ? <Badge tone="danger">{o.overdue}</Badge> : 0}</Td>
                    <Td className="text-right">{o.dueSoon > 0 ? <Badge tone="warning">{o.dueSoon}</Badge> : 0}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
            <Pagination basePath="/supervision" params={{}} hasCursor={offset > 0} nextCursor={offset + ORGS_PER_PAGE < view.orgs.length ? offset + ORGS_PER_PAGE : null} />
          </Card>
        ) : null}

        <Card title={s("signalsTitle")}>
          <p className="mb-2 text-sm text-slate-600">{s("signalsHelp")}</p>
          <SignalList matters={signals} mayOpen={can(actor, "accountability.open")} />
        </Card>
        {asOf}
      </div>
    </>
  );
}
