import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/intl-provider";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { PublicRating } from "@/components/satisfaction/lazy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("satisfaction.public");
  return { title: t("title") };
}

/** Residents check and rate their own complaint; no sign-in (proxy.ts lets /public through). */
export default async function PublicRatingPage() {
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center px-4 py-10">
      <div className="w-full max-w-xl">
        <div className="mb-6 text-center">
          <p className="text-sm font-medium tracking-widest text-seal">{t("common.cityName")}</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("satisfaction.public.title")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("satisfaction.public.intro")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ClientMessages namespaces={["satisfaction"]}>
            <PublicRating />
          </ClientMessages>
        </div>
        <div className="mt-4 flex items-center justify-between gap-4 text-xs text-slate-500">
          <span>{t("satisfaction.public.privacy")}</span>
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
