// The complaint conditions behind every assessment number (lib/domain/assessment.ts). The
// ranking counts with them and the complaints list filters with them (`measure=`, `unit=`,
// `from=`, `to=`), so a number and the list it drills down to are the same set of matters.
import "server-only";
import { db } from "@/lib/db";
import { HANDOVER_THRESHOLD } from "@/lib/domain/buck-passing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintMeasure, RankedKind } from "@/lib/domain/assessment";
import { addDays, startOfCityDate, type IsoDate } from "@/lib/domain/dates";
import { SATISFIED_RATINGS } from "@/lib/domain/satisfaction";

/** Taken on: everything but "not accepted" and duplicates (which follow their original). */
const NOT_TAKEN_ON = ["NOT_ACCEPTED", "DUPLICATE"];
const VOLUME: Prisma.ComplaintWhereInput = { status: { notIn: NOT_TAKEN_ON } };

export function measureWhere(measure: ComplaintMeasure): Prisma.ComplaintWhereInput {
  switch (measure) {
    case "volume":
      return VOLUME;
    case "handled":
      return { AND: [VOLUME, { handledAt: { not: null } }] };
    case "onTime":
      return { AND: [VOLUME, { handledAt: { not: null } }, { handledOnTime: true }] };
    case "closed":
      return { AND: [VOLUME, { status: "CLOSED" }] };
    case "rated":
      return { AND: [VOLUME, { satisfaction: { not: null } }] };
    case "satisfied":
      return { AND: [VOLUME, { satisfaction: { in: [...SATISFIED_RATINGS] } }] };
    case "handovers3":
      return { AND: [VOLUME, { handOverCount: { gte: HANDOVER_THRESHOLD } }] };
  }
}

/** What the measures depend on, for one group of complaints that share these values. */
export type MeasureFacts = { status: string; handled: boolean; handledOnTime: boolean | null; satisfaction: string | null; handOverCount: number };

/**
 * The conditions of measureWhere, on one group's facts: the ranking counts every measure from one
 * grouped pass with it (lib/data/assessment.ts), the complaints list filters with measureWhere.
 * A data test holds the two equal on the demo city (every measure, city totals and every unit).
 */
export function measureHolds(measure: ComplaintMeasure, f: MeasureFacts): boolean {
  const volume = !NOT_TAKEN_ON.includes(f.status);
  switch (measure) {
    case "volume":
      return volume;
    case "handled":
      return volume && f.handled;
    case "onTime":
      return volume && f.handled && f.handledOnTime === true;
    case "closed":
      return volume && f.status === "CLOSED";
    case "rated":
      return volume && f.satisfaction !== null;
    case "satisfied":
      return volume && (SATISFIED_RATINGS as readonly string[]).includes(f.satisfaction ?? "");
    case "handovers3":
      return volume && f.handOverCount >= HANDOVER_THRESHOLD;
  }
}

/** Received within the period's dates (inclusive, city time): the list's `from`/`to` filters. */
export function receivedWithin(from: IsoDate, to: IsoDate): Prisma.ComplaintWhereInput {
  return { receivedAt: { gte: startOfCityDate(from), lt: startOfCityDate(addDays(to, 1)) } };
}

/** Organisation kinds of the ranked units. */
export const UNIT_ORG_KIND: Record<RankedKind, string> = {
  DISTRICT: "DISTRICT_GOVERNMENT",
  STREET: "STREET_OFFICE",
  COMMUNITY: "COMMUNITY_COMMITTEE",
  PROPERTY_COMPANY: "PROPERTY_COMPANY",
};

/** The complaints a unit answers for: by the place of the matter (its residential area). */
export function unitWhereFor(org: { id: number; kind: string }): Prisma.ComplaintWhereInput {
  switch (org.kind) {
    case "DISTRICT_GOVERNMENT":
      return { districtId: org.id };
    case "STREET_OFFICE":
      return { streetId: org.id };
    case "COMMUNITY_COMMITTEE":
      return { area: { communityId: org.id } };
    case "PROPERTY_COMPANY":
      return { area: { propertyCompanyId: org.id } };
    default:
      return { id: -1 };
  }
}

/** The same, for an organisation id from a URL (an unknown id matches nothing). */
export async function unitWhere(orgId: number): Promise<Prisma.ComplaintWhereInput> {
  const org = await db.organisation.findUnique({ where: { id: orgId }, select: { id: true, kind: true } });
  return org ? unitWhereFor(org) : { id: -1 };
}
