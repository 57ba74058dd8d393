// The accountability-record scope (issue 5), beside lib/scope.test.ts.
import { describe, expect, it } from "vitest";
import { scopeWhere, type Actor, type Scope } from "@/lib/scope";

function actorOf(scope: Scope, orgId = 10): Actor {
  const orgKind = scope.level === "ORG" ? scope.orgKind : scope.level === "CITY" ? "HOUSING_BUREAU" : scope.level === "DISTRICT" ? "DISTRICT_GOVERNMENT" : "STREET_OFFICE";
  return { userId: 1, username: "u", name: "u", role: "CLERK", orgId, orgName: "o", orgKind, districtId: null, streetId: null, scope };
}

describe("scopeWhere: accountability records", () => {
  it("the city all; a district its district's and its own; others only about or by themselves", () => {
    expect(scopeWhere(actorOf({ level: "CITY" }), "accountabilityRecord")).toEqual({});
    expect(scopeWhere(actorOf({ level: "DISTRICT", districtId: 5 }, 6), "accountabilityRecord")).toEqual({ OR: [{ scopeDistrictId: 5 }, { subjectOrgId: 6 }, { openedByOrgId: 6 }] });
    expect(scopeWhere(actorOf({ level: "STREET", districtId: 5, streetId: 7 }, 7), "accountabilityRecord")).toEqual({ OR: [{ subjectOrgId: 7 }, { openedByOrgId: 7 }] });
    expect(scopeWhere(actorOf({ level: "ORG", orgId: 9, orgKind: "PROPERTY_COMPANY" }, 9), "accountabilityRecord")).toEqual({ OR: [{ subjectOrgId: 9 }, { openedByOrgId: 9 }] });
  });
});
