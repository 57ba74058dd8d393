// The one way overdue is printed (超期 N 天): calendar days past the due date, counted by
// lib/domain/deadline.ts#daysOverdue (docs/decisions/061). Renders nothing when not overdue.
import { getTranslations } from "next-intl/server";
import { daysOverdue } from "@/lib/domain/deadline";
import { cityDate, type IsoDate } from "@/lib/domain/dates";
import { Badge } from "@/components/ui/badge";

export async function OverdueBadge({ due, today, outstanding = true }: { due: IsoDate | null; today?: IsoDate; outstanding?: boolean }) {
  const t = await getTranslations("common");
  const days = outstanding ? daysOverdue(due, today ?? cityDate(new Date())) : 0;
  if (days <= 0) return null;
  return <Badge tone="danger" className="font-semibold">{t("overdueDays", { days })}</Badge>;
}
