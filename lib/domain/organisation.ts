// Organisation kinds, sectors and roles: the vocabulary of the organisation tree (domain.md).
import { z } from "zod";
import { ORG_KINDS, SECTORS, ROLES } from "@/lib/domain/codes";
export { ORG_KINDS, DEPARTMENT_SECTORS, UTILITY_SECTORS, SECTORS, sectorsFor, ROLES, PARENT_KINDS, parentKindsFor, rolesFor } from "@/lib/domain/codes";

export const orgKindSchema = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof orgKindSchema>;

export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The organisations a residential area links to. */
export const AREA_LINK_KINDS = ["COMMUNITY_COMMITTEE", "PROPERTY_COMPANY", "POLICE_STATION", "OWNERS_COMMITTEE"] as const satisfies readonly OrgKind[];

type TreeNode = { id: number; kind: OrgKind; parentId: number | null; districtId: number | null; streetId: number | null };

/**
 * The district and street an organisation sits in, derived from its parent, so scope filters
 * never depend on a value somebody typed.
 */
export function placeInTree(
  kind: OrgKind,
  parent: TreeNode | null,
): { districtId: number | null; streetId: number | null } {
  if (!parent) return { districtId: null, streetId: null };
  const districtId = parent.kind === "DISTRICT_GOVERNMENT" ? parent.id : parent.districtId;
  const streetId = parent.kind === "STREET_OFFICE" ? parent.id : parent.streetId;
  if (kind === "DISTRICT_GOVERNMENT") return { districtId: null, streetId: null };
  return { districtId, streetId: kind === "STREET_OFFICE" ? null : streetId };
}

export type OrgNode<T> = T & { id: number; parentId: number | null; children: OrgNode<T>[] };

/** Builds the organisation tree from a flat list; orphans (parent not in the list) become roots. */
export function buildTree<T extends { id: number; parentId: number | null }>(rows: T[]): OrgNode<T>[] {
  const byId = new Map<number, OrgNode<T>>();
  for (const row of rows) byId.set(row.id, { ...row, children: [] });
  const roots: OrgNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
