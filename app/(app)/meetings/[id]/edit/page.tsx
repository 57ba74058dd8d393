import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getMeeting, meetingActionsFor, meetingOrgOptions } from "@/lib/data/meetings";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { CancelMeetingForm, InvitationsForm, RescheduleForm } from "@/components/meetings/lazy";
import { cancelMeetingAction, checkOverlapsAction, rescheduleMeetingAction, updateInvitationsAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("rescheduleTitle") };
}

export default async function EditMeetingPage({ params }: PageProps<"/meetings/[id]/edit">) {
  const actor = await requireActor();
  const meeting = await loadOr404(async () => getMeeting(actor, routeId((await params).id)));
  const actions = meetingActionsFor(actor, meeting);
  notFoundUnless(actions.includes("reschedule"));
  const [t, directory] = await Promise.all([getTranslations(), meetingOrgOptions(actor)]);
  const start = toCityDateTimeInput(meeting.startsAt);
  const end = toCityDateTimeInput(meeting.endsAt);
  return (
    <>
      <PageHeader
        title={t("meetings.rescheduleTitle")}
        description={`${meeting.ref} ${meeting.title}`}
        breadcrumbs={<><Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link> / <Link href={`/meetings/${meeting.id}`} className="hover:underline">{meeting.ref}</Link></>}
      />
      <div className="space-y-5">
        <ClientMessages namespaces={["meetings", "org"]}>
          <Card title={t("meetings.rescheduleTitle")}>
            <RescheduleForm
              key={`r${meeting.version}`}
              meetingId={meeting.id}
              initial={{ title: meeting.title, date: start.slice(0, 10), startTime: start.slice(11), endTime: end.slice(11), place: meeting.place, chair: meeting.chair, version: meeting.version }}
              inviteeIds={meeting.invitations.map((i) => i.orgId)}
              action={rescheduleMeetingAction.bind(null, meeting.id)}
              check={checkOverlapsAction}
            />
          </Card>
          <Card title={t("meetings.invitationsTitle")}>
            <InvitationsForm
              key={`i${meeting.version}`}
              meetingId={meeting.id}
              current={meeting.invitations.map((i) => ({ orgId: i.orgId, reason: "invited" }))}
              directory={directory.filter((o) => o.id !== actor.orgId).map((o) => ({ id: o.id, name: o.name, kind: o.kind }))}
              version={meeting.version}
              action={updateInvitationsAction.bind(null, meeting.id)}
            />
          </Card>
          {actions.includes("cancel") ? (
            <Card title={t("meetings.cancelTitle")}>
              <CancelMeetingForm meetingId={meeting.id} version={meeting.version} action={cancelMeetingAction.bind(null, meeting.id)} />
            </Card>
          ) : null}
        </ClientMessages>
      </div>
    </>
  );
}
