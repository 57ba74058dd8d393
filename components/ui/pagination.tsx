// Keyset pagination links: "first page" and "next page" (no page numbers: page N costs what page 1 costs).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export async function Pagination({ basePath, params, nextCursor, hasCursor }: { basePath: string; params: Record<string, string | undefined>; nextCursor: number | string | null; hasCursor: boolean }) {
  const t = await getTranslations("common");
  const href = (cursor?: number | string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "cursor") q.set(k, v);
    if (cursor !== undefined && cursor !== "") q.set("cursor", String(cursor));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  if (!hasCursor && nextCursor === null) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex justify-between gap-2 print:hidden">
      {hasCursor ? <Link className={buttonClass("secondary")} href={href()}>{t("firstPage")}</Link> : <span />}
      {nextCursor !== null ? <Link className={buttonClass("secondary")} href={href(nextCursor)} rel="next">{t("nextPage")}</Link> : null}
    </nav>
  );
}
