// Demo satisfaction and assessment history (DEMO ONLY): five months of closed, rated complaints in
// the demo city's six streets, so the rankings, trend charts and weekly reports show something
// real, with a clear expected order: 南岗区 > 道里区 > 道外区, 道外区 below the 85% satisfaction
// line. Also a defined assessment period, a commendation, and the on-time flag of the intake
// demo's handled complaints. Written with the same shapes lib/data writes.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { addDays, cityDate, type IsoDate } from "../lib/domain/dates.ts";
import { dueDate, type DayType, type HolidayCalendar } from "../lib/domain/deadline.ts";
import { handledOnTime } from "../lib/domain/complaint.ts";
import { INDICATOR_CODES, INDICATORS } from "../lib/domain/assessment.ts";
import { nextRef } from "../lib/domain/reference-number.ts";
import type { Rating } from "../lib/domain/satisfaction.ts";
import type { DemoOrgs } from "./demo-activity.ts";

const DAY = 86_400_000;

/** How a district's streets did, matter by matter (18 per street): S satisfied, B basically
 * satisfied, D dissatisfied (matters 5, 11 and 17 are not rated yet), which were handled after
 * the deadline, and which bounced between three holders before the property company fixed them. */
type Profile = { ratings: string; late: readonly number[]; bounced: readonly number[] };
const PROFILES: Record<string, Profile> = {
  "230103": { ratings: "SSSSSSSSDSSSBSSSBS", late: [17], bounced: [] }, // 南岗区: 93% satisfied
  "230102": { ratings: "SSDSBSSSBSSSBDSSSB", late: [10, 11, 12, 13, 14, 15], bounced: [9] }, // 道里区: 87%
  "230104": { ratings: "DSBDSSDBSDSSDBSDSB", late: [7, 8, 9, 10, 11, 12, 13, 14, 15, 16], bounced: [4, 8, 14] }, // 道外区: 60%
};
const STREET_CODES = ["230103001", "230103005", "230102001", "230102002", "230104001", "230104002"] as const;
const PER_STREET = 18;

const TOPICS = [
  "楼道灯长期不亮，物业报修后迟迟未修",
  "小区垃圾清运不及时，夏季异味严重",
  "电梯频繁停运，物业维保不到位",
  "地下车库积水，物业未及时排水",
  "单元门禁损坏，外来人员随意进出",
  "绿化带被占用堆放杂物，物业不处理",
  "楼顶防水层破损，雨天顶层漏水",
  "物业收费公示不清，居民要求说明",
  "小区路灯损坏多日无人维修",
];
const RESULTS = [
  "经街道督促，物业已完成维修，并与居民当面确认。",
  "物业已增加清运频次，街道安排社区每周检查。",
  "维保单位已更换故障部件，运行恢复正常。",
];

export async function seedDemoAssessment(db: PrismaClient, orgs: DemoOrgs): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number, hour = 10) => new Date(now - daysAgo * DAY + (hour - 12) * 3_600_000);
  const days = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  const calendar: HolidayCalendar = {
    holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)),
  };
  const rules = new Map((await db.deadlineRule.findMany()).map((r) => [r.code, { days: r.days, dayType: r.dayType as DayType }]));
  const due = (code: string, from: IsoDate) => dueDate(from, rules.get(code)!.days, rules.get(code)!.dayType, calendar);
  const duty = await db.dutyCategory.findUniqueOrThrow({ where: { code: "PROPERTY_SERVICE" } });
  const enforcementId = orgs.get("哈尔滨市城市管理行政执法局")!.id;
  const constructionId = orgs.get("哈尔滨市城乡建设委员会")?.id ?? enforcementId;
  const names = new Map((await db.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const anyUser = await db.user.findFirstOrThrow({ where: { username: "bureau.clerk" } });
  const issued = new Map<string, string | null>();
  for (const year of new Set([cityDate(at(170)).slice(0, 4), cityDate(new Date(now)).slice(0, 4)])) {
    const last = await db.complaint.findFirst({ where: { ref: { startsWith: `TS-${year}-` } }, orderBy: { ref: "desc" }, select: { ref: true } });
    issued.set(year, last?.ref ?? null);
  }
  const ref = (receivedAt: Date) => {
    const year = cityDate(receivedAt).slice(0, 4);
    const next = nextRef("Complaint", Number(year), issued.get(year) ?? null);
    issued.set(year, next);
    return next;
  };

  let serial = 0;
  for (const code of STREET_CODES) {
    const street = await db.organisation.findUniqueOrThrow({ where: { code }, select: { id: true, name: true, districtId: true } });
    const areas = await db.residentialArea.findMany({ where: { streetId: street.id }, orderBy: { id: "asc" } });
    const profile = PROFILES[code.slice(0, 6)]!;
    const staff = (await db.user.findFirst({ where: { orgId: street.id } })) ?? anyUser;
    for (let j = 0; j < PER_STREET; j++) {
      serial += 1;
      const area = areas[j % areas.length]!;
      const companyId = area.propertyCompanyId!;
      const receivedDaysAgo = 12 + j * 9; // spread over five months
      const receivedAt = at(receivedDaysAgo, 9);
      const acceptedAt = at(receivedDaysAgo - 2, 10);
      const late = profile.late.includes(j);
      const bounced = profile.bounced.includes(j);
      const handledAt = at(late ? receivedDaysAgo - 70 : receivedDaysAgo - 9, 15);
      // Replied, closed and visited within two days of handling (never after today).
      const repliedAt = new Date(handledAt.getTime() + DAY / 2);
      const closedAt = new Date(handledAt.getTime() + DAY);
      const visitAt = new Date(handledAt.getTime() + 2 * DAY);
      const acceptDueDate = due("COMPLAINT_ACCEPT", cityDate(receivedAt));
      const handleDueDate = due("COMPLAINT_HANDLE", cityDate(acceptedAt));
      const mark = profile.ratings[j];
      const rating: Rating = mark === "S" ? "SATISFIED" : mark === "B" ? "BASICALLY_SATISFIED" : "DISSATISFIED";
      // Every sixth matter is not rated yet (the resident can still rate it on the public page);
      // every seventh was rated by the resident, the rest by the street's return visit.
      const rated = j % 6 !== 5;
      const byResident = rated && j % 7 === 3;
      const holders = bounced
        ? [
            { seq: 1, orgId: enforcementId, since: acceptedAt, until: at(receivedDaysAgo - 4), endedAs: "RETURNED", endReason: "不属于本单位职责，属物业服务范围" },
            { seq: 2, orgId: constructionId, since: at(receivedDaysAgo - 4), until: at(receivedDaysAgo - 6), endedAs: "RETURNED", endReason: "非工程质量问题，请交物业处理" },
            { seq: 3, orgId: companyId, since: at(receivedDaysAgo - 6), until: handledAt, endedAs: "HANDLED", endReason: "" },
          ]
        : [{ seq: 1, orgId: companyId, since: acceptedAt, until: handledAt, endedAs: "HANDLED", endReason: "" }];
      const result = RESULTS[j % RESULTS.length]!;
      const ratingAt = byResident ? new Date(visitAt.getTime() + DAY / 4) : visitAt;
      await db.complaint.create({
        data: {
          ref: ref(receivedAt), channel: j % 3 === 0 ? "MAYOR_HOTLINE" : j % 3 === 1 ? "VISIT" : "HOTLINE_12319", receivedAt,
          residentName: `居民${String(serial).padStart(3, "0")}`, residentPhone: `139${String(45000000 + serial * 7919).padStart(8, "0").slice(-8)}`,
          areaId: area.id, streetId: street.id, districtId: area.districtId, categoryId: duty.id,
          description: `${area.name}${TOPICS[j % TOPICS.length]}。`, registeredOrgId: street.id, registeredById: staff.id,
          handlerOrgId: street.id, status: "CLOSED", handOverCount: holders.length, acceptDueDate, handleDueDate, currentDueDate: null,
          acceptedAt, proposedOrgId: companyId, proposedMode: "PRESS", matchedDutyCode: duty.code, matchedDutyName: duty.name, matchedPolicyText: duty.policyText,
          result, handledAt, handledOnTime: handledOnTime(cityDate(handledAt), { handleDueDate, extendedDueDate: null }),
          replyMethod: "PHONE", repliedAt, replyNote: "已电话告知居民办理结果。", closedAt,
          satisfaction: rated ? rating : null, satisfactionSource: rated ? (byResident ? "RESIDENT" : "RETURN_VISIT") : null, satisfactionAt: rated ? ratingAt : null,
          residentRatedAt: byResident ? ratingAt : null,
          createdAt: receivedAt, updatedAt: rated ? ratingAt : closedAt,
          holders: { create: holders },
          events: {
            create: [
              { kind: "REGISTERED", at: receivedAt, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name, note: "" },
              { kind: "ACCEPTED", at: acceptedAt, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name },
              ...holders.map((h) => ({ kind: h.seq === 1 ? "ASSIGNED" : "REASSIGNED", at: h.since, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name, toOrgId: h.orgId, toOrgName: names.get(h.orgId) ?? "" })),
              { kind: "HANDLED", at: handledAt, actorOrgId: companyId, actorName: "值班人员", actorOrgName: names.get(companyId) ?? "", note: result },
              { kind: "REPLIED", at: repliedAt, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name, note: "PHONE｜已电话告知居民办理结果。" },
              { kind: "CLOSED", at: closedAt, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name },
              ...(rated ? [byResident
                ? { kind: "RESIDENT_RATED", at: ratingAt, note: "" }
                : { kind: "RETURN_VISIT", at: ratingAt, actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, actorOrgName: street.name, note: rating === "DISSATISFIED" ? "居民表示问题仍未彻底解决。" : "居民认可办理结果。" }] : []),
            ],
          },
          ratings: rated
            ? { create: [byResident
                ? { source: "RESIDENT", rating, comment: rating === "DISSATISFIED" ? "问题反复出现，希望彻底解决。" : "", at: ratingAt }
                : { source: "RETURN_VISIT", method: "PHONE", rating, comment: rating === "DISSATISFIED" ? "居民表示问题仍未彻底解决。" : "居民认可办理结果。", actorUserId: staff.id, actorOrgId: street.id, actorName: staff.name, at: ratingAt }] }
            : undefined,
        },
      });
    }
  }

  // The intake demo's handled complaints: whether they met their deadline (as handleComplaint records it).
  const handled = await db.complaint.findMany({ where: { handledAt: { not: null }, handledOnTime: null }, select: { id: true, handledAt: true, handleDueDate: true, extendedDueDate: true } });
  for (const c of handled) {
    await db.complaint.update({ where: { id: c.id }, data: { handledOnTime: handledOnTime(cityDate(c.handledAt!), c) } });
  }

  // A period covering the history, defined by the housing bureau, with the default weights.
  const bureauLeader = await db.user.findFirstOrThrow({ where: { username: "bureau.leader" } });
  const today = cityDate(new Date(now));
  const from = `${addDays(today, -175).slice(0, 7)}-01`;
  const period = await db.assessmentPeriod.create({
    data: {
      name: `${today.slice(0, 4)}年度居住区管理联动工作考核`, fromDate: from, toDate: today, minVolume: 5, threshold: 85,
      createdById: bureauLeader.id, createdByName: bureauLeader.name, createdByOrgId: bureauLeader.orgId, createdAt: at(3),
      indicators: { create: INDICATOR_CODES.map((code) => ({ code, weight: INDICATORS[code].defaultWeight })) },
    },
  });
  const nangang = await db.organisation.findFirstOrThrow({ where: { kind: "DISTRICT_GOVERNMENT", code: "230103" } });
  await db.commendation.create({
    data: { periodId: period.id, orgId: nangang.id, reason: "信访投诉按期办结率、群众满意率均居全市前列，联席会议机制运转顺畅。", createdById: bureauLeader.id, createdByName: bureauLeader.name, createdAt: at(1) },
  });
}
