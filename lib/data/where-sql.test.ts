// The read path's where compiler against Prisma itself: for every demo user and every scope of
// lib/scope.ts, and for where-inputs using every operator the compiler knows, both return the
// same rows of the seeded demo city (read in one transaction, so no other test's write comes between).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readDb } from "@/lib/db-read";
import { actorFor } from "@/lib/testing/actors";
import { scopeWhere, type ScopedEntity } from "@/lib/scope";
import { MODELS, type ModelName } from "@/lib/generated/relations/models";
import { whereSql, type WhereInput } from "@/lib/data/where-sql";

/** The Prisma delegate of a model (`complaint` for Complaint). */
function delegate(model: ModelName): { findMany(args: unknown): Promise<{ id: number }[]>; count(args: unknown): Promise<number> } {
  const key = model.charAt(0).toLowerCase() + model.slice(1);
  return (db as unknown as Record<string, { findMany(args: unknown): Promise<{ id: number }[]>; count(args: unknown): Promise<number> }>)[key]!;
}

const hasId = (model: ModelName) => "id" in MODELS[model].scalars;

/** Prisma's answer and the compiled SQL's, read in one transaction. */
async function both(model: ModelName, where: object): Promise<{ prisma: number[]; compiled: number[] }> {
  const table = MODELS[model].table;
  const query = hasId(model)
    ? readDb.selectFrom(`${table} as t` as never).select("t.id as id" as never).where(whereSql(model, where as WhereInput<typeof model>, "t")).orderBy("t.id" as never).compile()
    : readDb.selectFrom(`${table} as t` as never).select((eb) => eb.fn.countAll().as("id") as never).where(whereSql(model, where as WhereInput<typeof model>, "t")).compile();
  return db.$transaction(async (tx) => {
    void tx;
    const prisma = hasId(model)
      ? (await delegate(model).findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id)
      : [await delegate(model).count({ where })];
    const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(query.sql, ...query.parameters);
    return { prisma, compiled: rows.map((r) => Number(r.id)) };
  });
}

const SCOPED_MODELS: Record<ScopedEntity, ModelName> = {
  residentialArea: "ResidentialArea", user: "User", organisation: "Organisation", auditLog: "AuditLog", notification: "Notification",
  dispute: "Dispute", jointMeeting: "JointMeeting", resolution: "Resolution", escalation: "Escalation", calendarFeed: "CalendarFeed",
  complaint: "Complaint", complaintYearCount: "ComplaintYearCount", complaintDayMeasure: "ComplaintDayMeasure",
  enforcementReferral: "EnforcementReferral", plannedWorks: "PlannedWorks", plannedWorksArea: "PlannedWorksArea", outage: "Outage",
  outageAssistTask: "OutageAssistTask", accountabilityRecord: "AccountabilityRecord", assessmentUnit: "Organisation", assessmentPeriod: "AssessmentPeriod",
  outboxDelivery: "OutboxDelivery", externalSystem: "ExternalSystem", apiKey: "ApiKey", workOrderLink: "WorkOrderLink",
};

describe("where compiler (read path)", () => {
  it("matches Prisma for every scope of every demo user", async () => {
    const users = await db.user.findMany({ select: { username: true }, orderBy: { id: "asc" } });
    expect(users.length).toBeGreaterThan(20);
    let nonEmpty = 0;
    for (const { username } of users) {
      const actor = await actorFor(username);
      for (const [entity, model] of Object.entries(SCOPED_MODELS) as [ScopedEntity, ModelName][]) {
        const where = scopeWhere(actor, entity);
        const { prisma, compiled } = await both(model, where);
        expect(compiled, `${username} ${entity}`).toEqual(prisma);
        if (prisma.length > 0 && prisma[0] !== 0) nonEmpty++;
        // Outside the scope too (the dispute form offers other areas by NOT the actor's own), where an
        // empty scope excludes nothing. Not the escalation's: Prisma joins a to-one relation, so under
        // NOT a comparison with the dispute's NULL column leaves the row out, where EXISTS keeps it;
        // nothing negates a to-one relation filter on the read path.
        if (entity === "escalation") continue;
        const outside = await both(model, { NOT: where });
        expect(outside.compiled, `${username} NOT ${entity}`).toEqual(outside.prisma);
      }
    }
    // The comparison means something only if the scopes select rows.
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it("matches Prisma for every operator, NULLs, dates and booleans", async () => {
    const since = new Date(Date.now() - 400 * 86_400_000);
    const someOrg = (await db.organisation.findFirstOrThrow({ where: { kind: "PROPERTY_COMPANY" }, select: { id: true } })).id;
    const cases: [ModelName, object][] = [
      ["Complaint", {}],
      ["Complaint", { status: { in: ["REGISTERED", "ACCEPTED"] } }],
      ["Complaint", { status: { notIn: ["CLOSED"] }, currentDueDate: { not: null } }],
      ["Complaint", { status: { in: [] } }],
      ["Complaint", { status: { notIn: [] } }],
      ["Complaint", { handlerOrgId: { not: someOrg }, aboutOrgId: null }],
      ["Complaint", { extensionStatus: { not: "REQUESTED" } }],
      ["Complaint", { extensionStatus: { equals: null } }],
      ["Complaint", { receivedAt: { gte: since, lt: new Date() } }],
      ["Complaint", { receivedAt: { lte: since } }],
      ["Complaint", { isPetition: true }],
      ["Complaint", { isPetition: { not: true } }],
      ["Complaint", { description: { contains: "漏水" } }],
      ["Complaint", { ref: { startsWith: "TS-" }, residentPhone: { endsWith: "8" } }],
      ["Complaint", { OR: [] }],
      ["Complaint", { OR: [{ status: "CLOSED" }, { handOverCount: { gt: 1 } }] }],
      ["Complaint", { NOT: [{ status: "CLOSED" }, { status: "REPLIED" }] }],
      ["Complaint", { NOT: { currentDueDate: { lt: "2026-12-01" } } }],
      ["Complaint", { AND: [{ channel: "VISIT" }, { NOT: { status: "CLOSED" } }] }],
      ["Complaint", { holders: { some: { orgId: someOrg } } }],
      ["Complaint", { holders: { none: { orgId: someOrg } } }],
      ["Complaint", { holders: { every: { endedAs: null } } }],
      ["Complaint", { area: { propertyCompanyId: someOrg } }],
      ["Complaint", { area: { is: { households: { gte: 500 } } } }],
      ["Complaint", { aboutOrg: { isNot: null } }],
      ["Complaint", { duplicateOf: { is: null } }],
      ["Complaint", { duplicates: { some: {} } }],
      ["Complaint", { ratings: { some: { rating: "SATISFIED" } } }],
      ["Dispute", { crossDistrict: true, units: { some: { org: { kind: "POLICE_STATION" } } } }],
      ["Dispute", { resolvedAt: { not: null } }],
      ["JointMeeting", { agendaItems: { some: { dispute: { areas: { some: { area: { propertyCompanyId: someOrg } } } } } } }],
      ["Resolution", { meeting: { status: "FINAL" }, doneAt: null }],
      ["Organisation", { areaAsOwnersCommittee: { isNot: null } }],
      ["Organisation", { areaAsOwnersCommittee: null, kind: "OWNERS_COMMITTEE" }],
      ["Organisation", { areasManaged: { some: { districtId: { gt: 0 } } }, active: true }],
      // Prisma leaves out a where-input without a condition wherever it stands.
      ["Complaint", { NOT: {} }],
      ["Complaint", { NOT: [{}, { status: "CLOSED" }] }],
      ["Complaint", { NOT: { AND: [{}] } }],
      ["Complaint", { NOT: { NOT: {} } }],
      ["Complaint", { OR: [{}] }],
      ["Complaint", { OR: [{}, { status: "CLOSED" }] }],
      ["Complaint", { NOT: { OR: [{}] } }],
      ["Complaint", { status: {}, NOT: { status: {} } }],
      ["Complaint", { aboutOrg: {} }],
      ["Complaint", { NOT: { aboutOrg: {} } }],
      ["Complaint", { NOT: { holders: {} } }],
      ["Complaint", { id: { gt: 0 }, OR: [] }],
      ["Complaint", { status: "CLOSED", AND: [{ OR: [] }, { OR: [{}] }] }],
      ["Complaint", { holders: { some: { OR: [] } } }],
      ["ResidentialArea", { active: true, NOT: {} }],
    ];
    for (const [model, where] of cases) {
      const { prisma, compiled } = await both(model, where);
      expect(compiled, `${model} ${JSON.stringify(where)}`).toEqual(prisma);
    }
  });

  it("matches text regardless of ASCII case on both databases, as SQLite's LIKE does", async () => {
    const upper = await both("Complaint", { ref: { startsWith: "TS-" } });
    expect(upper.compiled.length).toBeGreaterThan(0);
    expect((await both("Complaint", { ref: { startsWith: "ts-" } })).compiled).toEqual(upper.compiled);
    expect((await both("Complaint", { ref: { contains: "s-2" } })).compiled).toEqual((await both("Complaint", { ref: { contains: "S-2" } })).compiled);
  });

  it("refuses what it does not know instead of widening the filter", () => {
    expect(() => whereSql("Complaint", { nosuch: 1 } as never, "c")).toThrow(/no field nosuch/);
    expect(() => whereSql("Complaint", { status: { search: "x" } } as never, "c")).toThrow(/unsupported operator/);
    expect(() => whereSql("Complaint", { holders: { any: {} } } as never, "c")).toThrow(/unsupported list operator/);
  });
});
