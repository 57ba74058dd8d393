// How overdue a supervised matter is, in working days. Server-safe.
import { getTranslations } from "next-intl/server";
import type { Urgency } from "@/lib/domain/supervision";
import { Badge } from "@/components/ui/badge";

export async function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const t = await getTranslations("supervision.urgency");
  if (urgency.state === "OVERDUE") return <Badge tone="danger">{t("overdue", { days: urgency.workingDays })}</Badge>;
  return <Badge tone="warning">{urgency.workingDays === 0 ? t("dueToday") : t("dueIn", { days: urgency.workingDays })}</Badge>;
}
