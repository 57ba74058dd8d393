// A due date with an "overdue" badge when it has passed (computed by lib/domain, not here).
import { getTranslations } from "next-intl/server";
import { daysOverdue } from "@/lib/domain/deadline";
import { cityDate } from "@/lib/domain/dates";
import { Badge } from "@/components/ui/badge";

export async function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  const t = await getTranslations("intake");
  if (!date) return <span className="text-slate-400">—</span>;
  return (
    <span className="due-date">
      <span className={overdue ? "font-medium text-red-700" : undefined}>{date}</span>
      {overdue ? <Badge tone="danger">{t("overdueDays", { days: daysOverdue(date, cityDate(new Date())) })}</Badge> : null}
    </span>
  );
}
