import { describe, expect, it } from "vitest";
import { ORG_KINDS } from "@/lib/domain/organisation";
import { scoped, scopeOf, scopeWhere, type Actor, type Scope } from "@/lib/scope";

function actorOf(scope: Scope, role: Actor["role"] = "CLERK", orgId = 10): Actor {
  const orgKind = scope.level === "ORG" ? scope.orgKind : scope.level === "CITY" ? "HOUSING_BUREAU" : scope.level === "DISTRICT" ? "DISTRICT_GOVERNMENT" : "STREET_OFFICE";
  return { userId: 1, username: "u", name: "u", role, orgId, orgName: "o", orgKind, districtId: null, streetId: null, scope };
}

describe("scopeOf", () => {
  it("derives each kind's scope from its place in the tree", () => {
    expect(scopeOf({ id: 1, kind: "HOUSING_BUREAU", districtId: null })).toEqual({ level: "CITY" });
    expect(scopeOf({ id: 5, kind: "DISTRICT_GOVERNMENT", districtId: null })).toEqual({ level: "DISTRICT", districtId: 5 });
    expect(scopeOf({ id: 6, kind: "DISTRICT_PROPERTY_OFFICE", districtId: 5 })).toEqual({ level: "DISTRICT", districtId: 5 });
    expect(scopeOf({ id: 7, kind: "STREET_OFFICE", districtId: 5 })).toEqual({ level: "STREET", districtId: 5, streetId: 7 });
    for (const kind of ["CITY_DEPARTMENT", "COMMUNITY_COMMITTEE", "POLICE_STATION", "PROPERTY_COMPANY", "OWNERS_COMMITTEE", "UTILITY"] as const) {
      expect(scopeOf({ id: 9, kind, districtId: 5 })).toEqual({ level: "ORG", orgId: 9, orgKind: kind });
    }
  });

  it("refuses a district office or street without a district instead of widening the scope", () => {
    expect(() => scopeOf({ id: 6, kind: "DISTRICT_PROPERTY_OFFICE", districtId: null })).toThrow();
    expect(() => scopeOf({ id: 7, kind: "STREET_OFFICE", districtId: null })).toThrow();
  });
});

describe("scopeWhere: residential areas", () => {
  it("limits each level to its own areas", () => {
    expect(scopeWhere(actorOf({ level: "CITY" }), "residentialArea")).toEqual({});
    expect(scopeWhere(actorOf({ level: "DISTRICT", districtId: 5 }), "residentialArea")).toEqual({ districtId: 5 });
    expect(scopeWhere(actorOf({ level: "STREET", districtId: 5, streetId: 7 }), "residentialArea")).toEqual({ streetId: 7 });
  });

  it("limits organisations to the areas they are linked to", () => {
    const org = (orgKind: (typeof ORG_KINDS)[number]) => scopeWhere(actorOf({ level: "ORG", orgId: 9, orgKind }), "residentialArea");
    expect(org("PROPERTY_COMPANY")).toEqual({ propertyCompanyId: 9 });
    expect(org("COMMUNITY_COMMITTEE")).toEqual({ communityId: 9 });
    expect(org("POLICE_STATION")).toEqual({ policeStationId: 9 });
    expect(org("OWNERS_COMMITTEE")).toEqual({ ownersCommitteeId: 9 });
    expect(org("CITY_DEPARTMENT")).toEqual({});
    expect(org("UTILITY")).toEqual({});
  });
});

describe("scopeWhere: users, audit log, notifications, organisations", () => {
  const street = actorOf({ level: "STREET", districtId: 5, streetId: 7 }, "LEADER", 7);
  const admin = actorOf({ level: "CITY" }, "ADMIN", 1);
  it("users: administrators all, others their own organisation", () => {
    expect(scopeWhere(admin, "user")).toEqual({});
    expect(scopeWhere(street, "user")).toEqual({ orgId: 7 });
  });
  it("audit log: administrators only", () => {
    expect(scopeWhere(admin, "auditLog")).toEqual({});
    expect(scopeWhere(street, "auditLog")).toEqual({ id: -1 });
  });
  it("notifications: the organisation's own", () => {
    expect(scopeWhere(street, "notification")).toEqual({ orgId: 7 });
  });
  it("organisations: the shared directory", () => {
    expect(scopeWhere(street, "organisation")).toEqual({});
  });
});

describe("scoped", () => {
  it("ANDs the scope with the caller's conditions, so a filter cannot replace it", () => {
    const district = actorOf({ level: "DISTRICT", districtId: 5 });
    expect(scoped(district, "residentialArea", { districtId: 8 })).toEqual({ AND: [{ districtId: 5 }, { districtId: 8 }] });
    const clerk = actorOf({ level: "STREET", districtId: 5, streetId: 7 }, "CLERK", 7);
    expect(scoped(clerk, "auditLog", { id: 42 })).toEqual({ AND: [{ id: -1 }, { id: 42 }] });
  });
});

// ─── Disputes and joint meetings (issue 3) ───
describe("scopeWhere: disputes, meetings, resolutions, escalations, calendar feeds", () => {
  const city = actorOf({ level: "CITY" }, "LEADER", 1);
  const district = actorOf({ level: "DISTRICT", districtId: 5 }, "LEADER", 5);
  const propertyOffice = actorOf({ level: "DISTRICT", districtId: 5 }, "CLERK", 6);
  const street = actorOf({ level: "STREET", districtId: 5, streetId: 7 }, "CLERK", 7);
  const police = actorOf({ level: "ORG", orgId: 30, orgKind: "POLICE_STATION" }, "CLERK", 30);
  const involvedDispute = (orgId: number) => [
    { units: { some: { orgId } } },
    { resolutions: { some: { responsibleOrgId: orgId } } },
    { agendaItems: { some: { meeting: { invitations: { some: { orgId } } } } } },
  ];
  const involvedMeeting = (orgId: number) => [{ invitations: { some: { orgId } } }, { resolutions: { some: { responsibleOrgId: orgId } } }];

  it("disputes: the city all; a district and a street by territory, registration and holding; everyone by involvement", () => {
    expect(scopeWhere(city, "dispute")).toEqual({});
    expect(scopeWhere(district, "dispute")).toEqual({ OR: [{ ownerOrgId: 5 }, { originDistrictId: 5 }, { areas: { some: { districtId: 5 } } }, ...involvedDispute(5)] });
    expect(scopeWhere(propertyOffice, "dispute")).toEqual({ OR: [{ ownerOrgId: 5 }, { originDistrictId: 5 }, { areas: { some: { districtId: 5 } } }, ...involvedDispute(6)] });
    expect(scopeWhere(street, "dispute")).toEqual({ OR: [{ ownerOrgId: 7 }, { originStreetId: 7 }, { areas: { some: { streetId: 7 } } }, ...involvedDispute(7)] });
    expect(scopeWhere(police, "dispute")).toEqual({ OR: involvedDispute(30) });
    for (const orgKind of ORG_KINDS) {
      expect(scopeWhere(actorOf({ level: "ORG", orgId: 9, orgKind }, "CLERK", 9), "dispute")).toEqual({ OR: involvedDispute(9) });
    }
  });

  it("meetings: the convener's scope, the meetings on disputes seen by territory, and invitations", () => {
    expect(scopeWhere(city, "jointMeeting")).toEqual({});
    expect(scopeWhere(district, "jointMeeting")).toEqual({
      OR: [{ districtId: 5 }, { agendaItems: { some: { dispute: { originDistrictId: 5 } } } }, { agendaItems: { some: { dispute: { areas: { some: { districtId: 5 } } } } } }, ...involvedMeeting(5)],
    });
    expect(scopeWhere(street, "jointMeeting")).toEqual({
      OR: [{ convenerOrgId: 7 }, { agendaItems: { some: { dispute: { originStreetId: 7 } } } }, { agendaItems: { some: { dispute: { areas: { some: { streetId: 7 } } } } } }, ...involvedMeeting(7)],
    });
    expect(scopeWhere(police, "jointMeeting")).toEqual({ OR: involvedMeeting(30) });
  });

  it("resolutions: those of visible meetings and those the organisation owns", () => {
    expect(scopeWhere(city, "resolution")).toEqual({});
    expect(scopeWhere(street, "resolution")).toEqual({ OR: [{ meeting: scopeWhere(street, "jointMeeting") }, { responsibleOrgId: 7 }] });
    expect(scopeWhere(district, "resolution")).toEqual({ OR: [{ meeting: scopeWhere(district, "jointMeeting") }, { responsibleOrgId: 5 }] });
    expect(scopeWhere(police, "resolution")).toEqual({ OR: [{ meeting: { OR: involvedMeeting(30) } }, { responsibleOrgId: 30 }] });
  });

  it("escalations: through their dispute", () => {
    expect(scopeWhere(city, "escalation")).toEqual({});
    expect(scopeWhere(district, "escalation")).toEqual({ dispute: scopeWhere(district, "dispute") });
    expect(scopeWhere(street, "escalation")).toEqual({ dispute: scopeWhere(street, "dispute") });
    expect(scopeWhere(police, "escalation")).toEqual({ dispute: { OR: involvedDispute(30) } });
  });

  it("calendar feeds: the organisation's own", () => {
    for (const a of [city, district, street, police]) expect(scopeWhere(a, "calendarFeed")).toEqual({ orgId: a.orgId });
  });

  it("a filter cannot widen the dispute scope", () => {
    expect(scoped(street, "dispute", { ownerOrgId: 99 })).toEqual({ AND: [scopeWhere(street, "dispute"), { ownerOrgId: 99 }] });
  });
});

describe("scopeWhere: intake (complaints, referrals, works, outages)", () => {
  const city = actorOf({ level: "CITY" });
  const district = actorOf({ level: "DISTRICT", districtId: 5 });
  const street = actorOf({ level: "STREET", districtId: 5, streetId: 7 });
  const org = (orgKind: (typeof ORG_KINDS)[number]) => actorOf({ level: "ORG", orgId: 9, orgKind });

  it("complaints: by place for the city, districts and streets; held or once held for any other organisation", () => {
    expect(scopeWhere(city, "complaint")).toEqual({});
    expect(scopeWhere(district, "complaint")).toEqual({ districtId: 5 });
    expect(scopeWhere(street, "complaint")).toEqual({ streetId: 7 });
    for (const kind of ["CITY_DEPARTMENT", "PROPERTY_COMPANY", "POLICE_STATION", "UTILITY", "OWNERS_COMMITTEE"] as const) {
      expect(scopeWhere(org(kind), "complaint")).toEqual({ holders: { some: { orgId: 9 } } });
    }
  });

  it("referrals: by place, or sent to the department at some point", () => {
    expect(scopeWhere(city, "enforcementReferral")).toEqual({});
    expect(scopeWhere(district, "enforcementReferral")).toEqual({ districtId: 5 });
    expect(scopeWhere(street, "enforcementReferral")).toEqual({ streetId: 7 });
    expect(scopeWhere(org("CITY_DEPARTMENT"), "enforcementReferral")).toEqual({ events: { some: { toOrgId: 9 } } });
  });

  it("works and outages: the utility its own, others through the areas they concern", () => {
    expect(scopeWhere(city, "plannedWorks")).toEqual({});
    expect(scopeWhere(district, "plannedWorks")).toEqual({ areas: { some: { districtId: 5 } } });
    expect(scopeWhere(street, "plannedWorks")).toEqual({ areas: { some: { streetId: 7 } } });
    expect(scopeWhere(org("UTILITY"), "plannedWorks")).toEqual({ utilityOrgId: 9 });
    expect(scopeWhere(org("PROPERTY_COMPANY"), "plannedWorks")).toEqual({ areas: { some: { propertyCompanyId: 9 } } });
    expect(scopeWhere(org("OWNERS_COMMITTEE"), "plannedWorks")).toEqual({ areas: { some: { ownersCommitteeId: 9 } } });
    expect(scopeWhere(org("COMMUNITY_COMMITTEE"), "plannedWorks")).toEqual({ areas: { some: { communityId: 9 } } });
    expect(scopeWhere(org("CITY_DEPARTMENT"), "plannedWorks")).toEqual({ id: -1 });
    expect(scopeWhere(org("POLICE_STATION"), "plannedWorks")).toEqual({ id: -1 });

    expect(scopeWhere(street, "outage")).toEqual({ tasks: { some: { streetId: 7 } } });
    expect(scopeWhere(org("UTILITY"), "outage")).toEqual({ utilityOrgId: 9 });
    expect(scopeWhere(org("PROPERTY_COMPANY"), "outage")).toEqual({ tasks: { some: { propertyCompanyId: 9 } } });
    expect(scopeWhere(org("CITY_DEPARTMENT"), "outage")).toEqual({ id: -1 });
  });

  it("per-area rows: each party its own areas' rows", () => {
    expect(scopeWhere(org("PROPERTY_COMPANY"), "plannedWorksArea")).toEqual({ propertyCompanyId: 9 });
    expect(scopeWhere(street, "plannedWorksArea")).toEqual({ streetId: 7 });
    expect(scopeWhere(org("UTILITY"), "plannedWorksArea")).toEqual({ works: { utilityOrgId: 9 } });
    expect(scopeWhere(org("PROPERTY_COMPANY"), "outageAssistTask")).toEqual({ propertyCompanyId: 9 });
    expect(scopeWhere(org("UTILITY"), "outageAssistTask")).toEqual({ outage: { utilityOrgId: 9 } });
    expect(scopeWhere(org("POLICE_STATION"), "outageAssistTask")).toEqual({ id: -1 });
    expect(scopeWhere(city, "outageAssistTask")).toEqual({});
  });

  it("a filter cannot widen the complaint scope", () => {
    expect(scoped(street, "complaint", { streetId: 8 })).toEqual({ AND: [{ streetId: 7 }, { streetId: 8 }] });
  });
});

describe("scopeWhere: the integration API (docs/decisions/070)", () => {
  const admin = actorOf({ level: "CITY" }, "ADMIN");
  const system = { ...actorOf({ level: "DISTRICT", districtId: 5 }), apiSystemId: 7 };
  const cityClerk = actorOf({ level: "CITY" });

  it("systems, keys and deliveries: administrators only, never an API caller", () => {
    for (const entity of ["externalSystem", "apiKey", "outboxDelivery"] as const) {
      expect(scopeWhere(admin, entity), entity).toEqual({});
      expect(scopeWhere(cityClerk, entity), entity).toEqual({ id: -1 });
      expect(scopeWhere(system, entity), entity).toEqual({ id: -1 });
      expect(scopeWhere({ ...admin, apiSystemId: 7 }, entity), entity).toEqual({ id: -1 });
    }
  });

  it("work orders: a system its own, administrators all, nobody else any", () => {
    expect(scopeWhere(system, "workOrderLink")).toEqual({ systemId: 7 });
    expect(scopeWhere(admin, "workOrderLink")).toEqual({});
    expect(scopeWhere(cityClerk, "workOrderLink")).toEqual({ id: -1 });
  });

  it("a system's complaints are those of its scope's territory", () => {
    expect(scopeWhere(system, "complaint")).toEqual({ districtId: 5 });
  });
});
