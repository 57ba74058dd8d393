import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listPeriods } from "@/lib/data/assessment";
import { can } from "@/lib/permissions";
import { notFoundUnless } from "@/lib/page-guards";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment");
  return { title: t("title") };
}

export default async function AssessmentPage() {
  const actor = await requireActor();
  notFoundUnless(can(actor, "assessment.view"));
  const [t, periods] = await Promise.all([getTranslations("assessment"), listPeriods(actor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor, "assessment.manage") ? <LinkButton href="/assessment/new" variant="primary">{t("newPeriod")}</LinkButton> : null}
      />
      <Card title={t("periods")}>
        {periods.length === 0 ? (
          <EmptyState>{t("noPeriods")}</EmptyState>
        ) : (
          <Table caption={t("periods")}>
            <thead>
              <tr>
                <Th>{t("period.name")}</Th>
                <Th>{t("period.fromDate")}</Th>
                <Th>{t("period.toDate")}</Th>
                <Th>{t("period.minVolume")}</Th>
                <Th>{t("period.threshold")}</Th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <Tr key={p.id}>
                  <Td><Link href={`/assessment/${p.id}`} className="record-link">{p.name}</Link></Td>
                  <Td className="tabular-nums">{p.fromDate}</Td>
                  <Td className="tabular-nums">{p.toDate}</Td>
                  <Td className="tabular-nums">{p.minVolume}</Td>
                  <Td className="tabular-nums">{p.threshold}%</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
