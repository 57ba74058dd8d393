// Filter values from the URL that were not valid and were left out (an impossible date): the
// list is shown without them and says so, instead of failing (issue 11).
import { getTranslations } from "next-intl/server";
import type { FilterProblem } from "@/lib/search-params";
import { Notice } from "@/components/ui/layout";

export async function FilterProblems({ problems }: { problems?: readonly FilterProblem[] }) {
  if (!problems?.length) return null;
  const t = await getTranslations("common");
  return (
    <div className="mb-4" data-testid="filter-problem">
      <Notice tone="warning">{t("filterProblem", { values: problems.map((p) => p.value).join("、") })}</Notice>
    </div>
  );
}
