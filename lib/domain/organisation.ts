// Organisation kinds, sectors and roles: the vocabulary of the organisation tree (domain.md).
import { z } from "zod";

export const ORG_KINDS = [
  "HOUSING_BUREAU",
  "CITY_DEPARTMENT",
  "DISTRICT_GOVERNMENT",
  "DISTRICT_PROPERTY_OFFICE",
  "STREET_OFFICE",
  "COMMUNITY_COMMITTEE",
  "POLICE_STATION",
  "PROPERTY_COMPANY",
  "OWNERS_COMMITTEE",
  "UTILITY",
] as const;
export const orgKindSchema = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof orgKindSchema>;

/** City departments, one per duty area of §二. */
export const DEPARTMENT_SECTORS = [
  "PLANNING",
  "CONSTRUCTION",
  "CIVIL_AFFAIRS",
  "PUBLIC_SECURITY",
  "CITY_MANAGEMENT",
  "URBAN_ENFORCEMENT",
  "ENVIRONMENT",
  "PRICE",
  "MARKET",
  "QUALITY",
  "HEALTH",
] as const;

/** Public-service units. */
export const UTILITY_SECTORS = ["WATER", "POWER", "GAS", "HEATING", "POST", "TELECOM", "CABLE_TV"] as const;

export const SECTORS = [...DEPARTMENT_SECTORS, ...UTILITY_SECTORS] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export function sectorsFor(kind: OrgKind): readonly Sector[] {
  if (kind === "CITY_DEPARTMENT") return DEPARTMENT_SECTORS;
  if (kind === "UTILITY") return UTILITY_SECTORS;
  return [];
}

export const ROLES = ["CLERK", "LEADER", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Which kind of organisation may be the parent of each kind (null: top level). */
export const PARENT_KINDS = {
  HOUSING_BUREAU: [],
  CITY_DEPARTMENT: [],
  DISTRICT_GOVERNMENT: [],
  DISTRICT_PROPERTY_OFFICE: ["DISTRICT_GOVERNMENT"],
  STREET_OFFICE: ["DISTRICT_GOVERNMENT"],
  COMMUNITY_COMMITTEE: ["STREET_OFFICE"],
  POLICE_STATION: ["STREET_OFFICE", "DISTRICT_GOVERNMENT"],
  PROPERTY_COMPANY: [],
  OWNERS_COMMITTEE: ["COMMUNITY_COMMITTEE"],
  UTILITY: [],
} as const satisfies Record<OrgKind, readonly OrgKind[]>;

export function parentKindsFor(kind: OrgKind): readonly OrgKind[] {
  return PARENT_KINDS[kind];
}

/** The organisations a residential area links to. */
export const AREA_LINK_KINDS = ["COMMUNITY_COMMITTEE", "PROPERTY_COMPANY", "POLICE_STATION", "OWNERS_COMMITTEE"] as const satisfies readonly OrgKind[];

/** Roles an organisation kind may have: administrators sit in the housing bureau only. */
export function rolesFor(kind: OrgKind): readonly Role[] {
  return kind === "HOUSING_BUREAU" ? ROLES : (["CLERK", "LEADER"] as const);
}

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
