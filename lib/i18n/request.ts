// next-intl request configuration: the locale comes from the user's cookie (set from their
// saved preference at sign-in and by the language switch); no locale in the URL.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: "Asia/Shanghai",
    onError(error) {
      console.error("[i18n]", error.message);
    },
    getMessageFallback({ namespace, key }) {
      return [namespace, key].filter(Boolean).join(".");
    },
  };
});
