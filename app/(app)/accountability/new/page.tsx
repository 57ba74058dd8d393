import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { accountabilitySubjects } from "@/lib/data/accountability";
import { FAILURES } from "@/lib/domain/accountability";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { enumParam, intParam, param, type SearchParams } from "@/lib/search-params";
import { ClientMessages } from "@/components/intl-provider";
import { Card, PageHeader } from "@/components/ui/layout";
import { OpenAccountabilityForm } from "@/components/accountability/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountability");
  return { title: t("newTitle") };
}

/** Opening a record; the supervision view links here with ?subject=&refs=&failure= pre-filled. */
export default async function NewAccountabilityPage({ searchParams }: PageProps<"/accountability/new">) {
  const actor = await requireActor();
  notFoundUnless(can(actor, "accountability.open"));
  const params = (await searchParams) as SearchParams;
  const [t, subjects] = await Promise.all([getTranslations("accountability"), accountabilitySubjects(actor)]);
  const subject = intParam(params, "subject");
  const defaults = {
    subjectOrgId: subject && subjects.some((s) => s.id === subject) ? String(subject) : "",
    matterRefs: (param(params, "refs") ?? "").slice(0, 500),
    failure: enumParam(params, "failure", FAILURES) ?? "",
  };
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} breadcrumbs={<Link href="/accountability" className="hover:underline">{t("title")}</Link>} />
      <Card>
        <ClientMessages namespaces={["accountability", "org"]}>
          <OpenAccountabilityForm subjects={subjects} defaults={defaults} />
        </ClientMessages>
      </Card>
    </>
  );
}
