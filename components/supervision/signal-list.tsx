// Buck-passing signals with the units they name and links to the matters. Server component.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { MatterSignals, NamedSignal } from "@/lib/data/buck-passing";
import { Badge } from "@/components/ui/badge";

export async function SignalBadges({ signals }: { signals: NamedSignal[] }) {
  const t = await getTranslations("supervision.signal");
  return (
    <ul className="space-y-1">
      {signals.map((s) => (
        <li key={`${s.kind}-${s.orgs.map((o) => o.id).join("-")}`} className="text-sm" data-testid={`signal-${s.kind}`}>
          <Badge tone="danger">{t(`kind.${s.kind}`)}</Badge>{" "}
          <span className="text-slate-700">{t(`explain.${s.kind}`, { count: s.count })}</span>
          <span className="ml-1 text-slate-900">{s.orgs.map((o) => o.name).join("、")}</span>
        </li>
      ))}
    </ul>
  );
}

/** mayOpen: offer "hold to account" with the matter and the first named unit pre-filled. */
export async function SignalList({ matters, mayOpen = false }: { matters: MatterSignals[]; mayOpen?: boolean }) {
  const t = await getTranslations("supervision");
  if (matters.length === 0) return <p className="text-sm text-slate-500">{t("signalsEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {matters.map((m) => (
        <li key={`${m.matterType}-${m.id}`} className="py-2" data-testid="signal-matter">
          <p className="flex flex-wrap items-baseline gap-2 text-sm">
            <Badge>{t(`type.${m.matterType}`)}</Badge>
            <Link href={m.href} className="font-mono font-medium text-brand-700 hover:underline">{m.ref}</Link>
            <span className="min-w-0 truncate text-slate-600">{m.title}</span>
            {mayOpen ? (
              <Link href={`/accountability/new?failure=BUCK_PASSING&refs=${encodeURIComponent(m.ref)}&subject=${m.signals[0]?.orgs[0]?.id ?? ""}`} className="ml-auto text-xs text-brand-700 hover:underline">
                {t("holdToAccount")}
              </Link>
            ) : null}
          </p>
          <div className="mt-1 pl-1"><SignalBadges signals={m.signals} /></div>
        </li>
      ))}
    </ul>
  );
}
