// A period saved with impossible dates before dates were checked (issue 11): its pages say so
// instead of failing, and nothing is counted.
import { getTranslations } from "next-intl/server";
import type { PeriodRow } from "@/lib/data/assessment";
import { Notice } from "@/components/ui/layout";

export async function InvalidPeriodNotice({ period }: { period: Pick<PeriodRow, "fromDate" | "toDate"> }) {
  const t = await getTranslations("assessment");
  return (
    <div className="mb-4" data-testid="invalid-period">
      <Notice tone="danger">{t("invalidPeriod", { from: period.fromDate, to: period.toDate })}</Notice>
    </div>
  );
}
