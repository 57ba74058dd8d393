// A record's timeline (append-only history): when, who (person and organisation), what, notes.
import { getFormatter } from "next-intl/server";
import { EmptyState } from "@/components/ui/layout";

export type TimelineEntry = { id: number; at: Date; label: string; actorName: string; actorOrgName: string; detail?: string; note: string };

export async function Timeline({ entries, empty }: { entries: TimelineEntry[]; empty: string }) {
  const format = await getFormatter();
  if (entries.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ol className="relative space-y-3 border-l border-slate-200 pl-4" data-testid="timeline">
      {entries.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[21px] top-1.5 size-2.5 rounded-full bg-brand-600 ring-2 ring-white" />
          <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="font-medium text-slate-900">{e.label}</span>
            {e.detail ? <span className="text-slate-700">{e.detail}</span> : null}
            <time className="text-xs text-slate-500" dateTime={e.at.toISOString()}>
              {format.dateTime(e.at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
            </time>
          </div>
          <p className="text-xs text-slate-500">{e.actorOrgName} · {e.actorName}</p>
          {e.note ? <p className="mt-0.5 whitespace-pre-line break-words text-sm text-slate-700">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
