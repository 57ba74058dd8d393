// Language switch: a plain form (no client JavaScript) that saves the choice.
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/(app)/account/actions";
import { LOCALES } from "@/lib/i18n/locales";

export async function LanguageSwitch({ className }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <form action={setLocaleAction} className={className}>
      <span className="sr-only">{t("language")}</span>
      {LOCALES.filter((l) => l !== locale).map((l) => (
        <button key={l} type="submit" name="locale" value={l} lang={l} className="rounded px-2 py-1 text-xs font-medium underline-offset-2 hover:underline">
          {t(`languageName.${l}`)}
        </button>
      ))}
    </form>
  );
}
