// Passes only the catalogs client components need (common, validation, errors + the feature's
// own namespaces), so pages do not ship every message to the browser.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { Namespace } from "@/lib/i18n/messages";

const ALWAYS: readonly Namespace[] = ["common", "validation", "errors"];

export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const [locale, all] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries([...ALWAYS, ...namespaces].map((ns) => [ns, (all as Record<string, unknown>)[ns]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked} timeZone="Asia/Shanghai">
      {children}
    </NextIntlClientProvider>
  );
}
