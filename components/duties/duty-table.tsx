// The duty matrix table, shared by the reference page and the administration page.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { DutyRow } from "@/lib/data/duties";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function DutyTable({ duties, locale, editable = false }: { duties: DutyRow[]; locale: string; editable?: boolean }) {
  const t = await getTranslations();
  return (
    <Table caption={t("duties.title")}>
      <thead>
        <tr>
          <Th>{t("duties.category")}</Th>
          <Th>{t("duties.responsible")}</Th>
          <Th className="min-w-72">{t("duties.policyText")}</Th>
          <Th>{t("duties.keywords")}</Th>
        </tr>
      </thead>
      <tbody>
        {duties.map((d) => (
          <Tr key={d.id}>
            <Td>
              {editable ? (
                <Link href={`/admin/duties/${d.id}`} className="record-link">{locale === "en" && d.nameEn ? d.nameEn : d.name}</Link>
              ) : (
                <span className="font-medium">{locale === "en" && d.nameEn ? d.nameEn : d.name}</span>
              )}
              <div className="mt-1 flex flex-wrap gap-1">
                {/* The line's code is an identifier for administrators, not a word for users. */}
                {editable ? <Badge>{d.code}</Badge> : null}
                {d.propertyScope ? <Badge tone="info">{t("duties.propertyScope")}</Badge> : null}
                {!d.active ? <Badge tone="warning">{t("common.inactive")}</Badge> : null}
              </div>
            </Td>
            <Td>
              {d.responsibleOrg?.name ?? t(`org.kind.${d.responsibleKind}` as never)}
              {d.responsibleSector && !d.responsibleOrg ? <div className="text-xs text-slate-500">{t(`org.sector.${d.responsibleSector}` as never)}</div> : null}
            </Td>
            <Td className="text-slate-700">{d.policyText}</Td>
            <Td className="text-xs text-slate-600">{d.keywords.map((k) => k.term).join("、") || "—"}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
