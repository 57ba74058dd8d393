import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { PageHeader } from "@/components/ui/layout";
import { LinkButton } from "@/components/ui/button";
import { Streamed } from "@/components/ui/streamed";
import { NotificationsInbox } from "@/components/home/notifications-inbox";
import { JointMeetingInbox } from "@/components/home/joint-meeting-inbox";
import { ComplaintInbox } from "@/components/home/complaint-inbox";
import { ReferralInbox } from "@/components/home/referral-inbox";
import { WorksInbox } from "@/components/home/works-inbox";
import { SupervisionInbox } from "@/components/home/supervision-inbox";
import { WeeklyReportCard } from "@/components/assessment/weekly-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("home") };
}

/** Each role's home: its inbox (features add their sections here) and who it is in the mechanism. */
export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  // What this role starts from here (the menu is beside the page; the header names the user).
  const starts = [
    can(actor, "complaints.register") && { href: "/complaints/new", label: t("complaints.new") },
    can(actor, "referrals.create") && { href: "/referrals/new", label: t("referrals.new") },
    can(actor, "disputes.register") && { href: "/disputes/new", label: t("disputes.new") },
    can(actor, "works.register") && { href: "/works/new", label: t("works.new") },
  ].filter((s): s is { href: string; label: string } => Boolean(s));
  const loading = t("common.loading");
  return (
    <>
      <PageHeader
        title={t("home.title", { org: actor.orgName })}
        description={t(`home.duty.${actor.orgKind}`)}
        actions={starts.length > 0 ? <>{starts.map((s, i) => <LinkButton key={s.href} href={s.href} variant={i === 0 ? "primary" : "secondary"}>{s.label}</LinkButton>)}</> : null}
      />
      <div className="grid gap-5 xl:grid-cols-3">
        <div className="space-y-5 xl:col-span-2">
          <Streamed label={loading}><SupervisionInbox actor={actor} /></Streamed>
          <Streamed label={loading}><JointMeetingInbox actor={actor} /></Streamed>
          {/* Intake: complaints, referrals, works and outages */}
          <Streamed label={loading}><ComplaintInbox actor={actor} /></Streamed>
          <Streamed label={loading}><ReferralInbox actor={actor} /></Streamed>
          <Streamed label={loading}><WorksInbox actor={actor} /></Streamed>
          <Streamed label={loading}><NotificationsInbox actor={actor} /></Streamed>
        </div>
        <div className="space-y-5">
          <Streamed label={loading}><WeeklyReportCard actor={actor} /></Streamed>
        </div>
      </div>
    </>
  );
}
