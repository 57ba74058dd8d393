import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { navFor } from "@/lib/navigation";
import { Card, DescriptionList, PageHeader } from "@/components/ui/layout";
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
  const links = navFor(actor).filter((i) => i.href !== "/");
  const loading = t("common.loading");
  return (
    <>
      <PageHeader title={t("home.title", { org: actor.orgName })} description={t(`home.duty.${actor.orgKind}`)} />
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
          <Card title={t("home.you")}>
            <DescriptionList
              items={[
                { label: t("home.name"), value: actor.name },
                { label: t("home.role"), value: t(`org.role.${actor.role}`) },
                { label: t("home.organisation"), value: actor.orgName },
                { label: t("home.kind"), value: t(`org.kind.${actor.orgKind}`) },
              ]}
            />
          </Card>
          {links.length > 0 ? (
            <Card title={t("home.shortcuts")}>
              <ul className="space-y-1">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="text-sm text-brand-700 hover:underline">{t(`nav.${l.label}` as never)}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
