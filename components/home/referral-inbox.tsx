// The home page's enforcement-referral section: referrals a department must investigate and
// report back on; outcomes a referring office must acknowledge (and returns to refer again).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { referralInbox, type ReferralRow } from "@/lib/data/referrals";
import type { Actor } from "@/lib/scope";
import { Card } from "@/components/ui/layout";
import { DueDate } from "@/components/intake/due-date";
import { ReferralStatusBadge } from "@/components/referrals/status-badge";

async function Rows({ rows, caption }: { rows: ReferralRow[]; caption: string }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold text-slate-500">{caption}</h3>
      <ul className="divide-y divide-slate-100">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/referrals/${r.id}`} className="text-sm font-medium text-brand-700 hover:underline">{r.ref}</Link>
                <ReferralStatusBadge status={r.status} />
                <span className="text-xs text-slate-500">{r.area.name} · {r.category?.name}</span>
              </div>
              <p className="line-clamp-1 text-sm text-slate-700">{r.findings}</p>
            </div>
            <div className="shrink-0 text-xs"><DueDate date={r.currentDueDate} overdue={r.overdue} /></div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function ReferralInbox({ actor }: { actor: Actor }) {
  const inbox = await referralInbox(actor);
  if (inbox.toHandle.length === 0 && inbox.feedback.length === 0) return null;
  const t = await getTranslations("home.intake");
  return (
    <Card title={t("referrals")} actions={<Link href="/referrals?status=OPEN" className="text-sm text-brand-700 hover:underline">{t("all")}</Link>}>
      <div className="space-y-4" data-testid="referral-inbox">
        {inbox.toHandle.length > 0 ? <Rows rows={inbox.toHandle} caption={t("referralsToHandle", { count: inbox.toHandleCount })} /> : null}
        {inbox.feedback.length > 0 ? <Rows rows={inbox.feedback} caption={t("referralsFeedback", { count: inbox.feedbackCount })} /> : null}
      </div>
    </Card>
  );
}
