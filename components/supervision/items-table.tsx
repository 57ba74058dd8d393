// Supervised matters as a table: the matter, its due date, how overdue and who held it; on a
// narrow screen the row stacks. Optionally with the organisation that must act. Server-rendered.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { SupervisionItem } from "@/lib/data/supervision";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { UrgencyBadge } from "@/components/supervision/urgency-badge";

export async function SupervisionItemsTable({ caption, items }: { caption: string; items: readonly (SupervisionItem & { orgName?: string })[] }) {
  const t = await getTranslations("supervision");
  const withOrg = items.some((i) => i.orgName !== undefined);
  return (
    <Table caption={caption} stacks>
      <thead>
        <tr>
          <Th>{t("col.matter")}</Th>
          {withOrg ? <Th className="hidden sm:table-cell">{t("col2.org")}</Th> : null}
          <Th className="hidden sm:table-cell">{t("col.due")}</Th>
          <Th className="hidden sm:table-cell">{t("col.urgency")}</Th>
          <Th className="hidden sm:table-cell">{t("col.heldBy")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <Tr key={`${i.type}-${i.id}`}>
            <Td className="sm:min-w-56">
              <p className="flex flex-wrap items-center gap-1">
                <Badge>{t(`type.${i.type}`)}</Badge>
                <Link href={i.href} className="font-mono text-sm font-medium text-brand-700 hover:underline">{i.ref}</Link>
                {i.isPetition ? <Badge tone="danger">{t("petition")}</Badge> : null}
              </p>
              <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{i.title}</p>
              <div className="mt-1 space-y-0.5 text-xs text-slate-700 sm:hidden">
                <p className="flex flex-wrap items-center gap-2"><UrgencyBadge urgency={i.urgency} /><span>{t("col.due")}：{i.due}</span></p>
                {withOrg ? <p>{t("col2.org")}：{i.orgName}</p> : null}
                <p>{t("col.heldBy")}：{i.heldBy.join(" → ")}</p>
              </div>
            </Td>
            {withOrg ? <Td className="hidden min-w-32 text-xs text-slate-700 sm:table-cell">{i.orgName}</Td> : null}
            <Td className="hidden whitespace-nowrap text-xs sm:table-cell">{i.due}</Td>
            <Td className="hidden sm:table-cell"><UrgencyBadge urgency={i.urgency} /></Td>
            <Td className="hidden min-w-40 text-xs text-slate-700 sm:table-cell">{i.heldBy.join(" → ")}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
