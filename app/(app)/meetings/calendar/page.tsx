import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { meetingsBetween } from "@/lib/data/meetings";
import { addDays, cityDate, startOfCityDate, weekday } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { dateParam, param, type FilterProblem, type SearchParams } from "@/lib/search-params";
import { cn } from "@/components/ui/cn";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { FilterProblems } from "@/components/ui/filter-problems";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("calendar") };
}

/** Monday of the week a date falls in (Chinese calendars start the week on Monday). */
function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function shiftMonth(date: string, months: number): string {
  const [y, m] = date.split("-").map(Number);
  const total = y! * 12 + (m! - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

const LEVEL_TONE: Record<string, string> = { STREET: "border-l-sky-600 bg-sky-50", DISTRICT: "border-l-amber-600 bg-amber-50", CITY: "border-l-red-700 bg-red-50" };

export default async function MeetingCalendarPage({ searchParams }: PageProps<"/meetings/calendar">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "meetings.view"));
  const sp = (await searchParams) as SearchParams;
  const view = param(sp, "view") === "month" ? "month" : "week";
  const problems: FilterProblem[] = [];
  const now = today();
  const anchor = dateParam(sp, "date", problems) ?? now;
  const first = view === "week" ? mondayOf(anchor) : mondayOf(monthStart(anchor));
  const days = view === "week" ? 7 : 42;
  const dates = Array.from({ length: days }, (_, i) => addDays(first, i));
  const [t, format, meetings] = await Promise.all([
    getTranslations(), getFormatter(), meetingsBetween(actor, startOfCityDate(first), startOfCityDate(addDays(first, days))),
  ]);
  const byDay = new Map<string, typeof meetings>();
  for (const m of meetings) {
    const key = cityDate(m.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), m]);
  }
  const unit = t(`meetings.calendarView.${view}`);
  const prev = view === "week" ? addDays(first, -7) : shiftMonth(anchor, -1);
  const next = view === "week" ? addDays(first, 7) : shiftMonth(anchor, 1);
  const [year, month] = anchor.split("-").map(Number);
  const title = view === "week"
    ? t("meetings.calendarView.weekTitle", { from: first, to: addDays(first, 6) })
    : t("meetings.calendarView.monthTitle", { year: year!, month: month! });
  const href = (v: string, d: string) => `/meetings/calendar?view=${v}&date=${d}`;
  const time = (d: Date) => format.dateTime(d, { hour: "2-digit", minute: "2-digit" });

  return (
    <>
      <PageHeader
        title={t("meetings.calendar")}
        description={title}
        breadcrumbs={<Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link>}
        actions={
          <>
            <LinkButton href={href(view, prev)}>{t("meetings.calendarView.previous", { unit })}</LinkButton>
            <LinkButton href={href(view, now)}>{t("meetings.calendarView.today")}</LinkButton>
            <LinkButton href={href(view, next)}>{t("meetings.calendarView.next", { unit })}</LinkButton>
            <LinkButton href={href(view === "week" ? "month" : "week", anchor)} variant="ghost">{t(`meetings.calendarView.${view === "week" ? "month" : "week"}`)}</LinkButton>
            <LinkButton href="/meetings" variant="ghost">{t("meetings.calendarView.list")}</LinkButton>
          </>
        }
      />
      <FilterProblems problems={problems} />
      <Card>
        {meetings.length === 0 ? <p className="mb-3 text-sm text-slate-500">{t("meetings.calendarView.none")}</p> : null}
        <div className={cn("grid gap-px overflow-hidden rounded-md border border-slate-200 bg-slate-200", view === "week" ? "grid-cols-1 md:grid-cols-7" : "grid-cols-7")} data-testid={`calendar-${view}`}>
          {view === "month"
            ? dates.slice(0, 7).map((d) => (
                <div key={`h${d}`} className="bg-slate-50 px-1 py-1 text-center text-xs font-semibold text-slate-600">
                  <span className="hidden sm:inline">{t(`meetings.calendarView.weekday.${weekday(d)}` as never)}</span>
                  <span className="sm:hidden">{t(`meetings.calendarView.weekday.${weekday(d)}` as never).slice(-1)}</span>
                </div>
              ))
            : null}
          {dates.map((d) => {
            const list = byDay.get(d) ?? [];
            const outside = view === "month" && d.slice(0, 7) !== anchor.slice(0, 7);
            return (
              <div key={d} className={cn("min-h-24 bg-white p-1.5", outside && "bg-slate-50 text-slate-400", d === now && "ring-2 ring-inset ring-brand-500")}>
                <p className="mb-1 text-xs font-semibold">
                  {view === "week" ? `${t(`meetings.calendarView.weekday.${weekday(d)}` as never)} ` : null}
                  {view === "week" ? d.slice(5) : Number(d.slice(8))}
                </p>
                <ul className="space-y-1">
                  {list.map((m) => (
                    <li key={m.id}>
                      <Link href={`/meetings/${m.id}`} title={m.title} className={cn("block rounded border-l-4 px-1.5 py-1 text-xs hover:underline", LEVEL_TONE[m.level], m.status === "CANCELLED" && "line-through opacity-60")}>
                        <span className="font-semibold">{time(m.startsAt)}</span>
                        {/* A month cell on a phone is too narrow for titles: they are listed below the grid. */}
                        <span className={cn(view === "month" && "hidden sm:inline")}> {m.title}</span>
                        {view === "week" ? <span className="block text-[11px] text-slate-600">{m.place}</span> : null}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
        {view === "month" && meetings.length > 0 ? (
          <ul className="mt-4 space-y-2 sm:hidden" aria-label={title}>
            {meetings.map((m) => (
              <li key={m.id} className={cn("rounded border-l-4 px-2 py-1.5 text-sm", LEVEL_TONE[m.level], m.status === "CANCELLED" && "line-through opacity-60")}>
                <Link href={`/meetings/${m.id}`} className="hover:underline">
                  <span className="font-semibold">{format.dateTime(m.startsAt, { month: "2-digit", day: "2-digit", weekday: "short" })} {time(m.startsAt)}</span> {m.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
    </>
  );
}
