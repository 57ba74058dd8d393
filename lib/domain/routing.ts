// Routing (§二, §三(一)): who is responsible for a matter, and which category its words suggest.
// Both are explainable: the proposal names the duty-matrix line it followed, the suggestion
// names the words that matched. Both read editable data (DutyCategory, RoutingKeyword).
import type { OrgKind } from "@/lib/domain/organisation";
import { normaliseText } from "@/lib/domain/similarity";

export type DutyLine = {
  id: number;
  code: string;
  name: string;
  policyText: string;
  responsibleKind: string;
  responsibleSector: string | null;
  responsibleOrgId: number | null;
  propertyScope: boolean;
};

/** The organisations a residential area is linked to (and where it sits). */
export type AreaLinks = {
  id: number;
  districtId: number;
  streetId: number;
  communityId: number;
  propertyCompanyId: number | null;
  policeStationId: number | null;
  ownersCommitteeId: number | null;
};

/** The part of the organisation directory routing needs (active organisations only). */
export type DirectoryOrg = { id: number; kind: OrgKind | string; sector: string | null; districtId: number | null };

/**
 * PRESS: within property management, the area's property company fixes it and the office keeps
 * pressing (督促) until it is done. TRANSFER: it goes to the responsible department or unit.
 */
export const ROUTING_MODES = ["PRESS", "TRANSFER"] as const;
export type RoutingMode = (typeof ROUTING_MODES)[number];

export type Proposal = {
  orgId: number | null;
  mode: RoutingMode;
  duty: Pick<DutyLine, "id" | "code" | "name" | "policyText">;
  /** Why nobody could be proposed (the area has no property company, no such department, …). */
  missing: null | "noPropertyCompany" | "noPoliceStation" | "noOwnersCommittee" | "noOrganisation";
};

function firstOf(directory: readonly DirectoryOrg[], match: (o: DirectoryOrg) => boolean): number | null {
  let best: number | null = null;
  for (const o of directory) if (match(o) && (best === null || o.id < best)) best = o.id;
  return best;
}

/**
 * The party the duty matrix makes responsible for a matter of this category in this area.
 * A line pinned to one organisation goes there; a property-scope line goes to the area's
 * property company (PRESS); otherwise the kind of party is resolved through the area (its
 * police station, its district's property office, …) or the directory (the city department
 * or utility of the line's sector).
 */
export function responsibleParty(duty: DutyLine, area: AreaLinks, directory: readonly DirectoryOrg[]): Proposal {
  const base = { duty: { id: duty.id, code: duty.code, name: duty.name, policyText: duty.policyText } };
  if (duty.propertyScope) {
    return { ...base, mode: "PRESS", orgId: area.propertyCompanyId, missing: area.propertyCompanyId === null ? "noPropertyCompany" : null };
  }
  const transfer = (orgId: number | null, missing: Proposal["missing"] = "noOrganisation"): Proposal => ({
    ...base, mode: "TRANSFER", orgId, missing: orgId === null ? missing : null,
  });
  if (duty.responsibleOrgId !== null) return transfer(duty.responsibleOrgId);
  switch (duty.responsibleKind) {
    case "PROPERTY_COMPANY":
      return { ...base, mode: "PRESS", orgId: area.propertyCompanyId, missing: area.propertyCompanyId === null ? "noPropertyCompany" : null };
    case "POLICE_STATION":
      return transfer(area.policeStationId, "noPoliceStation");
    case "OWNERS_COMMITTEE":
      return transfer(area.ownersCommitteeId, "noOwnersCommittee");
    case "COMMUNITY_COMMITTEE":
      return transfer(area.communityId);
    case "STREET_OFFICE":
      return transfer(area.streetId);
    case "DISTRICT_GOVERNMENT":
      return transfer(area.districtId);
    case "DISTRICT_PROPERTY_OFFICE":
      return transfer(firstOf(directory, (o) => o.kind === "DISTRICT_PROPERTY_OFFICE" && o.districtId === area.districtId));
    case "HOUSING_BUREAU":
      return transfer(firstOf(directory, (o) => o.kind === "HOUSING_BUREAU"));
    case "CITY_DEPARTMENT":
    case "UTILITY":
      return transfer(firstOf(directory, (o) => o.kind === duty.responsibleKind && o.sector === duty.responsibleSector));
    default:
      return transfer(null);
  }
}

export type RoutingKeyword = { categoryId: number; term: string; weight: number };
export type Suggestion = { categoryId: number; score: number; terms: string[] };

type Hit = { categoryId: number; term: string; weight: number; start: number; end: number };

/**
 * Categories suggested by the words of a description, best first, each with the words that
 * matched. Every keyword occurrence is found; where occurrences overlap, the longest (most
 * specific) wins ("楼上噪音" beats "噪音", "暖气不热" beats "不热"), so one phrase counts for one
 * category only. A category scores the sum of weight × length of its winning words.
 */
export function suggestCategories(description: string, keywords: readonly RoutingKeyword[], limit = 3): Suggestion[] {
  const text = normaliseText(description);
  if (text === "") return [];
  const hits: Hit[] = [];
  for (const k of keywords) {
    const term = normaliseText(k.term);
    if (term === "") continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      hits.push({ categoryId: k.categoryId, term: k.term, weight: Math.max(1, k.weight), start: at, end: at + term.length });
    }
  }
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.weight - a.weight || a.start - b.start || a.categoryId - b.categoryId);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const byCategory = new Map<number, { score: number; terms: string[]; longest: number; first: number }>();
  for (const h of hits) {
    let free = true;
    for (let i = h.start; i < h.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = h.start; i < h.end; i++) taken[i] = true;
    const entry = byCategory.get(h.categoryId) ?? { score: 0, terms: [], longest: 0, first: h.start };
    entry.score += h.weight * (h.end - h.start);
    if (!entry.terms.includes(h.term)) entry.terms.push(h.term);
    entry.longest = Math.max(entry.longest, h.end - h.start);
    entry.first = Math.min(entry.first, h.start);
    byCategory.set(h.categoryId, entry);
  }
  return [...byCategory.entries()]
    .sort(([ia, a], [ib, b]) => b.score - a.score || b.longest - a.longest || a.first - b.first || ia - ib)
    .slice(0, limit)
    .map(([categoryId, e]) => ({ categoryId, score: e.score, terms: e.terms }));
}
