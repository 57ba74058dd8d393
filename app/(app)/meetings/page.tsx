import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { existingCalendarFeedToken } from "@/lib/data/calendar-feeds";
import { listMeetings } from "@/lib/data/meetings";
import { pageRequest } from "@/lib/data/paging";
import { DISPUTE_LEVELS } from "@/lib/domain/dispute";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { dateParam, enumParam, filterParams, intParam, param, type FilterProblem, type SearchParams } from "@/lib/search-params";
import { cn } from "@/components/ui/cn";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th, WIDE } from "@/components/ui/table";
import { createCalendarFeedAction, regenerateCalendarFeedAction } from "./actions";
import { MeetingRows } from "@/components/meetings/list-rows";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("title") };
}

const FILTER_KEYS = ["when", "level", "org", "unit", "dispute", "from", "to"] as const;

export default async function MeetingsPage({ searchParams }: PageProps<"/meetings">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "meetings.view"));
  const params = (await searchParams) as SearchParams;
  const when = param(params, "when") === "past" ? "past" : "upcoming";
  const problems: FilterProblem[] = [];
  const filter = { when, level: enumParam(params, "level", DISPUTE_LEVELS), orgId: intParam(params, "org"), unit: param(params, "unit"), disputeRef: param(params, "dispute"), from: dateParam(params, "from", problems), to: dateParam(params, "to", problems) } as const;
  const [t, page, token, h] = await Promise.all([
    getTranslations(), listMeetings(actor, filter, pageRequest(params)), existingCalendarFeedToken(actor), headers(),
  ]);
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const tab = (value: "upcoming" | "past") => {
    const q = new URLSearchParams(Object.entries(filterParams(params, FILTER_KEYS)).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "when"));
    q.set("when", value);
    return `/meetings?${q.toString()}`;
  };
  return (
    <>
      <PageHeader
        title={t("meetings.title")}
        description={t("meetings.intro")}
        actions={
          <>
            <LinkButton href="/meetings/calendar">{t("meetings.calendar")}</LinkButton>
            {can(actor, "meetings.convene") ? <LinkButton href="/meetings/new" variant="primary">{t("meetings.new")}</LinkButton> : null}
          </>
        }
      />
      <nav className="mb-3 flex gap-1 border-b border-slate-200 print:hidden" aria-label={t("meetings.title")}>
        {(["upcoming", "past"] as const).map((v) => (
          <Link key={v} href={tab(v)} aria-current={when === v ? "page" : undefined} className={cn("-mb-px border-b-2 px-3 py-2 text-sm", when === v ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900")}>
            {t(`meetings.${v}`)}
          </Link>
        ))}
      </nav>
      <FilterProblems problems={problems} />
      <Card>
        <FilterBar>
          <input type="hidden" name="when" value={when} />
          <FilterSelect name="level" label={t("meetings.filter.level")} defaultValue={filter.level} allLabel={t("common.all")} options={DISPUTE_LEVELS.map((l) => ({ value: l, label: t(`disputes.levelMeeting.${l}`) }))} />
          {filter.orgId ? <input type="hidden" name="org" value={filter.orgId} /> : null}
          <FilterText name="unit" label={t("meetings.filter.unit")} defaultValue={filter.unit} placeholder={t("meetings.filter.unitPlaceholder")} />
          <FilterText name="dispute" label={t("meetings.filter.dispute")} defaultValue={filter.disputeRef} placeholder={t("meetings.filter.disputePlaceholder")} />
          <FilterText name="from" type="date" label={t("meetings.filter.from")} defaultValue={filter.from} />
          <FilterText name="to" type="date" label={t("meetings.filter.to")} defaultValue={filter.to} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("meetings.empty")}</EmptyState> : (
          <Table caption={t(`meetings.${when}`)} stacks>
            <thead>
              <tr><Th className={WIDE}>{t("meetings.time")}</Th><Th>{t("meetings.name")}</Th><Th className={WIDE}>{t("meetings.level")}</Th><Th className={WIDE}>{t("meetings.convener")}</Th><Th className={WIDE}>{t("meetings.disputes")}</Th><Th className={WIDE}>{t("meetings.status")}</Th><Th className={WIDE}>{t("meetings.myInvitation")}</Th></tr>
            </thead>
            <MeetingRows rows={page.rows} actorOrgId={actor.orgId} />
          </Table>
        )}
        <Pagination basePath="/meetings" params={filterParams(params, FILTER_KEYS)} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>

      <Card title={t("meetings.subscribe.title")} className="mt-5">
        <p className="mb-3 text-sm text-slate-600">{t("meetings.subscribe.intro")}</p>
        {token ? (
          <div className="space-y-3">
            <label className="block text-xs font-medium text-slate-600">
              {t("meetings.subscribe.url")}
              <input readOnly value={`${origin}/api/ical/feed/${token}`} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
            </label>
            {/* Confirmed in the page, without script: the list needs no client code of its own. */}
            <details>
              <summary className={`${buttonClass("secondary")} cursor-pointer list-none`}>{t("meetings.subscribe.regenerate")}</summary>
              <form action={regenerateCalendarFeedAction} className="mt-2 flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
                <p className="text-sm text-amber-900">{t("meetings.subscribe.regenerateWarning")}</p>
                <button type="submit" className={buttonClass("danger")}>{t("meetings.subscribe.regenerateConfirm")}</button>
              </form>
            </details>
          </div>
        ) : (
          <form action={createCalendarFeedAction}>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">{t("meetings.subscribe.show")}</button>
          </form>
        )}
      </Card>
    </>
  );
}
