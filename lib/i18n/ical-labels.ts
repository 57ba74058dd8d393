// The words inside calendar entries, in the reader's language (zh-CN for feeds, which carry no cookie).
import "server-only";
import { getTranslations } from "next-intl/server";
import type { IcsLabels } from "@/lib/data/calendar-feeds";

export async function icsLabels(): Promise<IcsLabels> {
  const t = await getTranslations("meetings.ical");
  return { description: (v) => t("description", v), calName: (org) => t("calName", { org }) };
}
