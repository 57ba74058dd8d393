import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getReferral, referralTargets } from "@/lib/data/referrals";
import { loadOr404, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { AttachmentList } from "@/components/ui/attachment-list";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList, Notice, PageHeader } from "@/components/ui/layout";
import { DueDate } from "@/components/intake/due-date";
import { Timeline } from "@/components/intake/timeline";
import { ReferralStatusBadge } from "@/components/referrals/status-badge";
import { ReferralSteps } from "@/components/referrals/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("referrals");
  return { title: t("details") };
}

const DONE = ["created", "accept", "return", "rerefer", "reportOutcome", "acknowledge"] as const;

export default async function ReferralPage({ params, searchParams }: PageProps<"/referrals/[id]">) {
  const actor = await requireActor();
  const r = await loadOr404(async () => getReferral(actor, routeId((await params).id)));
  const [t, format, query] = await Promise.all([getTranslations(), getFormatter(), searchParams]);
  const targets = r.allowed.includes("rerefer") ? await referralTargets(actor, r.areaId) : [];
  const when = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—");
  const done = typeof query.done === "string" && (DONE as readonly string[]).includes(query.done) ? query.done : null;
  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{r.ref} <ReferralStatusBadge status={r.status} />{r.overdue ? <Badge tone="danger">{t("referrals.overdue")}</Badge> : null}</span>}
        description={t("referrals.referredBy", { org: r.referringOrg.name, date: when(r.referredAt), department: r.departmentOrg.name })}
        breadcrumbs={<Link href="/referrals" className="hover:underline">{t("referrals.title")}</Link>}
      />
      {done ? <div className="mb-4"><Notice tone="success">{t(`referrals.done.${done}` as never)}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Card title={t("referrals.details")}>
            <DescriptionList
              items={[
                { label: t("referrals.field.area"), value: r.area.name },
                { label: t("referrals.field.location"), value: r.location },
                { label: t("referrals.field.category"), value: r.category?.name ?? "—" },
                { label: t("referrals.field.department"), value: r.departmentOrg.name },
                { label: t("referrals.field.referringOrg"), value: r.referringOrg.name },
                { label: t("referrals.field.referredAt"), value: when(r.referredAt) },
              ]}
            />
            <h3 className="mt-4 text-xs font-medium text-slate-500">{t("referrals.field.findings")}</h3>
            <p className="mt-1 whitespace-pre-line break-words text-sm">{r.findings}</p>
            <h3 className="mt-4 mb-1 text-xs font-medium text-slate-500">{t("referrals.field.evidence")}</h3>
            <AttachmentList files={r.evidence} />
            <div className="mt-4 space-y-1 text-xs text-slate-600" data-testid="referral-routing">
              <p>{t("referrals.routing.legalBasis")}：{r.matchedPolicyText}</p>
              {r.proposedOrg ? <p>{t("referrals.routing.proposed")}：{r.proposedOrg.name}</p> : null}
              {r.overrideReason ? <p>{t("referrals.field.overrideReason")}：{r.overrideReason}</p> : null}
            </div>
          </Card>
          <Card title={t("referrals.outcomeTitle")}>
            {r.outcomeAt ? (
              <div data-testid="referral-outcome">
                <DescriptionList
                  items={[
                    { label: t("referrals.field.measures"), value: <span className="whitespace-pre-line">{r.measures}</span> },
                    { label: t("referrals.field.penaltyDecisionNo"), value: r.penaltyDecisionNo || t("referrals.noPenalty") },
                    { label: t("referrals.field.outcomeAt"), value: when(r.outcomeAt) },
                    { label: t("referrals.field.acknowledgedAt"), value: r.acknowledgedAt ? `${when(r.acknowledgedAt)}${r.acknowledgeNote ? `（${r.acknowledgeNote}）` : ""}` : t("referrals.notAcknowledged") },
                  ]}
                />
                {r.outcomeFiles.length > 0 ? <div className="mt-3"><AttachmentList files={r.outcomeFiles} /></div> : null}
              </div>
            ) : r.status === "RETURNED" ? (
              <p className="text-sm"><span className="text-slate-500">{t("referrals.field.returnReason")}：</span>{r.returnReason}</p>
            ) : (
              <p className="text-sm text-slate-500">{t("referrals.noOutcome")}</p>
            )}
          </Card>
          <Card title={t("referrals.timelineTitle")}>
            <Timeline empty="—" entries={r.events.map((e) => ({ id: e.id, at: e.at, actorName: e.actorName, actorOrgName: e.actorOrgName, note: e.note, label: t(`referrals.event.${e.kind}` as never), detail: e.toOrgName ? `→ ${e.toOrgName}` : undefined }))} />
          </Card>
        </div>
        {/* On phones the record's actions come before its details. */}
        <div className="order-first space-y-5 xl:order-none">
          <Card title={t("referrals.actions.title")}>
            {r.allowed.length === 0 ? <p className="text-sm text-slate-500">{t("referrals.actions.none")}</p> : (
              <ClientMessages namespaces={["referrals", "org"]}>
                <ReferralSteps key={r.version} id={r.id} version={r.version} allowed={r.allowed} targets={targets} currentDepartmentId={r.departmentOrgId} />
              </ClientMessages>
            )}
          </Card>
          <Card title={t("referrals.field.due")}>
            <DescriptionList items={[
              {
                label: t("referrals.feedbackDue"),
                value: r.currentDueDate ? <span className="inline-flex flex-wrap items-center gap-2"><DueDate date={r.currentDueDate} overdue={r.overdue} /><span className="text-slate-600">{t(`referrals.waitingFor.${r.status}` as never)}</span></span> : <DueDate date={null} overdue={false} />,
              },
              { label: t("referrals.field.acceptedAt"), value: when(r.acceptedAt) },
            ]} />
          </Card>
        </div>
      </div>
    </>
  );
}
