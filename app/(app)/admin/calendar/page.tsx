import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { dueDateAfter, listCalendarDays, listDeadlineRules, today } from "@/lib/data/calendar";
import { MAX_YEAR, MIN_YEAR, weekday } from "@/lib/domain/dates";
import { dateParam, intParam, param, type FilterProblem } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CalendarDayForm, DeadlineRuleForm } from "@/components/calendar/lazy";
import { resetCalendarDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminCalendar") };
}

/** The holiday calendar (official holidays and moved working days, 调休) and the deadline rules, with a calculator to check them. */
export default async function CalendarPage({ searchParams }: PageProps<"/admin/calendar">) {
  const actor = await requireActor();
  const params = await searchParams;
  const now = today();
  const thisYear = Number(now.slice(0, 4));
  const asked = intParam(params, "year");
  const year = asked !== undefined && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : thisYear;
  const [t, days, rules] = await Promise.all([getTranslations(), listCalendarDays(actor, year), listDeadlineRules(actor)]);
  const problems: FilterProblem[] = [];
  const tryFrom = dateParam(params, "from", problems);
  const tryRule = rules.find((r) => r.code === param(params, "rule"));
  const tryResult = tryFrom && tryRule ? await dueDateAfter(tryRule.code, tryFrom) : null;
  const weekdayName = (d: string) => t(`calendar.weekdays.${weekday(d)}` as never);
  // Rules other features add show their code until they name them in the catalog.
  const ruleName = (code: string) => (t.has(`calendar.rules.${code}` as never) ? t(`calendar.rules.${code}` as never) : code);
  return (
    <>
      <PageHeader title={t("nav.adminCalendar")} description={t("calendar.intro")} />
      <FilterProblems problems={problems} />
      {params.saved === "1" ? <div className="mb-4"><Notice tone="success">{t("common.saved")}</Notice></div> : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <Card title={t("calendar.rulesTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("calendar.rulesIntro")}</p>
          <ClientMessages namespaces={["calendar"]}>
            <ul className="space-y-4" data-testid="deadline-rules">
              {rules.map((r) => (
                <li key={r.id} className="border-b border-slate-100 pb-3 last:border-0">
                  <p className="mb-1 text-sm font-medium">{ruleName(r.code)} <span className="font-mono text-xs text-slate-500">{r.code}</span></p>
                  <DeadlineRuleForm key={r.version} id={r.id} code={r.code} initial={{ days: r.days, dayType: r.dayType as never, version: r.version }} />
                </li>
              ))}
            </ul>
          </ClientMessages>
        </Card>
        <Card title={t("calendar.tryTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("calendar.tryIntro")}</p>
          <form method="get" action="/admin/calendar" className="mb-4 flex flex-wrap items-end gap-3">
            <input type="hidden" name="year" value={year} />
            <FilterText name="from" type="date" label={t("calendar.tryFrom")} defaultValue={tryFrom ?? now} />
            <FilterSelect name="rule" label={t("calendar.tryRule")} defaultValue={tryRule?.code} allLabel={t("common.choose")} options={rules.map((r) => ({ value: r.code, label: ruleName(r.code) }))} />
            <button type="submit" className={buttonClass("secondary")}>{t("calendar.tryButton")}</button>
          </form>
          {tryResult && tryRule && tryFrom ? (
            <p className="text-sm" data-testid="try-result">{t("calendar.tryResult", { from: tryFrom, days: tryRule.days, dayType: t(`calendar.dayTypes.${tryRule.dayType}` as never), due: tryResult, weekday: weekdayName(tryResult) })}</p>
          ) : null}
        </Card>
      </div>
      <Card className="mt-5" title={t("calendar.daysTitle", { year })} actions={
        <nav className="flex gap-2 text-sm">
          <Link href={`/admin/calendar?year=${year - 1}`} className="text-brand-700 hover:underline">{year - 1}</Link>
          <Link href={`/admin/calendar?year=${year + 1}`} className="text-brand-700 hover:underline">{year + 1}</Link>
        </nav>
      }>
        <p className="mb-3 text-sm text-slate-600">{t("calendar.daysIntro")}</p>
        <ClientMessages namespaces={["calendar"]}>
          <CalendarDayForm defaultDate={`${year}-${year === thisYear ? now.slice(5) : "01-01"}`} />
        </ClientMessages>
        <div className="mt-4">
          <Table caption={t("calendar.daysTitle", { year })}>
            <thead>
              <tr>
                <Th>{t("calendar.date")}</Th>
                <Th>{t("calendar.weekday")}</Th>
                <Th>{t("calendar.kind")}</Th>
                <Th>{t("calendar.name")}</Th>
                <Th>{t("calendar.source")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <Tr key={d.date}>
                  <Td className="tabular-nums">{d.date}</Td>
                  <Td>{weekdayName(d.date)}</Td>
                  <Td><Badge tone={d.kind === "HOLIDAY" ? "danger" : "info"}>{t(`calendar.kinds.${d.kind}` as never)}</Badge></Td>
                  <Td>{d.name || "—"}</Td>
                  <Td>{t(`calendar.sources.${d.source}` as never)}</Td>
                  <Td>
                    {d.source === "admin" ? (
                      <ClientMessages namespaces={["calendar"]}>
                        <ConfirmAction label={t("calendar.reset")} confirm={t("calendar.resetConfirm", { date: d.date })} action={resetCalendarDayAction.bind(null, d.date)} />
                      </ClientMessages>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      </Card>
    </>
  );
}
