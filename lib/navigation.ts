// The signed-in navigation, filtered by permission. Features add their entries here.
import { can, type Permission } from "@/lib/permissions";
import type { Actor } from "@/lib/scope";

export type NavItem = { href: string; label: string; permission?: Permission; section: "work" | "reference" | "admin" };

/** label is a key of the "nav" catalog. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "home", section: "work" },
  // Disputes and joint meetings (issue 3)
  { href: "/disputes", label: "disputes", permission: "disputes.view", section: "work" },
  { href: "/meetings", label: "meetings", permission: "meetings.view", section: "work" },
  { href: "/resolutions", label: "resolutions", permission: "resolutions.view", section: "work" },
  { href: "/escalations", label: "escalations", permission: "escalations.view", section: "work" },
  // Intake (docs/decisions/020)
  { href: "/complaints", label: "complaints", permission: "complaints.view", section: "work" },
  { href: "/referrals", label: "referrals", permission: "referrals.view", section: "work" },
  { href: "/works", label: "works", permission: "works.view", section: "work" },
  { href: "/outages", label: "outages", permission: "outages.view", section: "work" },
  // Supervision and accountability (issue 5)
  { href: "/supervision", label: "supervision", permission: "supervision.view", section: "work" },
  { href: "/accountability", label: "accountability", permission: "accountability.view", section: "work" },
  // Satisfaction and assessment (issue 5 part B)
  { href: "/assessment", label: "assessment", permission: "assessment.view", section: "work" },
  { href: "/areas", label: "areas", permission: "areas.view", section: "reference" },
  { href: "/duties", label: "duties", permission: "duties.view", section: "reference" },
  { href: "/about", label: "about", section: "reference" },
  { href: "/admin/organisations", label: "adminOrganisations", permission: "admin.organisations", section: "admin" },
  { href: "/admin/users", label: "adminUsers", permission: "admin.users", section: "admin" },
  { href: "/admin/duties", label: "adminDuties", permission: "admin.duties", section: "admin" },
  { href: "/admin/calendar", label: "adminCalendar", permission: "admin.calendar", section: "admin" },
  { href: "/admin/audit", label: "adminAudit", permission: "admin.audit", section: "admin" },
  { href: "/admin/systems", label: "adminIntegrations", permission: "admin.integrations", section: "admin" },
];

export function navFor(actor: Pick<Actor, "role" | "orgKind">): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(actor, item.permission));
}

/** Where a record of each kind is shown; features register their record pages here. */
const ENTITY_PATHS: Record<string, (id: number) => string> = {
  ResidentialArea: (id) => `/areas/${id}`,
  Organisation: (id) => `/admin/organisations/${id}`,
  User: (id) => `/admin/users/${id}`,
  DutyCategory: (id) => `/admin/duties/${id}`,
  ExternalSystem: (id) => `/admin/systems/${id}`,
  // Disputes and joint meetings (issue 3)
  Dispute: (id) => `/disputes/${id}`,
  JointMeeting: (id) => `/meetings/${id}`,
  Resolution: (id) => `/resolutions/${id}`,
  // Intake
  Complaint: (id) => `/complaints/${id}`,
  EnforcementReferral: (id) => `/referrals/${id}`,
  PlannedWorks: (id) => `/works/${id}`,
  Outage: (id) => `/outages/${id}`,
  // Supervision and accountability (issue 5)
  AccountabilityRecord: (id) => `/accountability/${id}`,
};

export function entityHref(entityType: string, id: number): string | null {
  return ENTITY_PATHS[entityType]?.(id) ?? null;
}
