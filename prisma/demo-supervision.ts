// Demo supervision and accountability (DEMO ONLY): a complaint bounced between two departments
// (three hand-overs, two returns, overdue), a collective petition that follows it in the same area
// (flagged for accountability review), a bureau accountability record with the unit's explanation
// and a decision, and a district record still under investigation. Written with the same shapes
// lib/data writes; dates relative to the moment of seeding.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { cityDate } from "../lib/domain/dates.ts";
import { dueDate, type DayType, type HolidayCalendar } from "../lib/domain/deadline.ts";
import { currentDueDate } from "../lib/domain/complaint.ts";
import { nextRef } from "../lib/domain/reference-number.ts";
import { nextAccountabilityRef } from "../lib/domain/accountability.ts";
import type { DemoOrgs } from "./demo-activity.ts";

const DAY = 86_400_000;

export async function seedDemoSupervision(db: PrismaClient, orgs: DemoOrgs): Promise<void> {
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const org = (name: string) => {
    const o = orgs.get(name);
    if (!o) throw new Error(`Demo supervision: organisation ${name} missing`);
    return o.id;
  };
  const days = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  const calendar: HolidayCalendar = { holidays: new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)), workdays: new Set(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)) };
  const rule = async (code: string) => {
    const r = await db.deadlineRule.findUniqueOrThrow({ where: { code } });
    return (from: Date) => dueDate(cityDate(from), r.days, r.dayType as DayType, calendar);
  };
  const [acceptDue, handleDue] = await Promise.all([rule("COMPLAINT_ACCEPT"), rule("COMPLAINT_HANDLE")]);
  const users = new Map((await db.user.findMany({ select: { id: true, username: true, name: true, orgId: true } })).map((u) => [u.username, u]));
  const user = (username: string) => users.get(username)!;
  const names = new Map((await db.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const by = (username: string) => {
    const u = user(username);
    return { actorUserId: u.id, actorOrgId: u.orgId, actorName: u.name, actorOrgName: names.get(u.orgId) ?? "" };
  };
  const area = await db.residentialArea.findFirstOrThrow({ where: { name: "果戈里公寓" } });
  const category = await db.dutyCategory.findFirstOrThrow({ where: { code: "CONSTRUCTION_QUALITY" } });
  const enforcement = org("哈尔滨市城市管理行政执法局");
  const construction = org("哈尔滨市城乡建设委员会");
  const office = user("street.clerk");

  async function newRef(at: Date): Promise<string> {
    const year = Number(cityDate(at).slice(0, 4));
    const last = await db.complaint.findFirst({ where: { ref: { startsWith: `TS-${year}-` } }, select: { ref: true }, orderBy: { ref: "desc" } });
    return nextRef("Complaint", year, last?.ref ?? null);
  }

  // ─── A complaint bounced between enforcement and construction: A → B → A, overdue ───
  const receivedAt = ago(75);
  const acceptedAt = ago(74);
  const acceptDueDate = acceptDue(receivedAt);
  const handleDueDate = handleDue(acceptedAt);
  const description = "5号楼楼顶加建彩钢房漏水，楼下住户墙面开裂，街道交办后两个部门互相推诿，至今无人处理。";
  const bounced = await db.complaint.create({
    data: {
      ref: await newRef(receivedAt), channel: "MAYOR_HOTLINE", channelRef: "SZRX-0731", receivedAt, residentName: "钱伟", residentPhone: "13704510021",
      areaId: area.id, streetId: area.streetId, districtId: area.districtId, categoryId: category.id, description,
      registeredOrgId: office.orgId, registeredById: office.id, handlerOrgId: enforcement, status: "IN_PROGRESS", handOverCount: 3,
      acceptDueDate, handleDueDate, currentDueDate: currentDueDate({ status: "IN_PROGRESS", acceptDueDate, handleDueDate, extendedDueDate: null }),
      acceptedAt, proposedOrgId: construction, proposedMode: "TRANSFER", matchedDutyCode: category.code, matchedDutyName: category.name, matchedPolicyText: category.policyText,
      createdAt: receivedAt,
    },
  });
  const holders = [
    { orgId: enforcement, since: ago(73), until: ago(66), endedAs: "RETURNED", endReason: "楼顶加建漏水属房屋质量问题，非本局职责", overrideReason: "来电称“私搭乱建”，先送城管执法核查" },
    { orgId: construction, since: ago(65), until: ago(50), endedAs: "RETURNED", endReason: "彩钢房系违法建设，应由城管执法拆除后再行维修" },
    { orgId: enforcement, since: ago(49), until: null, endedAs: null, endReason: "", overrideReason: "经区联席会议协调，先由城管执法拆除违建" },
  ];
  for (const [i, h] of holders.entries()) await db.complaintHolder.create({ data: { complaintId: bounced.id, seq: i + 1, ...h, overrideReason: h.overrideReason ?? "" } });
  const events = [
    { kind: "REGISTERED", at: receivedAt, ...by("street.clerk"), note: description },
    { kind: "ACCEPTED", at: acceptedAt, ...by("street.clerk") },
    { kind: "ASSIGNED", at: ago(73), ...by("street.clerk"), toOrgId: enforcement, toOrgName: names.get(enforcement)!, note: holders[0]!.overrideReason },
    { kind: "RETURNED", at: ago(66), ...by("enforce.clerk"), note: holders[0]!.endReason },
    { kind: "REASSIGNED", at: ago(65), ...by("street.clerk"), toOrgId: construction, toOrgName: names.get(construction)! },
    { kind: "RETURNED", at: ago(50), actorUserId: null, actorOrgId: construction, actorName: "值班人员", actorOrgName: names.get(construction)!, note: holders[1]!.endReason },
    { kind: "REASSIGNED", at: ago(49), ...by("street.clerk"), toOrgId: enforcement, toOrgName: names.get(enforcement)!, note: holders[2]!.overrideReason },
    { kind: "STARTED", at: ago(45), ...by("enforce.clerk") },
  ];
  for (const e of events) await db.complaintEvent.create({ data: { complaintId: bounced.id, ...e } });

  // ─── A collective petition about the same area three days ago: flagged for review ───
  const petitionAt = ago(3);
  const petitionDescription = "果戈里公寓23名居民集体到街道上访，反映5号楼楼顶违建漏水问题两个多月无人解决。";
  const petitionAccept = acceptDue(petitionAt);
  const petition = await db.complaint.create({
    data: {
      ref: await newRef(petitionAt), channel: "VISIT", receivedAt: petitionAt, residentName: "钱伟", residentPhone: "13704510021",
      areaId: area.id, streetId: area.streetId, districtId: area.districtId, categoryId: category.id, description: petitionDescription,
      registeredOrgId: office.orgId, registeredById: office.id, handlerOrgId: office.orgId, status: "REGISTERED", isPetition: true, petitionHeadcount: 23,
      acceptDueDate: petitionAccept, currentDueDate: petitionAccept, proposedOrgId: construction, proposedMode: "TRANSFER",
      matchedDutyCode: category.code, matchedDutyName: category.name, matchedPolicyText: category.policyText, createdAt: petitionAt,
    },
  });
  await db.complaintEvent.create({ data: { complaintId: petition.id, kind: "REGISTERED", at: petitionAt, ...by("street.clerk"), note: petitionDescription } });
  await db.complaintEvent.create({ data: { complaintId: petition.id, kind: "MARKED_PETITION", at: petitionAt, ...by("street.clerk"), note: "23人" } });

  // ─── The bureau holds the enforcement bureau to account for the bouncing; it explained, a decision followed ───
  const year = Number(cityDate(new Date(now)).slice(0, 4));
  const bureau = user("bureau.leader");
  const first = nextAccountabilityRef(year, null);
  const record = await db.accountabilityRecord.create({
    data: {
      ref: first, subjectOrgId: enforcement, scopeDistrictId: null, openedByOrgId: bureau.orgId, openedById: bureau.id, openedByName: bureau.name, failure: "BUCK_PASSING",
      findings: `${bounced.ref} 先后三次交办，城管执法局以“非本局职责”退回后又被改派回本局，期间未开展现场核查，致使问题拖延两个多月并引发群体上访。`,
      createdAt: ago(2),
      matters: { create: [{ matterType: "COMPLAINT", matterId: bounced.id, ref: bounced.ref }, { matterType: "COMPLAINT", matterId: petition.id, ref: petition.ref }] },
      persons: { create: [{ name: "刘建国", position: "执法一大队大队长" }] },
      history: { create: [
        { seq: 1, kind: "OPENED", status: "OPEN", actorUserId: bureau.id, actorName: bureau.name, actorOrgId: bureau.orgId, at: ago(2) },
        { seq: 2, kind: "DECIDED", status: "DECIDED", text: "通报批评，责令七日内拆除违建并书面报告整改情况。", actorUserId: bureau.id, actorName: bureau.name, actorOrgId: bureau.orgId, at: ago(1) },
      ] },
      explanations: { create: [{ orgId: enforcement, authorUserId: user("enforce.clerk").id, authorName: user("enforce.clerk").name, text: "首次退回时认为属房屋质量问题，未及时到现场核实违建情况。已安排执法一大队于本周内拆除。", at: ago(1) }] },
    },
  });
  await db.notification.create({ data: { orgId: enforcement, type: "accountability.opened", entityType: "AccountabilityRecord", entityId: record.id, message: "accountability.opened", params: JSON.stringify({ ref: first, by: names.get(bureau.orgId) }), createdAt: ago(2) } });

  // ─── 南岗区 opens a delay record on the property company of the area, still under investigation ───
  const district = user("district.leader");
  const company = org("松江家园物业服务有限公司");
  await db.accountabilityRecord.create({
    data: {
      ref: nextAccountabilityRef(year, first), subjectOrgId: company, scopeDistrictId: district.orgId, openedByOrgId: district.orgId, openedById: district.id, openedByName: district.name,
      failure: "DELAY", findings: "楼顶漏水发生后物业服务企业未及时采取临时防水措施，也未向街道报告。", createdAt: ago(1),
      matters: { create: [{ matterType: "COMPLAINT", matterId: bounced.id, ref: bounced.ref }] },
      persons: { create: [{ name: "张立新", position: "项目经理" }] },
      history: { create: [{ seq: 1, kind: "OPENED", status: "OPEN", actorUserId: district.id, actorName: district.name, actorOrgId: district.orgId, at: ago(1) }] },
    },
  });
}
