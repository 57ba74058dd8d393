// The role × action matrix (issue 11), generated from lib/permissions.ts: every permission has a
// probe — the data-layer action it guards — and every demo user (each organisation kind and role)
// runs every probe. Where can() says no, the action is refused as "not found" and the database is
// unchanged; where it says yes, the right does not stop it. A new permission without a probe does
// not compile (Record<Permission, Probe>).
//
// The probes really write: they run on a copy of the test database of their own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import demo from "@/prisma/demo-users.json" with { type: "json" };
import { isPostgresUrl } from "@/lib/config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liandong-matrix-"));
const postgres = isPostgresUrl(process.env.DATABASE_URL!);
if (postgres) {
  // PostgreSQL: the copy the global set-up made of the seeded database before any test ran.
  process.env.DATABASE_URL = process.env.TEST_MATRIX_DATABASE_URL!;
} else {
  const file = path.join(dir, "liandong.db");
  // An online copy of the seeded test database (the SQLite backup API: consistent while others write).
  const source = new Database(path.resolve(process.env.DATABASE_URL!.replace(/^file:/, "")), { readonly: true });
  await source.backup(file);
  source.close();
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.DATA_DIR = dir;

// Imported only now: the database client is made for the copy.
const { db } = await import("@/lib/db");
const { actorFor } = await import("@/lib/testing/actors");
const { ADMIN_PERMISSIONS, WORK_PERMISSIONS, can, PermissionRefusal } = await import("@/lib/permissions");
const { isAppError } = await import("@/lib/errors");
const { scoped } = await import("@/lib/scope");
const { cityDate, addDays, toCityDateTimeInput } = await import("@/lib/domain/dates");
const { setOrganisationActive } = await import("@/lib/data/organisations");
const { listUsers } = await import("@/lib/data/users");
const { createDuty } = await import("@/lib/data/duties");
const { listCalendarDays } = await import("@/lib/data/calendar");
const { listAuditLog } = await import("@/lib/data/audit");
const { listExternalSystems } = await import("@/lib/data/integration");
const { listAreas } = await import("@/lib/data/areas");
const { listDuties } = await import("@/lib/data/duties");
const { createDispute, listDisputes } = await import("@/lib/data/disputes");
const { listMeetings, scheduleMeeting } = await import("@/lib/data/meetings");
const { listResolutions } = await import("@/lib/data/resolutions");
const { listEscalations } = await import("@/lib/data/escalations");
const { listComplaints, registerComplaint, startComplaint } = await import("@/lib/data/complaints");
const { importComplaintLedger } = await import("@/lib/data/complaint-import");
const { acceptReferral, createReferral, listReferrals, referralTargets } = await import("@/lib/data/referrals");
const { answerRestoration, listWorks, registerWorks } = await import("@/lib/data/works");
const { confirmAssistTask, listOutages, registerOutage } = await import("@/lib/data/outages");
const { supervisionOverview } = await import("@/lib/data/supervision");
const { accountabilitySubjects, explainAccountability, listAccountability } = await import("@/lib/data/accountability");
const { createPeriod, listPeriods } = await import("@/lib/data/assessment");

type Actor = Awaited<ReturnType<typeof actorFor>>;
type Permission = (typeof ADMIN_PERMISSIONS)[number] | (typeof WORK_PERMISSIONS)[number];
/** Prepares what the action needs (directly in the database, allowed to every actor) and returns the action itself. */
type Probe = (actor: Actor) => Promise<() => Promise<unknown>>;
/** A probe that needs nothing prepared. */
const only = (action: (actor: Actor) => Promise<unknown>): Probe => async (a) => () => action(a);

const page = { size: 1 };
let serial = 0;
const unique = (label: string) => `权限矩阵 ${label} ${++serial}`;

/** An active residential area the actor's scope reaches (any area when none does). */
async function areaFor(actor: Actor): Promise<number> {
  const inScope = await db.residentialArea.findFirst({ where: scoped(actor, "residentialArea", { active: true }), select: { id: true } });
  return (inScope ?? (await db.residentialArea.findFirstOrThrow({ where: { active: true }, select: { id: true } }))).id;
}

async function categoryId(code = "PROPERTY_SERVICE"): Promise<number> {
  return (await db.dutyCategory.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

const probes: Record<Permission, Probe> = {
  // ─── Administration ───
  "admin.organisations": async (a) => {
    const org = await db.organisation.findUniqueOrThrow({ where: { id: a.orgId }, select: { version: true } });
    return () => setOrganisationActive(a, a.orgId, true, org.version);
  },
  "admin.users": only((a) => listUsers(a, {}, page)),
  "admin.duties": only((a) =>
    createDuty(a, {
      code: `MATRIX_${++serial}`, name: unique("职责"), nameEn: "", policyText: "权限矩阵测试", responsibleKind: "CITY_DEPARTMENT",
      responsibleSector: null, responsibleOrgId: null, propertyScope: false, sortOrder: 999, active: false, keywords: "", keywordList: [],
    } as never)),
  "admin.calendar": only((a) => listCalendarDays(a, 2026)),
  "admin.audit": only((a) => listAuditLog(a, {}, page)),
  "admin.integrations": only((a) => listExternalSystems(a)),
  // ─── Reference data ───
  "areas.view": only((a) => listAreas(a, {}, page)),
  "duties.view": only((a) => listDuties(a)),
  // ─── Disputes and joint meetings ───
  "disputes.view": only((a) => listDisputes(a, {}, page)),
  "disputes.register": async (a) => {
    const areaId = await areaFor(a);
    return () => createDispute(a, { title: unique("纠纷"), description: "权限矩阵测试", parties: "", urgency: "NORMAL", areaIds: [areaId], unitIds: [] } as never);
  },
  "meetings.view": only((a) => listMeetings(a, { when: "upcoming" }, page)),
  "meetings.convene": async (a) => {
    // A dispute of the actor's own, waiting for a meeting, to put on the agenda.
    const dispute = await db.dispute.findFirst({ where: { ownerOrgId: a.orgId, status: "PENDING_MEETING" }, select: { id: true } })
      ?? (await db.dispute.findFirstOrThrow({ select: { id: true } }));
    const day = addDays(cityDate(new Date()), 7);
    const startsAt = new Date(`${day}T01:00:00.000Z`);
    return () => scheduleMeeting(a, {
      date: day, startTime: "09:00", endTime: "10:00", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), place: "会议室", title: unique("会议"),
      disputeIds: [dispute.id], otherItems: "", otherItemTitles: [], inviteeIds: [a.orgId],
    } as never);
  },
  "resolutions.view": only((a) => listResolutions(a, {}, page)),
  "escalations.view": only((a) => listEscalations(a, {}, page)),
  // ─── Intake ───
  "complaints.view": only((a) => listComplaints(a, { sort: "recent" }, page)),
  "complaints.register": async (a) => {
    const [areaId, category] = [await areaFor(a), await categoryId()];
    return () => registerComplaint(a, {
      channel: "VISIT", channelRef: "", receivedAt: toCityDateTimeInput(new Date()), residentName: "矩阵", residentPhone: "", areaId,
      categoryId: category, aboutOrgId: null, description: unique("投诉"), duplicateOfId: null,
    } as never, []);
  },
  "complaints.handle": async (a) => {
    // A complaint assigned to the actor's organisation: the holder starts handling it.
    const c = await db.complaint.findFirstOrThrow({ where: { status: { in: ["ASSIGNED", "IN_PROGRESS"] } }, orderBy: { id: "asc" }, select: { id: true } });
    const held = await db.complaint.update({ where: { id: c.id }, data: { handlerOrgId: a.orgId, status: "ASSIGNED" }, select: { id: true, version: true } });
    return () => startComplaint(a, held.id, held.version);
  },
  "complaints.import": only((a) => importComplaintLedger(a, [["渠道", "收到时间", "居住区", "类别", "投诉人", "投诉内容"]], { fileName: "matrix.csv", bytes: 10 })),
  "referrals.view": only((a) => listReferrals(a, { sort: "recent" }, page)),
  "referrals.create": async (a) => {
    const [areaId, category] = [await areaFor(a), await categoryId("ENFORCEMENT_CONSTRUCTION")];
    return async () => {
      const targets = await referralTargets(a, areaId);
      return createReferral(a, { areaId, location: "3号楼东侧", findings: unique("违法行为"), categoryId: category, departmentOrgId: targets[0]?.id ?? a.orgId, overrideReason: "权限矩阵测试" } as never, []);
    };
  },
  "referrals.handle": async (a) => {
    // A referral made to the actor's organisation: the department accepts it.
    const r = await db.enforcementReferral.findFirstOrThrow({ select: { id: true } });
    const referred = await db.enforcementReferral.update({ where: { id: r.id }, data: { departmentOrgId: a.orgId, status: "REFERRED" }, select: { id: true, version: true } });
    return () => acceptReferral(a, referred.id, referred.version);
  },
  "works.view": only((a) => listWorks(a, { sort: "recent" }, page)),
  "works.register": async (a) => {
    const areaId = await areaFor(a);
    return () => registerWorks(a, {
      title: unique("施工"), description: "权限矩阵测试", occupies: "人行道", startDate: addDays(cityDate(new Date()), 3), endDate: addDays(cityDate(new Date()), 5),
      contactName: "李工", contactPhone: "13812345678", areaIds: [areaId],
    } as never);
  },
  "works.confirm": async (a) => {
    const row = await db.plannedWorksArea.findFirst({ where: scoped(a, "plannedWorksArea", {}), select: { id: true, version: true } })
      ?? (await db.plannedWorksArea.findFirstOrThrow({ select: { id: true, version: true } }));
    return () => answerRestoration(a, row.id, { confirm: true, note: "", version: row.version });
  },
  "outages.view": only((a) => listOutages(a, {}, page)),
  "outages.register": async (a) => {
    const areaId = await areaFor(a);
    return () => registerOutage(a, { reason: unique("停供"), startAt: toCityDateTimeInput(new Date()), expectedEndAt: toCityDateTimeInput(new Date(Date.now() + 3_600_000)), areaIds: [areaId] } as never);
  },
  "outages.assist": async (a) => {
    // An assist task given to the actor's organisation, in its area scope where it has one.
    const task = await db.outageAssistTask.findFirst({ where: scoped(a, "outageAssistTask", {}), select: { id: true } })
      ?? (await db.outageAssistTask.findFirstOrThrow({ select: { id: true } }));
    const given = await db.outageAssistTask.update({ where: { id: task.id }, data: { assigneeOrgId: a.orgId, status: "PENDING" }, select: { id: true, version: true } });
    return () => confirmAssistTask(a, given.id, { note: "已协助抢修", version: given.version });
  },
  // ─── Supervision, accountability, assessment ───
  "supervision.view": only((a) => supervisionOverview(a)),
  "accountability.view": only((a) => listAccountability(a, {}, page)),
  "accountability.open": only((a) => accountabilitySubjects(a)),
  "accountability.explain": async (a) => {
    // A record about the actor's organisation (records are append-only: a new one, opened by the bureau).
    const bureau = await actorFor("bureau.leader");
    const record = await db.accountabilityRecord.create({
      data: {
        ref: `ZZ-2026-M${++serial}`, subjectOrgId: a.orgId, scopeDistrictId: a.districtId, openedByOrgId: bureau.orgId, openedById: bureau.userId, openedByName: bureau.name,
        failure: "DELAY", findings: "权限矩阵测试",
        history: { create: { seq: 1, kind: "OPENED", status: "OPEN", actorUserId: bureau.userId, actorName: bureau.name, actorOrgId: bureau.orgId } },
      },
      select: { id: true },
    });
    return () => explainAccountability(a, record.id, { text: "权限矩阵测试：情况说明" });
  },
  "assessment.view": only((a) => listPeriods(a)),
  "assessment.manage": only((a) =>
    createPeriod(a, {
      name: unique("考核期"), fromDate: "2026-01-01", toDate: "2026-03-31", minVolume: 1, threshold: 80,
      weights: { ON_TIME_RATE: 40, RESOLUTION_RATE: 20, SATISFACTION_RATE: 40, MEETING_ATTENDANCE_RATE: 0, OVERDUE_RESOLUTIONS: 0, ESCALATIONS_RETURNED: 0, HANDOVERS_3: 0 },
    })),
};

/** Row count and highest row id of every table, and the sum of every version column: any write shows.
 * On PostgreSQL, a digest of every table's rows. */
async function fingerprint(): Promise<string> {
  if (postgres) return postgresFingerprint();
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Fts%' AND name <> '_prisma_migrations' ORDER BY name`);
  const parts: string[] = [];
  for (const { name } of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${name}')`);
    const version = columns.some((c) => c.name === "version") ? ", SUM(version) AS v" : "";
    const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT COUNT(*) AS n, MAX(rowid) AS m${version} FROM "${name}"`);
    parts.push(`${name}:${String(row?.n)}:${String(row?.m)}:${String(row?.v ?? "")}`);
  }
  return parts.join("|");
}

async function postgresFingerprint(): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`);
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(`SELECT COUNT(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`);
    parts.push(`${name}:${String(row?.n)}:${row?.h ?? ""}`);
  }
  return parts.join("|");
}

const permissions = [...ADMIN_PERMISSIONS, ...WORK_PERMISSIONS] as Permission[];

describe("role × action matrix", () => {
  it("every permission has a probe", () => {
    expect(Object.keys(probes).sort()).toEqual([...permissions].sort());
  });

  for (const user of demo.users) {
    it(`${user.username} (${user.org}, ${user.role}): refused exactly where the permission map says no`, async () => {
      const actor = await actorFor(user.username);
      const outcomes: string[] = [];
      for (const permission of permissions) {
        const allowed = can(actor, permission);
        const action = await probes[permission](actor);
        const before = allowed ? "" : await fingerprint();
        let error: unknown = null;
        try {
          await action();
        } catch (e) {
          error = e;
        }
        if (allowed) {
          // The right lets it through: success, or a refusal that is not about the right (state, scope, input).
          if (error instanceof PermissionRefusal) outcomes.push(`${permission}: refused although allowed`);
          else if (error && !isAppError(error)) outcomes.push(`${permission}: unexpected ${String(error)}`);
        } else {
          if (!(isAppError(error) && error.code === "notFound")) outcomes.push(`${permission}: not refused as not found (${error ? String(error) : "it succeeded"})`);
          if ((await fingerprint()) !== before) outcomes.push(`${permission}: refused but the database changed`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  }
});
