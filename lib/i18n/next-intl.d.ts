// Message keys are type-checked against the Chinese catalog (the default language).
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
    Locale: Locale;
  }
}
