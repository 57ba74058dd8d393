import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { countTopLevelByKind, listOrganisations, organisationPath } from "@/lib/data/organisations";
import { pageRequest } from "@/lib/data/paging";
import { ORG_KINDS, PARENT_KINDS, type OrgKind } from "@/lib/domain/organisation";
import { enumParam, filterParams, intParam, param } from "@/lib/search-params";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterText } from "@/components/ui/filter-bar";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("adminOrganisations") };
}

/** Kinds that may be created under a parent of the given kind. */
function childKinds(parentKind: string): OrgKind[] {
  return ORG_KINDS.filter((k) => (PARENT_KINDS[k] as readonly string[]).includes(parentKind));
}

/**
 * The organisation tree, one level at a time: top-level kinds, then the organisations of a kind,
 * then any organisation's children. Scales to thousands of organisations.
 */
export default async function OrganisationsPage({ searchParams }: PageProps<"/admin/organisations">) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getTranslations();
  const parentId = intParam(params, "parent");
  const kind = enumParam(params, "kind", ORG_KINDS);
  const q = param(params, "q");
  const includeInactive = param(params, "inactive") === "1";
  const atRoot = parentId === undefined && !kind && !q;

  const [groups, page, path] = await Promise.all([
    atRoot ? countTopLevelByKind(actor, includeInactive) : Promise.resolve([]),
    atRoot ? Promise.resolve(null) : listOrganisations(actor, { parentId, kind, q, includeInactive }, pageRequest(params, 50)),
    parentId !== undefined ? organisationPath(actor, parentId) : Promise.resolve([]),
  ]);
  const parent = path.at(-1);

  return (
    <>
      <PageHeader
        title={t("nav.adminOrganisations")}
        description={t("admin.orgIntro")}
        breadcrumbs={
          <ol className="flex flex-wrap gap-1">
            <li><Link href="/admin/organisations" className="hover:underline">{t("admin.treeRoot")}</Link></li>
            {kind && !parent ? <li>/ {t(`org.kind.${kind}`)}</li> : null}
            {path.map((p) => (
              <li key={p.id}>/ <Link href={`/admin/organisations?parent=${p.id}`} className="hover:underline">{p.name}</Link></li>
            ))}
          </ol>
        }
        actions={
          <>
            {parent
              ? childKinds(parent.kind).map((k) => (
                  <LinkButton key={k} href={`/admin/organisations/new?kind=${k}&parent=${parent.id}`}>{t("admin.addKind", { kind: t(`org.kind.${k}`) })}</LinkButton>
                ))
              : null}
            {parent?.kind === "COMMUNITY_COMMITTEE" ? <LinkButton href={`/admin/areas/new?community=${parent.id}`}>{t("areas.new")}</LinkButton> : null}
            {!parent ? <LinkButton href={`/admin/organisations/new${kind ? `?kind=${kind}` : ""}`} variant="primary">{t("admin.newOrganisation")}</LinkButton> : null}
          </>
        }
      />
      <Card>
        <FilterBar>
          <FilterText name="q" label={t("common.search")} defaultValue={q} placeholder={t("admin.orgSearchPlaceholder")} />
          <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="inactive" value="1" defaultChecked={includeInactive} className="size-4" />
            {t("admin.includeInactive")}
          </label>
        </FilterBar>

        {parent ? (
          <p className="mb-3 text-sm">
            <Link href={`/admin/organisations/${parent.id}`} className="record-link">{t("admin.viewOrg", { name: parent.name })}</Link>
          </p>
        ) : null}

        {atRoot ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {groups
              .sort((a, b) => ORG_KINDS.indexOf(a.kind as OrgKind) - ORG_KINDS.indexOf(b.kind as OrgKind))
              .map((g) => (
                <li key={g.kind}>
                  <Link href={`/admin/organisations?kind=${g.kind}${includeInactive ? "&inactive=1" : ""}`} className="flex items-center justify-between rounded-md border border-slate-200 px-3 py-2 hover:border-brand-300 hover:bg-brand-50">
                    <span className="font-medium">{t(`org.kind.${g.kind}` as never)}</span>
                    <Badge>{g.count}</Badge>
                  </Link>
                </li>
              ))}
          </ul>
        ) : page && page.rows.length === 0 ? (
          <EmptyState>{t("admin.noOrganisations")}</EmptyState>
        ) : page ? (
          <Table caption={t("nav.adminOrganisations")}>
            <thead>
              <tr>
                <Th>{t("org.fields.name")}</Th>
                <Th>{t("org.fields.kind")}</Th>
                <Th>{t("org.fields.code")}</Th>
                <Th>{t("org.fields.phone")}</Th>
                <Th>{t("admin.children")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((o) => (
                <Tr key={o.id}>
                  <Td>
                    <Link href={`/admin/organisations/${o.id}`} className="record-link">{o.name}</Link>
                    {!o.active ? <Badge tone="warning" className="ml-2">{t("common.inactive")}</Badge> : null}
                  </Td>
                  <Td>{t(`org.kind.${o.kind}` as never)}{o.sector ? ` · ${t(`org.sector.${o.sector}` as never)}` : ""}</Td>
                  <Td className="tabular-nums">{o.code ?? "—"}</Td>
                  <Td className="tabular-nums">{o.phone || "—"}</Td>
                  <Td>
                    {o.childCount > 0 || childKinds(o.kind).length > 0 ? (
                      <Link href={`/admin/organisations?parent=${o.id}${includeInactive ? "&inactive=1" : ""}`} className="text-brand-700 hover:underline">
                        {t("admin.openChildren", { count: o.childCount })}
                      </Link>
                    ) : "—"}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        ) : null}
        {page ? (
          <Pagination basePath="/admin/organisations" params={filterParams(params, ["parent", "kind", "q", "inactive"])} nextCursor={page.nextCursor} hasCursor={Boolean(param(params, "cursor"))} />
        ) : null}
      </Card>
    </>
  );
}
