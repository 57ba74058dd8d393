import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getMeeting, meetingActionsFor, meetingOrgOptions } from "@/lib/data/meetings";
import { parseAttendees } from "@/lib/domain/meeting";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { AttendanceForm } from "@/components/meetings/lazy";
import { saveAttendanceAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("attendance") };
}

export default async function AttendancePage({ params }: PageProps<"/meetings/[id]/attendance">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  notFoundUnless(meetingActionsFor(actor, meeting).includes("recordAttendance"));
  const [t, directory] = await Promise.all([getTranslations(), meetingOrgOptions(actor)]);
  const invited = new Set(meeting.invitations.map((i) => i.orgId));
  const orgs = [
    ...meeting.invitations.map((i) => ({ value: i.orgId, label: i.org.name, group: t("meetings.invitees") })),
    { value: meeting.convenerOrgId, label: meeting.convener.name, group: t("meetings.convener") },
    ...directory.filter((o) => !invited.has(o.id) && o.id !== meeting.convenerOrgId).map((o) => ({ value: o.id, label: o.name, group: t(`org.kind.${o.kind}` as never) })),
  ];
  const rows = meeting.attendance.length > 0
    ? meeting.attendance.map((a) => ({ orgId: a.orgId ?? "", personName: a.personName, position: a.position, capacity: a.capacity as "ATTENDING" | "OBSERVING" }))
    : meeting.invitations.filter((i) => i.status === "CONFIRMED").flatMap((i) => parseAttendees(i.attendeeNames).map((p) => ({ orgId: i.orgId, personName: p.name, position: p.position, capacity: "ATTENDING" as const })));
  return (
    <>
      <PageHeader
        title={t("meetings.attendance")}
        description={`${meeting.ref} ${meeting.title}`}
        breadcrumbs={<><Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link> / <Link href={`/meetings/${meeting.id}`} className="hover:underline">{meeting.ref}</Link></>}
      />
      <Card>
        <p className="mb-4 text-sm text-slate-600">{t("meetings.attendanceIntro")}</p>
        <ClientMessages namespaces={["meetings"]}>
          <AttendanceForm key={meeting.version} meetingId={meeting.id} initial={{ rows, version: meeting.version }} orgs={orgs} action={saveAttendanceAction.bind(null, meeting.id)} />
        </ClientMessages>
      </Card>
    </>
  );
}
