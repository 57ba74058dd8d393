import { describe, expect, it } from "vitest";
import { ORG_KINDS, ROLES, rolesFor } from "@/lib/domain/organisation";
import { ADMIN_PERMISSIONS, can, kindPermissions, requirePermission, WORK_PERMISSIONS } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { scopeOf, type Actor } from "@/lib/scope";

function actor(orgKind: (typeof ORG_KINDS)[number], role: (typeof ROLES)[number]): Actor {
  return {
    userId: 1, username: "u", name: "u", role, orgId: 10, orgName: "o", orgKind, districtId: 2, streetId: 3,
    scope: scopeOf({ id: 10, kind: orgKind, districtId: 2 }),
  };
}

describe("permission map", () => {
  for (const kind of ORG_KINDS) {
    for (const role of rolesFor(kind)) {
      it(`${role} of ${kind}`, () => {
        const a = actor(kind, role);
        for (const p of ADMIN_PERMISSIONS) expect(can(a, p), p).toBe(role === "ADMIN");
        for (const p of WORK_PERMISSIONS) {
          const expected = role === "ADMIN" ? p === "areas.view" || p === "duties.view" : kindPermissions(kind).includes(p);
          expect(can(a, p), p).toBe(expected);
        }
      });
    }
  }

  it("administrators exist only in the housing bureau", () => {
    for (const kind of ORG_KINDS) expect(rolesFor(kind).includes("ADMIN")).toBe(kind === "HOUSING_BUREAU");
  });

  it("owners' committees do not read the duty matrix, utilities do not browse areas", () => {
    expect(can(actor("OWNERS_COMMITTEE", "LEADER"), "duties.view")).toBe(false);
    expect(can(actor("UTILITY", "CLERK"), "areas.view")).toBe(false);
    expect(can(actor("STREET_OFFICE", "CLERK"), "areas.view")).toBe(true);
  });

  it("requirePermission refuses as notFound, so a forbidden page looks like a missing one", () => {
    expect(() => requirePermission(actor("STREET_OFFICE", "LEADER"), "admin.users")).toThrowError(AppError);
    try {
      requirePermission(actor("STREET_OFFICE", "LEADER"), "admin.users");
    } catch (error) {
      expect((error as AppError).code).toBe("notFound");
    }
    expect(() => requirePermission(actor("HOUSING_BUREAU", "ADMIN"), "admin.users")).not.toThrow();
  });

  it("joint meetings: every party sees disputes, meetings and resolutions; only the conveners register, convene and escalate", () => {
    for (const kind of ORG_KINDS) {
      const clerk = actor(kind, "CLERK");
      expect(can(clerk, "disputes.view"), kind).toBe(true);
      expect(can(clerk, "meetings.view"), kind).toBe(true);
      expect(can(clerk, "resolutions.view"), kind).toBe(true);
      const convener = kind === "STREET_OFFICE" || kind === "DISTRICT_GOVERNMENT" || kind === "HOUSING_BUREAU";
      expect(can(clerk, "disputes.register"), kind).toBe(convener);
      expect(can(clerk, "meetings.convene"), kind).toBe(convener);
      expect(can(clerk, "escalations.view"), kind).toBe(convener || kind === "DISTRICT_PROPERTY_OFFICE");
    }
    expect(can(actor("HOUSING_BUREAU", "ADMIN"), "disputes.view")).toBe(false);
  });

  it("intake: offices register complaints and refer violations; holders handle; utilities announce; companies confirm", () => {
    const register = ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "complaints.register"));
    expect(register).toEqual(["DISTRICT_PROPERTY_OFFICE", "STREET_OFFICE"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "referrals.create"))).toEqual(["DISTRICT_PROPERTY_OFFICE", "STREET_OFFICE"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "referrals.handle"))).toEqual(["CITY_DEPARTMENT", "DISTRICT_PROPERTY_OFFICE", "POLICE_STATION"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "works.register"))).toEqual(["UTILITY"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "outages.register"))).toEqual(["UTILITY"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "works.confirm"))).toEqual(["STREET_OFFICE", "PROPERTY_COMPANY"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "outages.assist"))).toEqual(["STREET_OFFICE", "PROPERTY_COMPANY"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "CLERK"), "assessment.manage"))).toEqual(["HOUSING_BUREAU"]);
    expect(ORG_KINDS.filter((k) => can(actor(k, "LEADER"), "assessment.view"))).toEqual(["HOUSING_BUREAU", "DISTRICT_GOVERNMENT", "DISTRICT_PROPERTY_OFFICE", "STREET_OFFICE"]);
    expect(can(actor("OWNERS_COMMITTEE", "LEADER"), "complaints.view")).toBe(false);
    expect(can(actor("OWNERS_COMMITTEE", "LEADER"), "works.view")).toBe(true);
    expect(can(actor("CITY_DEPARTMENT", "CLERK"), "works.view")).toBe(false);
    // System administrators administer; they do not work on matters.
    expect(can(actor("HOUSING_BUREAU", "ADMIN"), "complaints.view")).toBe(false);
    expect(can(actor("HOUSING_BUREAU", "LEADER"), "complaints.view")).toBe(true);
  });
});
