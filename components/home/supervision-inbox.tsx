// The home page's compact supervision section (street, district and city tiers).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { supervisionSummary } from "@/lib/data/supervision";
import type { Actor } from "@/lib/scope";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/layout";
import { UrgencyBadge } from "@/components/supervision/urgency-badge";

export async function SupervisionInbox({ actor }: { actor: Actor }) {
  const summary = await supervisionSummary(actor);
  if (!summary) return null;
  const t = await getTranslations("supervision");
  return (
    <Card title={t("homeTitle")} actions={<Link href="/supervision" className="text-sm text-brand-700 hover:underline">{t("viewAll")}</Link>}>
      <p className="mb-2 flex flex-wrap gap-2 text-sm">
        <Badge tone="danger">{t("overdueCount", { count: summary.overdue })}</Badge>
        <Badge tone="warning">{t("dueSoonCount", { count: summary.dueSoon })}</Badge>
      </p>
      {summary.top.length === 0 ? <p className="text-sm text-slate-500">{t("homeNone")}</p> : (
        <ul className="divide-y divide-slate-200">
          {summary.top.map((i) => (
            <li key={`${i.type}-${i.id}`} className="flex flex-wrap items-center gap-2 py-1.5 text-sm">
              <Badge>{t(`type.${i.type}`)}</Badge>
              <Link href={i.href} className="font-mono text-brand-700 hover:underline">{i.ref}</Link>
              <span className="text-slate-700">{i.orgName}</span>
              <UrgencyBadge urgency={i.urgency} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
