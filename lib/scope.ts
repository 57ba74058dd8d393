// The where-clauses that limit every query to what the actor may see (conventions.md).
// Each data function spreads scopeWhere(actor, entity) into its `where`; a record outside
// the scope is therefore "not found". Built only from a required Actor, never from optional
// values (Prisma drops undefined keys, which would widen a filter to everything).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgKind, Role } from "@/lib/domain/organisation";

/** Where an actor's organisation sits, and so how far it sees. */
export type Scope =
  | { level: "CITY" }
  | { level: "DISTRICT"; districtId: number }
  | { level: "STREET"; districtId: number; streetId: number }
  | { level: "ORG"; orgId: number; orgKind: OrgKind };

export type Actor = {
  userId: number;
  username: string;
  name: string;
  role: Role;
  orgId: number;
  orgName: string;
  orgKind: OrgKind;
  districtId: number | null;
  streetId: number | null;
  scope: Scope;
  /** Set when the actor is an external system calling the integration API (docs/decisions/070). */
  apiSystemId?: number;
};

/** A scope as a short string, for keys of readings shared by everyone in the same scope. */
export function scopeKey(scope: Scope): string {
  switch (scope.level) {
    case "CITY":
      return "city";
    case "DISTRICT":
      return `d${scope.districtId}`;
    case "STREET":
      return `s${scope.streetId}`;
    case "ORG":
      return `o${scope.orgId}`;
  }
}

type ScopedOrg = { id: number; kind: OrgKind; districtId: number | null };

/** The scope an organisation's users work in (domain.md, "Who is involved"). */
export function scopeOf(org: ScopedOrg): Scope {
  switch (org.kind) {
    case "HOUSING_BUREAU":
      return { level: "CITY" };
    case "DISTRICT_GOVERNMENT":
      return { level: "DISTRICT", districtId: org.id };
    case "DISTRICT_PROPERTY_OFFICE":
      if (org.districtId === null) throw new Error(`District property office ${org.id} has no district`);
      return { level: "DISTRICT", districtId: org.districtId };
    case "STREET_OFFICE":
      if (org.districtId === null) throw new Error(`Street office ${org.id} has no district`);
      return { level: "STREET", districtId: org.districtId, streetId: org.id };
    default:
      return { level: "ORG", orgId: org.id, orgKind: org.kind };
  }
}

/** Matches nothing: used where a scope has no access at all. */
const NOTHING = { id: -1 } as const;

const ALL = Symbol("all areas");
type AreaRowWhere = { districtId: number } | { streetId: number } | { propertyCompanyId: number } | { ownersCommitteeId: number } | { communityId: number };

/** Which per-area rows (works areas, assist tasks) an organisation sees: those of its areas.
 * Police stations and city departments are not party to works and outages. */
function areaRowScope(s: Scope): AreaRowWhere | typeof ALL | null {
  switch (s.level) {
    case "CITY":
      return ALL;
    case "DISTRICT":
      return { districtId: s.districtId };
    case "STREET":
      return { streetId: s.streetId };
    case "ORG":
      switch (s.orgKind) {
        case "PROPERTY_COMPANY":
          return { propertyCompanyId: s.orgId };
        case "OWNERS_COMMITTEE":
          return { ownersCommitteeId: s.orgId };
        case "COMMUNITY_COMMITTEE":
          return { communityId: s.orgId };
        default:
          return null;
      }
  }
}


/** How an organisation is involved in a dispute beyond its territory (issue 3). */
function disputeInvolvement(orgId: number): Prisma.DisputeWhereInput[] {
  return [
    { units: { some: { orgId } } },
    { resolutions: { some: { responsibleOrgId: orgId } } },
    { agendaItems: { some: { meeting: { invitations: { some: { orgId } } } } } },
  ];
}

/** How an organisation is involved in a meeting it did not convene (issue 3). */
function meetingInvolvement(orgId: number): Prisma.JointMeetingWhereInput[] {
  return [{ invitations: { some: { orgId } } }, { resolutions: { some: { responsibleOrgId: orgId } } }];
}

const scopes = {
  /** Residential areas: a street its own, a district its district, the city all; a property
   * company the areas it manages, a community, police station or owners' committee its own.
   * Departments and utilities see all areas (reference data: works and referrals name them). */
  residentialArea(actor: Actor): Prisma.ResidentialAreaWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { districtId: s.districtId };
      case "STREET":
        return { streetId: s.streetId };
      case "ORG":
        switch (s.orgKind) {
          case "PROPERTY_COMPANY":
            return { propertyCompanyId: s.orgId };
          case "COMMUNITY_COMMITTEE":
            return { communityId: s.orgId };
          case "POLICE_STATION":
            return { policeStationId: s.orgId };
          case "OWNERS_COMMITTEE":
            return { ownersCommitteeId: s.orgId };
          default:
            return {};
        }
    }
  },

  /** User accounts: administrators manage all; everybody else sees their own organisation's. */
  user(actor: Actor): Prisma.UserWhereInput {
    return actor.role === "ADMIN" ? {} : { orgId: actor.orgId };
  },

  /** Organisations are the shared directory every form picks from: visible to all signed-in users.
   * Changing them is an administrator's permission (lib/permissions.ts). */
  organisation(actor: Actor): Prisma.OrganisationWhereInput {
    void actor;
    return {};
  },

  /** The audit trail: administrators only. */
  auditLog(actor: Actor): Prisma.AuditLogWhereInput {
    return actor.role === "ADMIN" ? {} : NOTHING;
  },

  /** An organisation's inbox feed. */
  notification(actor: Actor): Prisma.NotificationWhereInput {
    return { orgId: actor.orgId };
  },

  // ─── Disputes and joint meetings (issue 3) ───

  /** Disputes: the city all; a district those whose areas lie in it, that it registered or holds;
   * a street likewise for its street; every organisation also those it is involved in (a unit
   * concerned, invited to a meeting that has the dispute on its agenda, or responsible for one of
   * its resolutions). */
  dispute(actor: Actor): Prisma.DisputeWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { OR: [{ ownerOrgId: s.districtId }, { originDistrictId: s.districtId }, { areas: { some: { districtId: s.districtId } } }, ...disputeInvolvement(actor.orgId)] };
      case "STREET":
        return { OR: [{ ownerOrgId: s.streetId }, { originStreetId: s.streetId }, { areas: { some: { streetId: s.streetId } } }, ...disputeInvolvement(actor.orgId)] };
      case "ORG":
        return { OR: disputeInvolvement(actor.orgId) };
    }
  },

  /** Joint meetings: the convener's scope (the city all; a district the meetings convened in it; a
   * street its own) and the meetings that discussed a dispute it sees by territory; every
   * organisation also the meetings it is invited to or owns a resolution of. */
  jointMeeting(actor: Actor): Prisma.JointMeetingWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return {
          OR: [
            { districtId: s.districtId },
            // Two conditions rather than one with an OR inside: PostgreSQL can then answer each
            // from its index (the OR inside made it join every agenda item to its dispute).
            { agendaItems: { some: { dispute: { originDistrictId: s.districtId } } } },
            { agendaItems: { some: { dispute: { areas: { some: { districtId: s.districtId } } } } } },
            ...meetingInvolvement(actor.orgId),
          ],
        };
      case "STREET":
        return {
          OR: [
            { convenerOrgId: s.streetId },
            { agendaItems: { some: { dispute: { originStreetId: s.streetId } } } },
            { agendaItems: { some: { dispute: { areas: { some: { streetId: s.streetId } } } } } },
            ...meetingInvolvement(actor.orgId),
          ],
        };
      case "ORG":
        return { OR: meetingInvolvement(actor.orgId) };
    }
  },

  /** Resolutions: those of the meetings the actor sees, and those it is responsible for. */
  resolution(actor: Actor): Prisma.ResolutionWhereInput {
    if (actor.scope.level === "CITY") return {};
    return { OR: [{ meeting: scopes.jointMeeting(actor) }, { responsibleOrgId: actor.orgId }] };
  },

  /** Escalations: through their dispute. */
  escalation(actor: Actor): Prisma.EscalationWhereInput {
    if (actor.scope.level === "CITY") return {};
    return { dispute: scopes.dispute(actor) };
  },

  /** An organisation's own calendar feed secret. */
  calendarFeed(actor: Actor): Prisma.CalendarFeedWhereInput {
    return { orgId: actor.orgId };
  },

  // ─── Intake: complaints, enforcement referrals, planned works, outages (docs/decisions/020) ───

  /** Complaints: a street its street's, a district its district's, the city all; any other
   * organisation the complaints it holds or has held (a department sees what is addressed to it,
   * a property company what it was asked to fix). Residents' identities are masked separately. */
  complaint(actor: Actor): Prisma.ComplaintWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { districtId: s.districtId };
      case "STREET":
        return { streetId: s.streetId };
      case "ORG":
        // Every assignee is in the holder chain (only offices, which are not ORG-level, hold a
        // complaint without a holder row), so the chain alone is the rule: one indexed lookup.
        return { holders: { some: { orgId: s.orgId } } };
    }
  },

  /** The yearly complaint summary (lib/data/statistics.ts): by territory. Organisations without a
   * territory read their own complaints instead, so the summary shows them nothing. */
  complaintYearCount(actor: Actor): Prisma.ComplaintYearCountWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { districtId: s.districtId };
      case "STREET":
        return { streetId: s.streetId };
      case "ORG":
        return { year: -1 };
    }
  },

  /** The daily assessment measures (lib/data/assessment.ts): by territory, like the yearly
   * summary. Organisations without a territory are counted on their own complaints instead. */
  complaintDayMeasure(actor: Actor): Prisma.ComplaintDayMeasureWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { districtId: s.districtId };
      case "STREET":
        return { streetId: s.streetId };
      case "ORG":
        return { day: "" };
    }
  },

  /** Enforcement referrals: by place for streets and districts; a department (or police station)
   * the referrals sent to it, including ones it returned. */
  enforcementReferral(actor: Actor): Prisma.EnforcementReferralWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { districtId: s.districtId };
      case "STREET":
        return { streetId: s.streetId };
      case "ORG":
        // Every department a referral was sent to has its (re)referral event.
        return { events: { some: { toOrgId: s.orgId } } };
    }
  },

  /** Planned works: the utility its own; everybody else the works touching their areas. */
  plannedWorks(actor: Actor): Prisma.PlannedWorksWhereInput {
    const s = actor.scope;
    if (s.level === "ORG" && s.orgKind === "UTILITY") return { utilityOrgId: s.orgId };
    const areas = areaRowScope(s);
    return areas === null ? NOTHING : areas === ALL ? {} : { areas: { some: areas } };
  },

  /** One area of planned works (its restoration is confirmed there). */
  plannedWorksArea(actor: Actor): Prisma.PlannedWorksAreaWhereInput {
    const s = actor.scope;
    if (s.level === "ORG" && s.orgKind === "UTILITY") return { works: { utilityOrgId: s.orgId } };
    const areas = areaRowScope(s);
    return areas === null ? NOTHING : areas === ALL ? {} : areas;
  },

  /** Outages: the utility its own; everybody else the outages touching their areas. */
  outage(actor: Actor): Prisma.OutageWhereInput {
    const s = actor.scope;
    if (s.level === "ORG" && s.orgKind === "UTILITY") return { utilityOrgId: s.orgId };
    const areas = areaRowScope(s);
    return areas === null ? NOTHING : areas === ALL ? {} : { tasks: { some: areas } };
  },

  /** One area's assist task during an outage. */
  outageAssistTask(actor: Actor): Prisma.OutageAssistTaskWhereInput {
    const s = actor.scope;
    if (s.level === "ORG" && s.orgKind === "UTILITY") return { outage: { utilityOrgId: s.orgId } };
    const areas = areaRowScope(s);
    return areas === null ? NOTHING : areas === ALL ? {} : areas;
  },

  // ─── Accountability records (issue 5, docs/decisions/032) ───

  /** Accountability records: the city all; a district those in its district; every organisation
   * also the records about itself and those it opened. Persons responsible are filtered
   * separately (lib/domain/accountability.ts maySeePersons). */
  accountabilityRecord(actor: Actor): Prisma.AccountabilityRecordWhereInput {
    const s = actor.scope;
    const own: Prisma.AccountabilityRecordWhereInput[] = [{ subjectOrgId: actor.orgId }, { openedByOrgId: actor.orgId }];
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { OR: [{ scopeDistrictId: s.districtId }, ...own] };
      default:
        return { OR: own };
    }
  },

  // ─── Satisfaction and assessment (issue 5 part B, docs/decisions/037) ───

  /** The units whose assessment detail an actor sees: the city all; a district itself, its
   * streets and communities and the property companies working in it; a street itself, its
   * communities and the property companies working in it. Others see no unit's detail. Their
   * numbers are always counted on the actor's own complaints (scopeWhere "complaint"). */
  assessmentUnit(actor: Actor): Prisma.OrganisationWhereInput {
    const s = actor.scope;
    switch (s.level) {
      case "CITY":
        return {};
      case "DISTRICT":
        return { OR: [{ id: s.districtId }, { districtId: s.districtId, kind: { in: ["STREET_OFFICE", "COMMUNITY_COMMITTEE"] } }, { kind: "PROPERTY_COMPANY", areasManaged: { some: { districtId: s.districtId } } }] };
      case "STREET":
        return { OR: [{ id: s.streetId }, { streetId: s.streetId, kind: "COMMUNITY_COMMITTEE" }, { kind: "PROPERTY_COMPANY", areasManaged: { some: { streetId: s.streetId } } }] };
      case "ORG":
        return NOTHING;
    }
  },

  /** Assessment periods are city-wide definitions: every actor allowed to view assessments sees them. */
  assessmentPeriod(actor: Actor): Prisma.AssessmentPeriodWhereInput {
    void actor;
    return {};
  },

  // ─── Integration API (issue 13, docs/decisions/070) ───

  /** Registered external systems and their keys: administrators only. */
  externalSystem(actor: Actor): Prisma.ExternalSystemWhereInput {
    return actor.role === "ADMIN" && actor.apiSystemId === undefined ? {} : NOTHING;
  },

  apiKey(actor: Actor): Prisma.ApiKeyWhereInput {
    return actor.role === "ADMIN" && actor.apiSystemId === undefined ? {} : NOTHING;
  },

  /** Outbox deliveries (their targets and errors): administrators only. */
  outboxDelivery(actor: Actor): Prisma.OutboxDeliveryWhereInput {
    return actor.role === "ADMIN" && actor.apiSystemId === undefined ? {} : NOTHING;
  },

  /** Work orders: a system its own; administrators all; nobody else any. */
  workOrderLink(actor: Actor): Prisma.WorkOrderLinkWhereInput {
    if (actor.apiSystemId !== undefined) return { systemId: actor.apiSystemId };
    return actor.role === "ADMIN" ? {} : NOTHING;
  },
} satisfies Record<string, (actor: Actor) => object>;

export type ScopedEntity = keyof typeof scopes;

export function scopeWhere<E extends ScopedEntity>(actor: Actor, entity: E): ReturnType<(typeof scopes)[E]> {
  return scopes[entity](actor) as ReturnType<(typeof scopes)[E]>;
}

/**
 * The scope AND the caller's conditions. Always combine with AND, never by spreading: a filter
 * key equal to a scope key (districtId, orgId, id) would otherwise replace the scope.
 */
export function scoped<E extends ScopedEntity>(
  actor: Actor,
  entity: E,
  ...conditions: ReturnType<(typeof scopes)[E]>[]
): { AND: ReturnType<(typeof scopes)[E]>[] } {
  return { AND: [scopeWhere(actor, entity), ...conditions] };
}
