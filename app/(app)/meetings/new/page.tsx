import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { today } from "@/lib/data/calendar";
import { scheduleOptions } from "@/lib/data/meetings";
import { addDays } from "@/lib/domain/dates";
import { shortOrgName } from "@/lib/domain/document";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import type { SearchParams } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { ScheduleForm } from "@/components/meetings/lazy";
import { checkOverlapsAction, scheduleMeetingAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("new") };
}

export default async function NewMeetingPage({ searchParams }: PageProps<"/meetings/new">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "meetings.convene"));
  const sp = (await searchParams) as SearchParams;
  const raw = sp.dispute;
  const preselected = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v) => /^\d{1,9}$/.test(v)).map(Number);
  const [t, options] = await Promise.all([getTranslations(), scheduleOptions(actor)]);
  return (
    <>
      <PageHeader title={t("meetings.new")} description={t("meetings.newIntro")} breadcrumbs={<Link href="/meetings" className="hover:underline">{t("meetings.title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["meetings", "disputes", "org"]}>
          <ScheduleForm
            disputes={options.disputes}
            preselected={preselected}
            directory={options.directory.map((o) => ({ id: o.id, name: o.name, kind: o.kind }))}
            defaults={{ title: t("meetings.nameDefault", { org: shortOrgName(actor.orgName) }), date: addDays(today(), 1), startTime: "09:00", endTime: "11:00" }}
            action={scheduleMeetingAction}
            check={checkOverlapsAction}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
