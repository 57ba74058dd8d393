import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getMeeting } from "@/lib/data/meetings";
import { chineseDate, cityDate } from "@/lib/domain/dates";
import { shortOrgName } from "@/lib/domain/document";
import { parseAttendees } from "@/lib/domain/meeting";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/meetings/print-button";
import "@/components/meetings/gbt9704.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("actions.signInSheet") };
}

const BLANK_ROWS = 5;

/** A printable sign-in sheet (签到表): each invited organisation with the people it named, and a signature column. */
export default async function SignInSheetPage({ params }: PageProps<"/meetings/[id]/sign-in-sheet">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  notFoundUnless(meeting.convenerOrgId === actor.orgId && meeting.status !== "CANCELLED");
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const p = (key: string, values?: Record<string, string | number>) => t(`meetings.print.${key}` as never, values as never);
  const rows: { org: string; name: string; position: string }[] = [
    { org: meeting.convener.name, name: "", position: "" },
    ...meeting.invitations
      .filter((i) => i.status !== "DECLINED")
      .flatMap((i) => {
        const people = i.status === "CONFIRMED" ? parseAttendees(i.attendeeNames) : [];
        return people.length > 0 ? people.map((person) => ({ org: i.org.name, name: person.name, position: person.position })) : [{ org: i.org.name, name: "", position: "" }];
      }),
    ...Array.from({ length: BLANK_ROWS }, () => ({ org: "", name: "", position: "" })),
  ];
  const time = `${chineseDate(cityDate(meeting.startsAt))} ${format.dateTime(meeting.startsAt, { hour: "2-digit", minute: "2-digit" })}–${format.dateTime(meeting.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`/meetings/${meeting.id}`} className={buttonClass("secondary")}>{p("back")}</Link>
        <PrintButton label={p("printButton")} />
      </div>
      <article className="gbt-doc gbt-sheet" data-testid="sign-in-sheet">
        <h1 className="gbt-title">{p("signInHeading", { org: shortOrgName(meeting.convener.name) })}</h1>
        <div className="gbt-body mb-[4mm]">
          <p>{p("signInMeeting", { title: meeting.title })}</p>
          <p>{p("signInTime", { time })}</p>
          <p>{p("signInPlace", { place: meeting.place })}</p>
        </div>
        <table className="gbt-table">
          <thead>
            <tr>
              <th className="w-[12mm]">{p("signInNo")}</th>
              <th>{p("signInOrg")}</th>
              <th className="w-[24mm]">{p("signInName")}</th>
              <th className="w-[26mm]">{p("signInPosition")}</th>
              <th className="w-[36mm]">{p("signInSignature")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td className="left">{r.org}</td>
                <td>{r.name}</td>
                <td>{r.position}</td>
                <td className="sign" />
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </div>
  );
}
