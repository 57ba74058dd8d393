// The home page's complaint section: what this organisation must do now (accept, assign,
// handle, reply, close …), extension requests for its leaders, and what it must press others on.
// Renders nothing when there is nothing.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { complaintInbox, type ComplaintRow } from "@/lib/data/complaints";
import type { Actor } from "@/lib/scope";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/layout";
import { ComplaintStatusBadge } from "@/components/complaints/status-badge";
import { DueDate } from "@/components/intake/due-date";

async function Rows({ rows, caption }: { rows: ComplaintRow[]; caption: string }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold text-slate-500">{caption}</h3>
      <ul className="divide-y divide-slate-100">
        {rows.map((c) => (
          <li key={c.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/complaints/${c.id}`} className="text-sm font-medium text-brand-700 hover:underline">{c.ref}</Link>
                <ComplaintStatusBadge status={c.status} />
                <span className="text-xs text-slate-500">{c.area.name} · {c.category?.name}</span>
              </div>
              <p className="line-clamp-1 text-sm text-slate-700">{c.description}</p>
            </div>
            <div className="shrink-0 text-xs"><DueDate date={c.currentDueDate} overdue={c.overdue} /></div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function ComplaintInbox({ actor }: { actor: Actor }) {
  const inbox = await complaintInbox(actor);
  if (inbox.toDo.length === 0 && inbox.toPress.length === 0 && inbox.extensions.length === 0) return null;
  const t = await getTranslations("home.intake");
  return (
    <Card
      title={t("complaints")}
      actions={<Link href={`/complaints?handler=${actor.orgId}`} className="text-sm text-brand-700 hover:underline">{t("all")}</Link>}
    >
      <div className="space-y-4" data-testid="complaint-inbox">
        {inbox.extensions.length > 0 ? <Rows rows={inbox.extensions} caption={t("extensionRequests")} /> : null}
        {inbox.toDo.length > 0 ? <Rows rows={inbox.toDo} caption={t("complaintsToDo", { count: inbox.toDoCount })} /> : null}
        {inbox.toPress.length > 0 ? <Rows rows={inbox.toPress} caption={t("complaintsToPress", { count: inbox.toPressCount })} /> : null}
        {inbox.toDoCount > inbox.toDo.length ? <Badge>{t("more", { count: inbox.toDoCount - inbox.toDo.length })}</Badge> : null}
      </div>
    </Card>
  );
}
