// The pages of a long ranking (lib/domain/assessment.ts rankingPage): which rows are shown, and a
// link to every page, so the bottom of the ranking is one click away.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

export async function RankingPages({ href, page, pages, from, to, total }: { href: (page: number) => string; page: number; pages: number; from: number; to: number; total: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("assessment.pages");
  return (
    <nav aria-label={t("label")} className="mt-3 flex flex-wrap items-center gap-2 text-sm print:hidden" data-testid="ranking-pages">
      <span className="mr-1 text-slate-600">{t("summary", { from: from + 1, to, total })}</span>
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
        <Link key={n} href={href(n)} aria-current={n === page ? "page" : undefined} aria-label={t("page", { page: n })}
          className={cn("min-w-9 rounded-md border px-2.5 py-1 text-center tabular-nums", n === page ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}>
          {n}
        </Link>
      ))}
    </nav>
  );
}
