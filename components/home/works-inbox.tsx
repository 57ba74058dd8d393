// The home page's public-services section: restorations to confirm and works announced in
// one's areas (property companies, owners' committees, offices); restorations to report (the
// utility); outage assist tasks to confirm and outages in progress.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { outageInbox } from "@/lib/data/outages";
import { worksInbox } from "@/lib/data/works";
import type { Actor } from "@/lib/scope";
import { Card } from "@/components/ui/layout";
import { AssistBadge, OutageStatusBadge, WorksPhaseBadge, WorksStatusBadge } from "@/components/works/status-badge";

export async function WorksInbox({ actor }: { actor: Actor }) {
  const [works, outages] = await Promise.all([worksInbox(actor), outageInbox(actor)]);
  const empty = works.toConfirm.length + works.upcoming.length + works.toRestore.length + outages.tasks.length + outages.active.length === 0;
  if (empty) return null;
  const [t, to, format] = await Promise.all([getTranslations("home.intake"), getTranslations("outages"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const item = "flex flex-wrap items-center gap-2 py-1.5 text-sm";
  return (
    <Card title={t("works")}>
      <div className="space-y-4" data-testid="works-inbox">
        {outages.tasks.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-500">{t("outageTasks")}</h3>
            <ul className="divide-y divide-slate-100">
              {outages.tasks.map((task) => (
                <li key={task.id} className={item}>
                  <Link href={`/outages/${task.outage.id}`} className="record-link">{task.outage.ref}</Link>
                  <span>{to(`kind.${task.outage.kind}` as never)}</span>
                  <span className="text-slate-600">{task.area.name}</span>
                  <AssistBadge status={task.status} />
                  <span className="text-xs text-slate-500">{when(task.outage.startAt)} — {when(task.outage.expectedEndAt)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {works.toConfirm.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-500">{t("worksToConfirm")}</h3>
            <ul className="divide-y divide-slate-100">
              {works.toConfirm.map((a) => (
                <li key={a.id} className={item}>
                  <Link href={`/works/${a.works.id}`} className="record-link">{a.works.ref}</Link>
                  <span>{a.works.title}</span>
                  <span className="text-slate-600">{a.area.name}</span>
                  <span className="text-xs text-slate-500">{a.works.utilityOrg.name}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {works.toRestore.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-500">{t("worksToRestore")}</h3>
            <ul className="divide-y divide-slate-100">
              {works.toRestore.map((w) => (
                <li key={w.id} className={item}>
                  <Link href={`/works/${w.id}`} className="record-link">{w.ref}</Link>
                  <span>{w.title}</span>
                  <WorksStatusBadge status={w.status} />
                  <WorksPhaseBadge phase={w.phase} />
                  <span className="text-xs text-slate-500">{w.startDate} ~ {w.endDate}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {works.upcoming.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-500">{t("worksUpcoming")}</h3>
            <ul className="divide-y divide-slate-100">
              {works.upcoming.map((w) => (
                <li key={w.id} className={item}>
                  <Link href={`/works/${w.id}`} className="record-link">{w.ref}</Link>
                  <span>{w.title}</span>
                  <WorksPhaseBadge phase={w.phase} />
                  <span className="text-xs text-slate-500">{w.utilityOrg.name} · {w.startDate} ~ {w.endDate}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {outages.active.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-500">{t("outagesActive")}</h3>
            <ul className="divide-y divide-slate-100">
              {outages.active.map((o) => (
                <li key={o.id} className={item}>
                  <Link href={`/outages/${o.id}`} className="record-link">{o.ref}</Link>
                  <span>{to(`kind.${o.kind}` as never)}</span>
                  <OutageStatusBadge status={o.status} />
                  <span className="text-xs text-slate-500">{o.utilityOrg.name} · {when(o.startAt)} — {when(o.expectedEndAt)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
