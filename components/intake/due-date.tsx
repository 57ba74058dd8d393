// A due date with an "overdue" badge when it has passed (computed by lib/domain, not here).
import { OverdueBadge } from "@/components/ui/overdue-badge";

export async function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  if (!date) return <span className="text-slate-400">—</span>;
  return (
    <span className="due-date">
      <span className={overdue ? "font-medium text-red-700" : undefined}>{date}</span>
      <OverdueBadge due={date} outstanding={overdue} />
    </span>
  );
}
