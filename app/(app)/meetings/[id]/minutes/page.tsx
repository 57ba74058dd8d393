import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getMeeting, meetingActionsFor } from "@/lib/data/meetings";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { MinutesForm } from "@/components/meetings/lazy";
import { saveMinutesAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("minutes") };
}

export default async function MinutesPage({ params }: PageProps<"/meetings/[id]/minutes">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  notFoundUnless(meetingActionsFor(actor, meeting).includes("editMinutes"));
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("meetings.minutes")}
        description={`${meeting.ref} ${meeting.title}`}
        breadcrumbs={<><Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link> / <Link href={`/meetings/${meeting.id}`} className="hover:underline">{meeting.ref}</Link></>}
      />
      <Card>
        <p className="mb-2 text-sm text-slate-600">{t("meetings.minutesIntro")}</p>
        <p className="mb-4 text-sm text-slate-700">{t("meetings.resolutionsWhere")} <Link href={`/meetings/${meeting.id}#resolutions`} className="text-brand-700 hover:underline">{t("meetings.resolutionsLink")}</Link></p>
        {meeting.resolutions.length > 0 ? (
          <div className="mb-4 rounded-md bg-slate-50 p-3 text-sm">
            <p className="font-medium">{t("meetings.resolutions")}</p>
            <ul className="mt-1 list-disc pl-5">
              {meeting.resolutions.map((r) => <li key={r.id}>{t("meetings.resolutionSummary", { description: r.description, org: r.responsibleOrg.name, date: r.dueDate })}</li>)}
            </ul>
          </div>
        ) : null}
        <ClientMessages namespaces={["meetings", "disputes"]}>
          <MinutesForm
            key={meeting.version}
            meetingId={meeting.id}
            initial={{
              summary: meeting.summary,
              version: meeting.version,
              items: meeting.agendaItems.map((a) => ({
                id: a.id, title: a.title, minutes: a.minutes, outcome: a.outcome ?? "", disputeRef: a.dispute?.ref ?? null,
                resolutions: meeting.resolutions.filter((r) => r.disputeId !== null && r.disputeId === a.disputeId).length,
              })),
            }}
            action={saveMinutesAction.bind(null, meeting.id)}
          />
        </ClientMessages>
        <p className="mt-4 text-sm"><Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">{t("meetings.backToMeeting")}</Link></p>
      </Card>
    </>
  );
}
