import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listAuditActions, listAuditLog } from "@/lib/data/audit";
import { pageRequest } from "@/lib/data/paging";
import { addDays, startOfCityDate } from "@/lib/domain/dates";
import { dateParam, filterParams, param, type FilterProblem } from "@/lib/search-params";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { FilterProblems } from "@/components/ui/filter-problems";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminAudit") };
}

/** The append-only audit trail: who did what to which record, when, from where. */
export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireActor();
  const params = await searchParams;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const problems: FilterProblem[] = [];
  const from = dateParam(params, "from", problems);
  const to = dateParam(params, "to", problems);
  const filter = {
    action: param(params, "action"),
    actor: param(params, "actor"),
    from: from ? startOfCityDate(from) : undefined,
    to: to ? startOfCityDate(addDays(to, 1)) : undefined,
  };
  const [page, actions] = await Promise.all([listAuditLog(actor, filter, pageRequest(params, 50)), listAuditActions(actor)]);
  // Actions and records in words (an unknown one, from an older version, shows as stored).
  const actionLabel = (a: string) => (t.has(`audit.actions.${a}` as never) ? t(`audit.actions.${a}` as never) : a);
  const recordLabel = (entity: string, id: string) => {
    const name = t.has(`audit.entities.${entity}` as never) ? t(`audit.entities.${entity}` as never) : entity;
    return id ? t("audit.recordOf", { entity: name, id: /^\d+$/.test(id) ? `#${id}` : id }) : name;
  };
  return (
    <>
      <PageHeader title={t("nav.adminAudit")} description={t("audit.intro")} />
      <FilterProblems problems={problems} />
      <Card>
        <FilterBar>
          <FilterSelect name="action" label={t("audit.action")} defaultValue={filter.action} allLabel={t("common.all")} options={actions.map((a) => ({ value: a, label: actionLabel(a) }))} />
          <FilterText name="actor" label={t("audit.actor")} defaultValue={filter.actor} />
          <FilterText name="from" type="date" label={t("audit.from")} defaultValue={from} />
          <FilterText name="to" type="date" label={t("audit.to")} defaultValue={to} />
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("audit.empty")}</EmptyState> : (
          <Table caption={t("nav.adminAudit")}>
            <thead>
              <tr>
                <Th>{t("audit.time")}</Th>
                <Th>{t("audit.actor")}</Th>
                <Th>{t("audit.action")}</Th>
                <Th>{t("audit.record")}</Th>
                <Th>{t("audit.summary")}</Th>
                <Th>{t("audit.ip")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <Tr key={r.id}>
                  <Td className="whitespace-nowrap text-xs tabular-nums">{format.dateTime(r.at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })}</Td>
                  <Td className="whitespace-nowrap">{r.actorName || "—"}</Td>
                  <Td className="text-sm">{actionLabel(r.action)}</Td>
                  <Td className="text-sm">{recordLabel(r.entity, r.entityId)}</Td>
                  <Td className="max-w-md truncate" title={r.details}>{r.summary || "—"}</Td>
                  <Td className="font-mono text-xs">{r.ip || "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/admin/audit" params={filterParams(params, ["action", "actor", "from", "to"])} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
