// What each role may do, in one typed map (conventions.md). The UI calls can() to hide what a
// user cannot do; server actions call requirePermission(), which refuses with notFound so a
// forbidden page looks exactly like a missing one.
import type { OrgKind, Role } from "@/lib/domain/organisation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/scope";

/** Administration: granted by role alone (system administrators of the housing bureau). */
export const ADMIN_PERMISSIONS = [
  "admin.organisations",
  "admin.users",
  "admin.duties",
  "admin.calendar",
  "admin.audit",
  // The integration API's external systems and keys (issue 13)
  "admin.integrations",
] as const;

/** Work on matters: granted when both the role and the organisation kind allow it. */
export const WORK_PERMISSIONS = [
  "areas.view",
  "duties.view",
  // Disputes and joint meetings (issue 3)
  "disputes.view",
  "disputes.register",
  "meetings.view",
  "meetings.convene",
  "resolutions.view",
  "escalations.view",
  // Intake (docs/decisions/020): complaints, enforcement referrals, planned works, outages.
  "complaints.view",
  "complaints.register",
  "complaints.handle",
  // Bulk import of an existing complaint ledger (docs/decisions/046).
  "complaints.import",
  "referrals.view",
  "referrals.create",
  "referrals.handle",
  "works.view",
  "works.register",
  "works.confirm",
  "outages.view",
  "outages.register",
  "outages.assist",
  // Supervision and accountability (issue 5, docs/decisions/030–032)
  "supervision.view",
  "accountability.view",
  "accountability.open",
  "accountability.explain",
  // Satisfaction and assessment (issue 5 part B, docs/decisions/037)
  "assessment.view",
  "assessment.manage",
] as const;

export type Permission = (typeof ADMIN_PERMISSIONS)[number] | (typeof WORK_PERMISSIONS)[number];

const ALL_WORK = WORK_PERMISSIONS;

export const ROLE_PERMISSIONS = {
  ADMIN: [...ADMIN_PERMISSIONS, "areas.view", "duties.view"],
  LEADER: ALL_WORK,
  CLERK: ALL_WORK,
} as const satisfies Record<Role, readonly Permission[]>;

export const KIND_PERMISSIONS = {
  HOUSING_BUREAU: ["areas.view", "duties.view", "complaints.view", "complaints.import", "referrals.view", "works.view", "outages.view"],
  CITY_DEPARTMENT: ["duties.view", "complaints.view", "complaints.handle", "referrals.view", "referrals.handle"],
  DISTRICT_GOVERNMENT: ["areas.view", "duties.view", "complaints.view", "referrals.view", "works.view", "outages.view"],
  DISTRICT_PROPERTY_OFFICE: ["areas.view", "duties.view", "complaints.view", "complaints.register", "complaints.handle", "complaints.import", "referrals.view", "referrals.create", "referrals.handle", "works.view", "outages.view"],
  STREET_OFFICE: ["areas.view", "duties.view", "complaints.view", "complaints.register", "complaints.handle", "complaints.import", "referrals.view", "referrals.create", "works.view", "works.confirm", "outages.view", "outages.assist"],
  COMMUNITY_COMMITTEE: ["areas.view", "duties.view", "complaints.view", "complaints.handle", "works.view", "outages.view"],
  POLICE_STATION: ["areas.view", "duties.view", "complaints.view", "complaints.handle", "referrals.view", "referrals.handle"],
  PROPERTY_COMPANY: ["areas.view", "duties.view", "complaints.view", "complaints.handle", "works.view", "works.confirm", "outages.view", "outages.assist"],
  OWNERS_COMMITTEE: ["areas.view", "works.view", "outages.view"],
  UTILITY: ["duties.view", "complaints.view", "complaints.handle", "works.view", "works.register", "outages.view", "outages.register"],
} as const satisfies Record<OrgKind, readonly (typeof WORK_PERMISSIONS)[number][]>;

// ─── Disputes and joint meetings (issue 3) ───
// Every party may be a unit of a dispute, be invited to a joint meeting and own a resolution; the
// conveners of the three tiers (street office, district government, housing bureau) register
// disputes, convene meetings and escalate. Accepting or returning an escalation is a leader's
// decision: lib/domain/escalation.ts checks the actor's role (docs/decisions/011).
const MEETING_WORK = ["disputes.view", "meetings.view", "resolutions.view"] as const;
const CONVENER_WORK = [...MEETING_WORK, "disputes.register", "meetings.convene", "escalations.view"] as const;
export const JOINT_MEETING_KIND_PERMISSIONS = {
  HOUSING_BUREAU: CONVENER_WORK,
  CITY_DEPARTMENT: MEETING_WORK,
  DISTRICT_GOVERNMENT: CONVENER_WORK,
  DISTRICT_PROPERTY_OFFICE: [...MEETING_WORK, "escalations.view"],
  STREET_OFFICE: CONVENER_WORK,
  COMMUNITY_COMMITTEE: MEETING_WORK,
  POLICE_STATION: MEETING_WORK,
  PROPERTY_COMPANY: MEETING_WORK,
  OWNERS_COMMITTEE: MEETING_WORK,
  UTILITY: MEETING_WORK,
} as const satisfies Record<OrgKind, readonly (typeof WORK_PERMISSIONS)[number][]>;

// ─── Supervision and accountability (issue 5) ───
// The supervision view (督办) is for the three tiers that supervise: street, district, city. The
// bureau and a district open accountability records; every unit sees and explains those about itself.
const ANSWERS = ["accountability.view", "accountability.explain"] as const;
const SUPERVISES = ["supervision.view", "accountability.view", "accountability.explain"] as const;
export const ACCOUNTABILITY_KIND_PERMISSIONS = {
  HOUSING_BUREAU: [...SUPERVISES, "accountability.open"],
  CITY_DEPARTMENT: ANSWERS,
  DISTRICT_GOVERNMENT: [...SUPERVISES, "accountability.open"],
  DISTRICT_PROPERTY_OFFICE: [...SUPERVISES, "accountability.open"],
  STREET_OFFICE: SUPERVISES,
  COMMUNITY_COMMITTEE: ANSWERS,
  POLICE_STATION: ANSWERS,
  PROPERTY_COMPANY: ANSWERS,
  OWNERS_COMMITTEE: ANSWERS,
  UTILITY: ANSWERS,
} as const satisfies Record<OrgKind, readonly (typeof WORK_PERMISSIONS)[number][]>;

// ─── Assessment and ranking (issue 5 part B, docs/decisions/037) ───
// The housing bureau defines periods and commends units; the offices that are assessed and
// assess their own units (districts, their property offices, street offices) see the rankings
// of their scope. Return visits are the registering office's step ("complaints.register").
export const ASSESSMENT_KIND_PERMISSIONS = {
  HOUSING_BUREAU: ["assessment.view", "assessment.manage"],
  CITY_DEPARTMENT: [],
  DISTRICT_GOVERNMENT: ["assessment.view"],
  DISTRICT_PROPERTY_OFFICE: ["assessment.view"],
  STREET_OFFICE: ["assessment.view"],
  COMMUNITY_COMMITTEE: [],
  POLICE_STATION: [],
  PROPERTY_COMPANY: [],
  OWNERS_COMMITTEE: [],
  UTILITY: [],
} as const satisfies Record<OrgKind, readonly (typeof WORK_PERMISSIONS)[number][]>;

/** The work permissions of an organisation kind: the union of the features' maps. */
export function kindPermissions(kind: OrgKind): readonly Permission[] {
  return [...KIND_PERMISSIONS[kind], ...JOINT_MEETING_KIND_PERMISSIONS[kind], ...ACCOUNTABILITY_KIND_PERMISSIONS[kind], ...ASSESSMENT_KIND_PERMISSIONS[kind]];
}

function isAdminPermission(p: Permission): p is (typeof ADMIN_PERMISSIONS)[number] {
  return (ADMIN_PERMISSIONS as readonly string[]).includes(p);
}

export function can(actor: Pick<Actor, "role" | "orgKind">, permission: Permission): boolean {
  const byRole = (ROLE_PERMISSIONS[actor.role] as readonly Permission[]).includes(permission);
  if (!byRole) return false;
  if (isAdminPermission(permission)) return actor.role === "ADMIN";
  if (actor.role === "ADMIN") return true;
  return kindPermissions(actor.orgKind).includes(permission);
}

/**
 * What requirePermission throws: to the user exactly a missing record (code "notFound"); the
 * role × action matrix (lib/permissions-matrix.test.ts) tells a refusal by right from one by scope.
 */
export class PermissionRefusal extends AppError {
  readonly permission: Permission;
  constructor(permission: Permission) {
    super("notFound");
    this.permission = permission;
  }
}

/** Throws notFound (not "forbidden": a user must not learn what exists beyond their rights). */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new PermissionRefusal(permission);
}
