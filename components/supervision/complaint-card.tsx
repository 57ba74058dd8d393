// The complaint page's supervision card: collective petition (with the accountability-review
// flag) and the buck-passing signals its history raises. Server component.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { complaintBuckPassing } from "@/lib/data/buck-passing";
import { petitionInfo } from "@/lib/data/petitions";
import type { Actor } from "@/lib/scope";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/layout";
import { PetitionForm } from "@/components/supervision/lazy";
import { SignalBadges } from "@/components/supervision/signal-list";

export async function ComplaintSupervisionCard({ actor, complaintId }: { actor: Actor; complaintId: number }) {
  const [t, info, signals] = await Promise.all([getTranslations("supervision"), petitionInfo(actor, complaintId), complaintBuckPassing(actor, complaintId)]);
  if (!info.isPetition && !info.mayMark && signals.length === 0) return null;
  return (
    <Card title={t("petitionCard.title")}>
      <div className="space-y-3 text-sm" data-testid="complaint-supervision">
        {info.isPetition ? (
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone="danger">{t("petition")}</Badge>
            <span data-testid="petition-headcount">{t("petitionCard.headcountValue", { count: info.headcount ?? 0 })}</span>
          </p>
        ) : null}
        {info.review.length > 0 ? (
          <div className="rounded-md bg-red-50 p-2 ring-1 ring-red-200" data-testid="petition-review-flag">
            <p className="font-medium text-red-800">{t("petitions.flag")}</p>
            <p className="text-xs text-red-900">{t("petitionCard.reviewHelp")}</p>
            <ul className="mt-1 text-xs">
              {info.review.map((r) => (
                <li key={r.id}><Link href={`/complaints/${r.id}`} className="font-mono text-brand-700 hover:underline">{r.ref}</Link>（{t(`petitions.reason.${r.reason}`)}）</li>
              ))}
            </ul>
          </div>
        ) : null}
        {signals.length > 0 ? (
          <div>
            <p className="mb-1 font-medium text-slate-800">{t("signalsTitle")}</p>
            <SignalBadges signals={signals} />
          </div>
        ) : null}
        {info.mayMark ? (
          <ClientMessages namespaces={["supervision"]}>
            <PetitionForm id={complaintId} version={info.version} headcount={info.isPetition ? info.headcount : null} />
          </ClientMessages>
        ) : null}
      </div>
    </Card>
  );
}
