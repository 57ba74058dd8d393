import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { Card, PageHeader } from "@/components/ui/layout";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("about");
  return { title: t("title") };
}

const MECHANISMS = ["complaints", "enforcement", "services", "meetings"] as const;

/**
 * What the system is and the policy it implements. It reads nothing from the database beyond
 * the session, which also makes it the benchmark's baseline page (the signed-in shell alone).
 */
export default async function AboutPage() {
  await requireActor();
  const t = await getTranslations("about");
  return (
    <>
      <PageHeader title={t("title")} description={t("policy")} />
      <div className="grid gap-4 lg:grid-cols-2">
        {MECHANISMS.map((m) => (
          <Card key={m} title={t(`mechanisms.${m}.title`)}>
            <p className="text-sm leading-relaxed text-slate-700">{t(`mechanisms.${m}.body`)}</p>
          </Card>
        ))}
      </div>
      <p className="mt-6 text-xs text-slate-500">{t("footer")}</p>
    </>
  );
}
