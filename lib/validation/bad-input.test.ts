// Bad input against every form schema (issue 11): nothing an attacker sends makes a server
// action fail unexpectedly — impossible dates, lone UTF-16 surrogates, ids like 1e308, huge
// strings and odd shapes all come back as messages beside the field.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "@/lib/action-result";
import * as accountability from "@/lib/validation/accountability";
import * as account from "@/lib/validation/account";
import * as assessment from "@/lib/validation/assessment";
import * as calendar from "@/lib/validation/calendar";
import * as common from "@/lib/validation/common";
import * as complaint from "@/lib/validation/complaint";
import * as complaintImport from "@/lib/validation/complaint-import";
import * as dispute from "@/lib/validation/dispute";
import * as duty from "@/lib/validation/duty";
import * as meeting from "@/lib/validation/meeting";
import * as organisation from "@/lib/validation/organisation";
import * as petition from "@/lib/validation/petition";
import * as referral from "@/lib/validation/referral";
import * as satisfaction from "@/lib/validation/satisfaction";
import * as works from "@/lib/validation/works";

const modules = { accountability, account, assessment, calendar, common, complaint, complaintImport, dispute, duty, meeting, organisation, petition, referral, satisfaction, works };
const schemas = Object.entries(modules).flatMap(([m, exports]) =>
  Object.entries(exports).filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType).map(([name, schema]) => [`${m}.${name}`, schema] as const),
);

const JUNK: unknown[] = [
  null, undefined, 0, 1e308, -1, Number.NaN, "", "x", "\ud800", "2026-02-30", [], [1e308], {}, { id: 1e308 }, { version: "1e308" },
  { a: { b: { c: { d: { e: { f: { g: { h: { i: "\udc00" } } } } } } } } }, "长".repeat(100_000), { toString: "x", valueOf: 1 },
];

describe("every form schema takes junk without throwing", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(40);
  });
  for (const [name, schema] of schemas) {
    it(name, () => {
      for (const junk of JUNK) {
        const result = parseInput(schema, junk);
        expect(typeof result.ok, `${name} ${JSON.stringify(junk)?.slice(0, 40)}`).toBe("boolean");
      }
    });
  }
});

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const dayAfter = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A valid input per form, and the fields to spoil one at a time. */
const FORMS: { name: string; schema: z.ZodType; valid: Record<string, unknown>; dates?: string[]; texts?: string[]; ids?: string[] }[] = [
  {
    name: "complaint registration", schema: complaint.registerComplaintSchema,
    valid: { channel: "VISIT", channelRef: "", receivedAt: `${today}T00:00`, residentName: "张三", residentPhone: "", areaId: 1, categoryId: 2, aboutOrgId: "", description: "楼道堆物", duplicateOfId: "", isPetition: false, petitionHeadcount: "" },
    texts: ["residentName", "description", "channelRef"], ids: ["areaId", "categoryId"],
  },
  {
    name: "enforcement referral", schema: referral.createReferralSchema,
    valid: { areaId: 1, location: "3号楼", findings: "私搭乱建", categoryId: 2, departmentOrgId: 3, overrideReason: "" },
    texts: ["location", "findings"], ids: ["areaId", "categoryId", "departmentOrgId"],
  },
  {
    name: "planned works", schema: works.registerWorksSchema,
    valid: { title: "管网改造", description: "更换供热管道", occupies: "人行道", startDate: dayAfter(3), endDate: dayAfter(10), contactName: "李工", contactPhone: "13812345678", areaIds: [1] },
    dates: ["startDate", "endDate"], texts: ["title", "description"],
  },
  { name: "restoration", schema: works.restorationSchema, valid: { restoredOn: today, note: "已恢复", version: 1 }, dates: ["restoredOn"], texts: ["note"], ids: ["version"] },
  { name: "outage", schema: works.registerOutageSchema, valid: { reason: "爆管抢修", startAt: `${today}T08:00`, expectedEndAt: `${today}T18:00`, areaIds: [1] }, texts: ["reason"] },
  { name: "meeting resolution", schema: meeting.resolutionSchema, valid: { description: "清理楼道", responsibleOrgId: 4, dueDate: dayAfter(14), agendaItemId: "" }, dates: ["dueDate"], texts: ["description"], ids: ["responsibleOrgId"] },
  { name: "holiday calendar day", schema: calendar.calendarDaySchema, valid: { date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" }, dates: ["date"], texts: ["name"] },
  {
    name: "assessment period", schema: assessment.periodSchema,
    valid: { name: "2026年第一季度", fromDate: "2026-01-01", toDate: "2026-03-31", minVolume: 1, threshold: 80, weights: { ON_TIME_RATE: 40, RESOLUTION_RATE: 20, SATISFACTION_RATE: 40, MEETING_ATTENDANCE_RATE: 0, OVERDUE_RESOLUTIONS: 0, ESCALATIONS_RETURNED: 0, HANDOVERS_3: 0 } },
    dates: ["fromDate", "toDate"], texts: ["name"],
  },
];

const BAD_DATES = ["2026-02-30", "2026-04-31", "2027-13-45", "9999-99-99", "0000-00-00", "9999-12-31", "2026-2-3", "2026-02-28x", ""];

describe("bad input is a message beside the field", () => {
  for (const form of FORMS) {
    describe(form.name, () => {
      it("the valid input passes", () => {
        expect(parseInput(form.schema, form.valid)).toMatchObject({ ok: true });
      });
      for (const field of form.dates ?? []) {
        it(`impossible dates in ${field}`, () => {
          for (const bad of BAD_DATES) {
            const result = parseInput(form.schema, { ...form.valid, [field]: bad });
            expect(result.ok, `${field} = ${bad}`).toBe(false);
            if (!result.ok) expect(Object.keys(result.result.fieldErrors ?? {}), `${field} = ${bad}`).toContain(field);
          }
        });
      }
      for (const field of form.texts ?? []) {
        it(`a lone surrogate in ${field}`, () => {
          const result = parseInput(form.schema, { ...form.valid, [field]: "居民\ud83d说" });
          expect(result).toMatchObject({ ok: false, result: { fieldErrors: { [field]: ["invalidCharacters"] } } });
        });
      }
      for (const field of form.ids ?? []) {
        it(`ids out of range in ${field}`, () => {
          for (const bad of [1e308, "1e308", 2_147_483_648, -1, 0, 1.5, "0x10"]) {
            const result = parseInput(form.schema, { ...form.valid, [field]: bad });
            expect(result.ok, `${field} = ${String(bad)}`).toBe(false);
          }
        });
      }
    });
  }
});
