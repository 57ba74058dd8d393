// The complaint page's satisfaction section: the ratings so far (return visits and the
// resident's own), the one that counts, and the return-visit form for the registering office.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/scope";
import { can } from "@/lib/permissions";
import { complaintRatings, mayVisit } from "@/lib/data/satisfaction";
import { ClientMessages } from "@/components/intl-provider";
import { Badge } from "@/components/ui/badge";
import { Card, Notice } from "@/components/ui/layout";
import { ReturnVisitForm } from "@/components/satisfaction/lazy";

type Props = {
  actor: Actor;
  complaint: { id: number; status: string; registeredOrgId: number; version: number; satisfaction: string | null; satisfactionSource: string | null };
  done: string | undefined;
};

const tone = (rating: string) => (rating === "DISSATISFIED" ? "danger" : rating === "SATISFIED" ? "success" : "info");

export async function SatisfactionCard({ actor, complaint: c, done }: Props) {
  const [t, format, ratings] = await Promise.all([getTranslations("satisfaction"), getFormatter(), complaintRatings(actor, c.id)]);
  const showForm = mayVisit(actor, c) && can(actor, "complaints.register");
  if (ratings.length === 0 && !showForm) return null;
  return (
    <Card title={t("returnVisit.title")}>
      {done === "returnVisit" || done === "reopened" ? (
        <div className="mb-3"><Notice tone="success">{t(done === "reopened" ? "returnVisit.doneReopened" : "returnVisit.done")}</Notice></div>
      ) : null}
      <p className="text-sm" data-testid="counting-rating">
        <span className="text-slate-500">{t("returnVisit.counting")}：</span>
        {c.satisfaction ? (
          <>
            <Badge tone={tone(c.satisfaction)}>{t(`rating.${c.satisfaction}` as never)}</Badge>
            <span className="ml-1 text-xs text-slate-500">（{t(`source.${c.satisfactionSource}` as never)}）</span>
          </>
        ) : (
          t("returnVisit.countingNone")
        )}
      </p>
      <p className="mt-1 text-xs text-slate-500">{t("returnVisit.sourceRule")}</p>
      {ratings.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("returnVisit.none")}</p>
      ) : (
        <ul className="mt-3 space-y-2" data-testid="ratings">
          {ratings.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 p-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={tone(r.rating)}>{t(`rating.${r.rating}` as never)}</Badge>
                <span>{r.source === "RESIDENT" ? t("returnVisit.resident") : t(`method.${r.method}` as never)}</span>
                {r.reopened ? <Badge tone="warning">{t("returnVisit.reopened")}</Badge> : null}
              </div>
              <p className="mt-1 text-xs text-slate-500">
                {format.dateTime(r.at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
                {r.actorName ? ` · ${t("returnVisit.by", { name: r.actorName })}` : ""}
              </p>
              {r.comment ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{r.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {showForm ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <ClientMessages namespaces={["satisfaction"]}>
            <ReturnVisitForm key={c.version} complaintId={c.id} version={c.version} />
          </ClientMessages>
        </div>
      ) : null}
    </Card>
  );
}
