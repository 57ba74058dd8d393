import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getWorks } from "@/lib/data/works";
import { chineseDate, cityDate } from "@/lib/domain/dates";
import { loadOr404, notFoundUnless, routeId } from "@/lib/page-guards";
import { PrintButton } from "@/components/works/print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("works.notice");
  return { title: t("title") };
}

/**
 * The notice residents read on the notice board (施工告知), one A4 page per residential area, in
 * the look of government documents (GB/T 9704: red heading in a bold Song face, FangSong body,
 * the issuing unit and the date in Chinese at the foot). Always in Chinese: it is posted in the
 * residential area.
 */
export default async function WorksNoticePage({ params }: PageProps<"/works/[id]/notice">) {
  const actor = await requireActor();
  const w = await loadOr404(async () => getWorks(actor, routeId((await params).id)));
  notFoundUnless(w.status !== "CANCELLED");
  const [t, tw] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "works.notice" }), getTranslations("works")]);
  const issued = chineseDate(cityDate(w.createdAt));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/works/${w.id}`} className="text-sm text-brand-700 hover:underline">← {w.ref}</Link>
        <div className="flex items-center gap-3">
          <p className="text-xs text-slate-500">{tw("notice.printHint")}</p>
          <PrintButton label={tw("notice.print")} />
        </div>
      </div>
      {/* In print the shell's padding is cancelled: the margins are the page's (@page, GB/T 9704). */}
      <div className="print:-mx-4 print:-my-5">
      {w.areas.map((a) => (
        <article
          key={a.id}
          lang="zh-CN"
          data-testid="works-notice"
          className="mx-auto mb-8 box-border flex min-h-[297mm] w-full max-w-[210mm] flex-col bg-white px-[26mm] pt-[37mm] pb-[35mm] pl-[28mm] font-fangsong text-[16pt] leading-[28.9pt] text-black shadow print:mb-0 print:min-h-0 print:max-w-none print:not-last:break-after-page print:p-0 print:shadow-none"
        >
          <h1 className="mb-[28.9pt] text-center font-song text-[22pt] font-bold tracking-[0.3em] text-seal">{t("title")}</h1>
          <p>{t("salutation", { area: a.area.name })}</p>
          <p className="indent-[2em]">
            {t("body", { unit: w.utilityOrg.name, start: chineseDate(w.startDate), end: chineseDate(w.endDate), area: a.area.name, title: w.title })}
          </p>
          <p className="indent-[2em]">{t("occupies", { occupies: w.occupies })}</p>
          <p className="indent-[2em]">{w.description}</p>
          <p className="indent-[2em]">{t("restore")}</p>
          <p className="indent-[2em]">{t("contact", { name: w.contactName, phone: w.contactPhone.replaceAll("-", "\u2011") })}</p>
          <p className="indent-[2em]">{t("apology")}</p>
          <div className="mt-auto pt-[28.9pt] text-right">
            <p>{w.utilityOrg.name}</p>
            <p>{issued}</p>
          </div>
          <p className="mt-[14pt] font-song text-[10.5pt] leading-normal text-slate-600">{t("footer", { ref: w.ref, company: a.area.propertyCompany?.name ?? a.area.street.name })}</p>
        </article>
      ))}
      </div>
    </>
  );
}
