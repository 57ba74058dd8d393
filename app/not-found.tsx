import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Missing pages and records outside the user's scope look the same. */
export default async function NotFound() {
  const [t, page] = await Promise.all([getTranslations("errors"), getTranslations("errorPage")]);
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center px-4 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-3 text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClass("primary", "mt-6")}>{page("backHome")}</Link>
    </main>
  );
}
