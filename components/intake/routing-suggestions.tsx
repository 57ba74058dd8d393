"use client";
// The categories a description suggests (the routing classifier, docs/decisions/064): the likeliest
// with how sure it is, and two alternatives, each with the words that favour it.
import { useTranslations } from "next-intl";
import type { SuggestionView } from "@/lib/data/routing";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** Below this the first suggestion is offered as a guess among others, not as the answer. */
const SURE = 0.6;

export function RoutingSuggestions({ suggestions, selectedId, onUse }: { suggestions: readonly SuggestionView[]; selectedId: number | null; onUse: (categoryId: number) => void }) {
  const t = useTranslations("intake.routing");
  if (suggestions.length === 0) return <p className="text-xs text-slate-600">{t("empty")}</p>;
  const unsure = suggestions[0]!.confidence < SURE;
  return (
    <>
      {unsure ? <p className="mb-2 text-xs text-amber-800">{t("unsure")}</p> : null}
      <ul className="space-y-2">
        {suggestions.map((s, i) => (
          <li key={s.categoryId} className="flex items-start justify-between gap-2 text-sm" data-testid="routing-suggestion">
            <div className="min-w-0">
              <p className={i === 0 ? "font-medium text-slate-900" : "text-slate-800"}>
                {i > 0 ? <span className="mr-1 text-xs text-slate-500">{t("alternative")}</span> : null}
                {s.name}
                <span className="ml-2 text-xs tabular-nums text-slate-600" data-testid="routing-confidence">{s.confidence < 0.01 ? t("confidenceLow") : t("confidence", { percent: Math.round(s.confidence * 100) })}</span>
              </p>
              {s.terms.length > 0 ? <p className="text-xs text-slate-600">{t("words", { terms: s.terms.join("、") })}</p> : null}
            </div>
            {selectedId === s.categoryId ? (
              <Badge tone="success">{t("inUse")}</Badge>
            ) : (
              <Button variant="secondary" className="shrink-0 px-2 py-1 text-xs" onClick={() => onUse(s.categoryId)}>{t("use")}</Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
