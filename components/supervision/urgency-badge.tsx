// How overdue a supervised matter is (超期 N 天, the app's one way: OverdueBadge), or how soon
// it falls due in working days. Server-safe.
import { getTranslations } from "next-intl/server";
import type { Urgency } from "@/lib/domain/supervision";
import { Badge } from "@/components/ui/badge";
import { OverdueBadge } from "@/components/ui/overdue-badge";

export async function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const t = await getTranslations("supervision.urgency");
  if (urgency.state === "OVERDUE") return <OverdueBadge due={urgency.due} today={urgency.today} />;
  return <Badge tone="warning">{urgency.workingDays === 0 ? t("dueToday") : t("dueIn", { days: urgency.workingDays })}</Badge>;
}
