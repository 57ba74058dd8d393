import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { pageRequest } from "@/lib/data/paging";
import { listUsers } from "@/lib/data/users";
import { ROLES } from "@/lib/domain/organisation";
import { enumParam, filterParams, intParam, param } from "@/lib/search-params";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminUsers") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await requireActor();
  const params = await searchParams;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const filter = { q: param(params, "q"), orgId: intParam(params, "org"), role: enumParam(params, "role", ROLES), includeInactive: param(params, "inactive") === "1" };
  const page = await listUsers(actor, filter, pageRequest(params, 50));
  return (
    <>
      <PageHeader
        title={t("nav.adminUsers")}
        actions={<LinkButton variant="primary" href={`/admin/users/new${filter.orgId ? `?org=${filter.orgId}` : ""}`}>{t("admin.user.new")}</LinkButton>}
      />
      <Card>
        <FilterBar>
          <FilterText name="q" label={t("common.search")} defaultValue={filter.q} placeholder={t("admin.user.searchPlaceholder")} />
          <FilterSelect name="role" label={t("admin.user.role")} defaultValue={filter.role} allLabel={t("common.all")} options={ROLES.map((r) => ({ value: r, label: t(`org.role.${r}`) }))} />
          {filter.orgId ? <input type="hidden" name="org" value={filter.orgId} /> : null}
          <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="inactive" value="1" defaultChecked={filter.includeInactive} className="size-4" />
            {t("admin.includeInactive")}
          </label>
        </FilterBar>
        {page.rows.length === 0 ? <EmptyState>{t("admin.user.empty")}</EmptyState> : (
          <Table caption={t("nav.adminUsers")}>
            <thead>
              <tr>
                <Th>{t("admin.user.username")}</Th>
                <Th>{t("admin.user.name")}</Th>
                <Th>{t("admin.user.organisation")}</Th>
                <Th>{t("admin.user.role")}</Th>
                <Th>{t("admin.user.lastSignIn")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((u) => (
                <Tr key={u.id}>
                  <Td>
                    <Link href={`/admin/users/${u.id}`} className="font-mono font-medium text-brand-700 hover:underline">{u.username}</Link>
                    {!u.active ? <Badge tone="warning" className="ml-2">{t("common.inactive")}</Badge> : null}
                  </Td>
                  <Td><span className="whitespace-nowrap">{u.name}</span>{u.position ? <span className="text-xs text-slate-500"> · {u.position}</span> : null}</Td>
                  <Td>{u.org.name}</Td>
                  <Td>{t(`org.role.${u.role}` as never)}</Td>
                  <Td className="text-xs text-slate-600">{u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "short", timeStyle: "short" }) : "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/admin/users" params={filterParams(params, ["q", "org", "role", "inactive"])} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
      </Card>
    </>
  );
}
