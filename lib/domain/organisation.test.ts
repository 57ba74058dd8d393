import { describe, expect, it } from "vitest";
import { buildTree, parentKindsFor, placeInTree, rolesFor, sectorsFor } from "@/lib/domain/organisation";

const district = { id: 2, kind: "DISTRICT_GOVERNMENT" as const, parentId: null, districtId: null, streetId: null };
const street = { id: 3, kind: "STREET_OFFICE" as const, parentId: 2, districtId: 2, streetId: null };
const community = { id: 4, kind: "COMMUNITY_COMMITTEE" as const, parentId: 3, districtId: 2, streetId: 3 };

describe("organisation tree", () => {
  it("derives district and street from the parent", () => {
    expect(placeInTree("STREET_OFFICE", district)).toEqual({ districtId: 2, streetId: null });
    expect(placeInTree("DISTRICT_PROPERTY_OFFICE", district)).toEqual({ districtId: 2, streetId: null });
    expect(placeInTree("COMMUNITY_COMMITTEE", street)).toEqual({ districtId: 2, streetId: 3 });
    expect(placeInTree("POLICE_STATION", street)).toEqual({ districtId: 2, streetId: 3 });
    expect(placeInTree("OWNERS_COMMITTEE", community)).toEqual({ districtId: 2, streetId: 3 });
    expect(placeInTree("PROPERTY_COMPANY", null)).toEqual({ districtId: null, streetId: null });
  });

  it("knows which parents each kind may have", () => {
    expect(parentKindsFor("STREET_OFFICE")).toEqual(["DISTRICT_GOVERNMENT"]);
    expect(parentKindsFor("COMMUNITY_COMMITTEE")).toEqual(["STREET_OFFICE"]);
    expect(parentKindsFor("PROPERTY_COMPANY")).toEqual([]);
  });

  it("departments and utilities have sectors; others do not", () => {
    expect(sectorsFor("CITY_DEPARTMENT")).toContain("QUALITY");
    expect(sectorsFor("UTILITY")).toContain("HEATING");
    expect(sectorsFor("STREET_OFFICE")).toEqual([]);
  });

  it("only the housing bureau has administrators", () => {
    expect(rolesFor("HOUSING_BUREAU")).toContain("ADMIN");
    expect(rolesFor("STREET_OFFICE")).toEqual(["CLERK", "LEADER"]);
  });

  it("builds a tree from a flat list", () => {
    const roots = buildTree([community, street, district, { id: 9, kind: "PROPERTY_COMPANY", parentId: null, districtId: null, streetId: null }]);
    expect(roots.map((r) => r.id).sort()).toEqual([2, 9]);
    expect(roots.find((r) => r.id === 2)?.children[0]?.children[0]?.id).toBe(4);
  });
});
