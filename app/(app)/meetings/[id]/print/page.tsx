import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getMeeting } from "@/lib/data/meetings";
import { chineseDate, cityDate } from "@/lib/domain/dates";
import { chineseNumber, shortOrgName } from "@/lib/domain/document";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/layout";
import { PrintButton } from "@/components/meetings/print-button";
import "@/components/meetings/gbt9704.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("actions.print") };
}

/** Printable minutes in the GB/T 9704-2012 §10.3 纪要 format. */
export default async function PrintMinutesPage({ params }: PageProps<"/meetings/[id]/print">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  notFoundUnless(meeting.status === "HELD");
  const t = await getTranslations();
  const p = (key: string, values?: Record<string, string | number>) => t(`meetings.print.${key}` as never, values as never);
  const date = (d: Date) => chineseDate(cityDate(d));
  const org = shortOrgName(meeting.convener.name);
  const final = meeting.minutesStatus === "FINAL";

  const byOrg = new Map<string, string[]>();
  for (const a of meeting.attendance.filter((x) => x.capacity === "ATTENDING")) {
    const key = a.org?.name ?? "";
    byOrg.set(key, [...(byOrg.get(key) ?? []), a.personName]);
  }
  const present = [...byOrg].map(([name, people]) => `${name}${name ? " " : ""}${people.join("、")}`).join("；");
  const excused = meeting.invitations.filter((i) => i.status === "DECLINED").map((i) => i.org.name).join("；");
  const observing = meeting.attendance.filter((x) => x.capacity === "OBSERVING").map((a) => `${a.org?.name ?? ""}${a.org ? " " : ""}${a.personName}`).join("；");
  const unattached = meeting.resolutions.filter((r) => r.agendaItem === null);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`/meetings/${meeting.id}`} className={buttonClass("secondary")}>{p("back")}</Link>
        <PrintButton label={p("printButton")} />
      </div>
      {!final ? <div className="print:hidden"><Notice tone="warning">{t("meetings.minutesStatusValue.DRAFT")}</Notice></div> : null}
      <article className="gbt-doc gbt-sheet gbt-body" data-testid="minutes-document">
        <p className="gbt-mark">{p("minutesHeading", { org })}{final ? "" : p("draftMark")}</p>
        <div className="gbt-issue"><span>{meeting.ref}</span><span>{date(meeting.finalizedAt ?? meeting.startsAt)}</span></div>
        <hr className="gbt-rule" />
        <h1 className="gbt-title">{meeting.title}</h1>
        <p className="gbt-para">{p("intro", { date: date(meeting.startsAt), org: meeting.convener.name, place: meeting.place, chair: meeting.chair })}</p>
        {meeting.summary ? meeting.summary.split(/\n+/).map((line, i) => <p key={`s${i}`} className="gbt-para">{line}</p>) : null}
        <p className="gbt-para">{p("resolvedHeading")}</p>
        {meeting.agendaItems.map((a, i) => {
          const resolutions = meeting.resolutions.filter((r) => r.agendaItem?.id === a.id);
          return (
            <section key={a.id}>
              <p className="gbt-h1">{chineseNumber(i + 1)}、{a.title}</p>
              {(a.minutes || t("meetings.noMinutes")).split(/\n+/).map((line, j) => <p key={j} className="gbt-para">{line}</p>)}
              {a.dispute ? <p className="gbt-para">{p("outcome", { outcome: a.outcome ? t(`disputes.outcomeValue.${a.outcome}` as never) : t("disputes.outcomePending") })}</p> : null}
              {resolutions.map((r, j) => (
                <p key={r.id} className="gbt-para">{p("resolutionLine", { index: chineseNumber(j + 1), description: r.description.replace(/[。.]$/, ""), org: r.responsibleOrg.name, date: chineseDate(r.dueDate) })}</p>
              ))}
            </section>
          );
        })}
        {unattached.length > 0 ? (
          <section>
            <p className="gbt-h1">{chineseNumber(meeting.agendaItems.length + 1)}、{t("meetings.resolutions")}</p>
            {unattached.map((r, j) => (
              <p key={r.id} className="gbt-para">{p("resolutionLine", { index: chineseNumber(j + 1), description: r.description.replace(/[。.]$/, ""), org: r.responsibleOrg.name, date: chineseDate(r.dueDate) })}</p>
            ))}
          </section>
        ) : null}
        {meeting.amendments.length > 0 ? (
          <section className="gbt-keep">
            <p className="gbt-h1">{p("amendmentsHeading")}</p>
            {meeting.amendments.map((a) => (
              <p key={a.id} className="gbt-para">{p("amendmentLine", { time: date(a.at), name: a.authorName, text: a.text })}</p>
            ))}
          </section>
        ) : null}
        <dl className="gbt-roster mt-[10mm]">
          <dt>{p("present")}</dt><dd>{present || p("none")}</dd>
          <dt>{p("excused")}</dt><dd>{excused || p("none")}</dd>
          <dt>{p("observing")}</dt><dd>{observing || p("none")}</dd>
        </dl>
        <div className="gbt-signatures gbt-keep">
          <p>{p("recorder")}<span className="line">&nbsp;</span></p>
          <p>{p("approver")}<span className="line">&nbsp;</span></p>
          <p />
          <p className="text-right">{p("signDate")}</p>
        </div>
      </article>
    </div>
  );
}
