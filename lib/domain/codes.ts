// The code lists and small rules that forms in the browser need, with no zod: the domain modules
// build their schemas from these and re-export them, and client components import them from here,
// so zod stays out of every page's first-load bundle (docs/decisions/045).
import type { IndicatorDefinition } from "@/lib/domain/assessment";

// Organisations (lib/domain/organisation.ts).
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
export type OrgKind = (typeof ORG_KINDS)[number];

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
export type Sector = (typeof SECTORS)[number];

export function sectorsFor(kind: OrgKind): readonly Sector[] {
  if (kind === "CITY_DEPARTMENT") return DEPARTMENT_SECTORS;
  if (kind === "UTILITY") return UTILITY_SECTORS;
  return [];
}

export const ROLES = ["CLERK", "LEADER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

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

/** Roles an organisation kind may have: administrators sit in the housing bureau only. */
export function rolesFor(kind: OrgKind): readonly Role[] {
  return kind === "HOUSING_BUREAU" ? ROLES : (["CLERK", "LEADER"] as const);
}

// Complaints (lib/domain/complaint.ts).
export const CHANNELS = ["VISIT", "MAYOR_HOTLINE", "HOTLINE_12319", "MEDIA", "HOTLINE_12345", "LETTER", "ONLINE", "OTHER"] as const;
/** The channels an external system (a hotline platform) may deliver work orders on (issue 13). */
export const INTEGRATION_CHANNELS = CHANNELS.filter((c) => c === "HOTLINE_12345" || c === "HOTLINE_12319" || c === "MAYOR_HOTLINE" || c === "ONLINE" || c === "OTHER");
export const REPLY_METHODS = ["PHONE", "IN_PERSON", "WRITTEN", "SMS", "ONLINE"] as const;

// Disputes and meetings (lib/domain/dispute.ts, lib/domain/meeting.ts).
export const URGENCIES = ["NORMAL", "URGENT", "CRITICAL"] as const;
/** A meeting's outcome for one dispute. */
export const OUTCOMES = ["RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED"] as const;
/** The kinds the registration form offers (the area's own organisations are invited anyway). */
export const UNIT_FORM_KINDS = ["CITY_DEPARTMENT", "UTILITY", "DISTRICT_PROPERTY_OFFICE", "PROPERTY_COMPANY"] as const satisfies readonly OrgKind[];
/** The policy's test is "involves several departments": fewer than two deserves a warning. */
export function needsMoreUnits(unitCount: number): boolean {
  return unitCount < 2;
}
/** 出席 (attending, with a voice in the decision) and 列席 (attending without a vote), GB/T 9704 §10.3. */
export const ATTENDANCE_CAPACITIES = ["ATTENDING", "OBSERVING"] as const;

// Accountability (lib/domain/accountability.ts).
export const FAILURES = ["DELAY", "BUCK_PASSING", "SERIOUS_CONSEQUENCE"] as const;
export const AMENDABLE_FIELDS = ["FINDINGS", "DECISION"] as const;

// Satisfaction (lib/domain/satisfaction.ts).
export const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;
/** How the office reached the resident for the return visit. */
export const RETURN_VISIT_METHODS = ["PHONE", "VISIT", "SMS", "ONLINE", "LETTER"] as const;

// Deadlines (lib/domain/deadline.ts).
export const DAY_TYPES = ["CALENDAR", "WORKING"] as const;

// Assessment (lib/domain/assessment.ts).
export const INDICATOR_CODES = [
  "ON_TIME_RATE",
  "RESOLUTION_RATE",
  "SATISFACTION_RATE",
  "MEETING_ATTENDANCE_RATE",
  "OVERDUE_RESOLUTIONS",
  "ESCALATIONS_RETURNED",
  "HANDOVERS_3",
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const INDICATORS: Record<IndicatorCode, IndicatorDefinition> = {
  ON_TIME_RATE: { code: "ON_TIME_RATE", kind: "rate", numerator: "onTime", denominator: "handled", defaultWeight: 25 },
  RESOLUTION_RATE: { code: "RESOLUTION_RATE", kind: "rate", numerator: "closed", denominator: "volume", defaultWeight: 20 },
  SATISFACTION_RATE: { code: "SATISFACTION_RATE", kind: "rate", numerator: "satisfied", denominator: "rated", defaultWeight: 30 },
  MEETING_ATTENDANCE_RATE: { code: "MEETING_ATTENDANCE_RATE", kind: "rate", numerator: "attended", denominator: "invited", defaultWeight: 5 },
  OVERDUE_RESOLUTIONS: { code: "OVERDUE_RESOLUTIONS", kind: "clean", numerator: "resolutionsOverdue", denominator: "resolutionsDue", defaultWeight: 5 },
  ESCALATIONS_RETURNED: { code: "ESCALATIONS_RETURNED", kind: "clean", numerator: "escalationsReturned", denominator: "escalated", defaultWeight: 5 },
  HANDOVERS_3: { code: "HANDOVERS_3", kind: "clean", numerator: "handovers3", denominator: "volume", defaultWeight: 10 },
};

export const DEFAULT_THRESHOLD = 85;
export const DEFAULT_MIN_VOLUME = 5;

// The complaint ledger import (lib/domain/complaint-ledger.ts): at most this many problems reported.
export const LEDGER_MAX_ERRORS = 500;

// The holiday calendar (lib/domain/builtin-calendar.ts): a day off, or a moved working day.
export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
