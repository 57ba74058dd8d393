// Demo intake activity (DEMO ONLY): complaints, enforcement referrals, planned works and outages in
// every state, written with the same shapes lib/data writes (deadlines from the seeded rules and
// calendar, routing from the duty matrix, timelines, holder chains, inbox notices). Dates are
// relative to the moment of seeding, so the demo always has things due, overdue and upcoming.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { addDays, cityDate } from "../lib/domain/dates.ts";
import { demoDue } from "./demo-deadlines.ts";
import { currentDueDate } from "../lib/domain/complaint.ts";
import { referralDueDate } from "../lib/domain/referral.ts";
import { nextRef, type RefKind } from "../lib/domain/reference-number.ts";
import { responsibleParty, suggestCategories } from "../lib/domain/routing.ts";
import { outageKindFor } from "../lib/domain/outage.ts";
import type { DemoOrgs } from "./demo-activity.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;

export async function seedDemoIntake(db: PrismaClient, orgs: DemoOrgs): Promise<void> {
  const now = Date.now();
  const ago = (days: number, hours = 0) => new Date(now - days * DAY - hours * HOUR);
  const today = cityDate(new Date(now));

  // ─── reference data the demo derives from ───
  const due = await demoDue(db);
  const duties = await db.dutyCategory.findMany();
  const duty = (code: string) => duties.find((d) => d.code === code)!;
  const keywords = await db.routingKeyword.findMany({ select: { categoryId: true, term: true, weight: true } });
  const directory = await db.organisation.findMany({ where: { active: true }, select: { id: true, kind: true, sector: true, districtId: true } });
  const areaRows = await db.residentialArea.findMany();
  const area = (name: string) => areaRows.find((a) => a.name === name)!;
  const org = (name: string) => {
    const o = orgs.get(name);
    if (!o) throw new Error(`Demo intake: organisation ${name} missing`);
    return o.id;
  };
  const orgName = new Map((await db.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const users = new Map((await db.user.findMany({ select: { id: true, username: true, name: true, orgId: true } })).map((u) => [u.username, u]));
  /** A demo user by user name, or "@organisation" for one of its staff without a demo account. */
  const who = (username: string) => {
    if (username.startsWith("@")) {
      const name = username.slice(1);
      return { actorUserId: null, actorOrgId: org(name), actorName: "值班人员", actorOrgName: name };
    }
    const u = users.get(username)!;
    return { actorUserId: u.id, actorOrgId: u.orgId, actorName: u.name, actorOrgName: orgName.get(u.orgId) ?? "" };
  };

  const issued = new Map<string, string | null>();
  const ref = (kind: RefKind, at: Date) => {
    const year = Number(cityDate(at).slice(0, 4));
    const key = `${kind}-${year}`;
    const next = nextRef(kind, year, issued.get(key) ?? null);
    issued.set(key, next);
    return next;
  };
  const notices: { orgId: number; type: string; entityType: string; entityId: number; message: string; params: string; createdAt: Date; readAt: Date | null }[] = [];
  const notice = (orgId: number, entityType: string, entityId: number, message: string, params: Record<string, string | number>, at: Date, read = false) =>
    notices.push({ orgId, type: message, entityType, entityId, message, params: JSON.stringify(params), createdAt: at, readAt: read ? at : null });

  // ─────────────────────────────── Complaints ───────────────────────────────
  type Ev = { kind: string; at: Date; by: string; to?: string; note?: string };
  type Holding = { org: string; since: Date; until?: Date; endedAs?: "HANDLED" | "RETURNED" | "REASSIGNED"; endReason?: string; overrideReason?: string };
  type ComplaintSeed = {
    areaName: string; code: string; channel: string; channelRef?: string; receivedDaysAgo: number; resident: [string, string]; description: string;
    registeredBy: string; status: string; about?: string; acceptedDaysAgo?: number; holders?: Holding[]; handler?: string; events: Ev[];
    pressCount?: number; result?: string; handledDaysAgo?: number; reply?: { method: string; daysAgo: number; note: string }; closedDaysAgo?: number;
    notAcceptedReason?: string; extension?: { status: "REQUESTED" | "APPROVED" | "REFUSED"; days: number; reason: string; approver?: string; daysAgo: number };
    key?: string; duplicateOfKey?: string; overrideReason?: string;
  };
  const complaintSeeds: ComplaintSeed[] = [];
  const complaintIds = new Map<string, number>();

  async function complaint(s: ComplaintSeed): Promise<number> {
    const duplicateOf = s.duplicateOfKey ? complaintIds.get(s.duplicateOfKey) ?? null : null;
    const original = duplicateOf ? await db.complaint.findUniqueOrThrow({ where: { id: duplicateOf }, select: { ref: true } }) : null;
    const a = area(s.areaName);
    const d = duty(s.code);
    const receivedAt = ago(s.receivedDaysAgo, 3);
    const registrar = users.get(s.registeredBy)!;
    const proposal = responsibleParty(d, a, directory);
    const acceptDueDate = due("COMPLAINT_ACCEPT", cityDate(receivedAt));
    const handleDueDate = s.acceptedDaysAgo !== undefined ? due("COMPLAINT_HANDLE", cityDate(ago(s.acceptedDaysAgo))) : null;
    const extendedDueDate = s.extension?.status === "APPROVED" && handleDueDate ? due("COMPLAINT_EXTENSION", handleDueDate, s.extension.days) : null;
    const handlerOrgId = s.handler ? org(s.handler) : registrar.orgId;
    // The office's own step after a return, a handling or a reply (docs/decisions/060).
    const returnedAt = s.holders?.filter((h) => h.endedAs === "RETURNED").at(-1)?.until;
    const stepDueDate = s.status === "RETURNED" && returnedAt ? due("COMPLAINT_REASSIGN", cityDate(returnedAt))
      : s.status === "HANDLED" && s.handledDaysAgo !== undefined ? due("COMPLAINT_REPLY", cityDate(ago(s.handledDaysAgo)))
        : s.status === "REPLIED" && s.reply ? due("COMPLAINT_CLOSE", cityDate(ago(s.reply.daysAgo))) : null;
    const suggestions = suggestCategories(s.description, keywords);
    const row = await db.complaint.create({
      data: {
        ref: ref("Complaint", receivedAt), channel: s.channel, channelRef: s.channelRef ?? "", receivedAt, residentName: s.resident[0], residentPhone: s.resident[1],
        areaId: a.id, streetId: a.streetId, districtId: a.districtId, categoryId: d.id, description: s.description, aboutOrgId: s.about ? org(s.about) : null,
        registeredOrgId: registrar.orgId, registeredById: registrar.id, handlerOrgId, status: s.status, handOverCount: s.holders?.length ?? 0,
        pressCount: s.pressCount ?? 0, acceptDueDate, handleDueDate, extendedDueDate, stepDueDate,
        currentDueDate: currentDueDate({ status: s.status, acceptDueDate, handleDueDate, extendedDueDate, stepDueDate }),
        acceptedAt: s.acceptedDaysAgo !== undefined ? ago(s.acceptedDaysAgo) : null, notAcceptedReason: s.notAcceptedReason ?? "",
        extensionStatus: s.extension?.status ?? null, extensionDays: s.extension?.days ?? null, extensionReason: s.extension?.reason ?? "",
        extensionRequestedAt: s.extension ? ago(s.extension.daysAgo) : null,
        extensionApproverId: s.extension?.approver ? users.get(s.extension.approver)!.id : null,
        extensionApproverName: s.extension?.approver ? users.get(s.extension.approver)!.name : "",
        extensionDecidedAt: s.extension?.approver ? ago(s.extension.daysAgo - 1) : null,
        proposedOrgId: proposal.orgId, proposedMode: proposal.mode, matchedDutyCode: d.code, matchedDutyName: d.name, matchedPolicyText: d.policyText,
        suggestedTerms: JSON.stringify(suggestions.map((x) => ({ categoryId: x.categoryId, terms: x.terms }))), overrideReason: s.overrideReason ?? "",
        result: s.result ?? "", handledAt: s.handledDaysAgo !== undefined ? ago(s.handledDaysAgo) : null,
        replyMethod: s.reply?.method ?? null, repliedAt: s.reply ? ago(s.reply.daysAgo) : null, replyNote: s.reply?.note ?? "",
        closedAt: s.closedDaysAgo !== undefined ? ago(s.closedDaysAgo) : null, duplicateOfId: duplicateOf,
        createdAt: receivedAt, updatedAt: new Date(now),
      },
    });
    for (const [i, h] of (s.holders ?? []).entries()) {
      await db.complaintHolder.create({
        data: { complaintId: row.id, seq: i + 1, orgId: org(h.org), since: h.since, until: h.until ?? null, endedAs: h.endedAs ?? null, endReason: h.endReason ?? "", overrideReason: h.overrideReason ?? "" },
      });
    }
    for (const e of [{ kind: "REGISTERED", at: receivedAt, by: s.registeredBy, note: s.description.slice(0, 200) }, ...s.events]) {
      await db.complaintEvent.create({
        data: { complaintId: row.id, kind: e.kind, at: e.at, ...who(e.by), toOrgId: e.to ? org(e.to) : null, toOrgName: e.to ?? "", note: e.kind === "LINKED_AS_DUPLICATE" ? original?.ref ?? "" : e.note ?? "" },
      });
    }
    if (duplicateOf && original) {
      await db.complaintEvent.create({ data: { complaintId: duplicateOf, kind: "DUPLICATE_LINKED", at: receivedAt, ...who(s.registeredBy), note: row.ref } });
    }
    if (s.key) complaintIds.set(s.key, row.id);
    return row.id;
  }

  const quality = "哈尔滨市质量技术监督局";
  const enforcement = "哈尔滨市城市管理行政执法局";
  const construction = "哈尔滨市城乡建设委员会";
  const heating = "哈尔滨市热力服务中心（演示）";
  const longjiang = "龙江物业服务有限公司";
  const jinhewan = "金河湾物业服务有限公司";
  const huayuanPolice = "花园派出所";

  // 1. Registered 20 days ago and never accepted: overdue for acceptance.
  complaintSeeds.push({
    areaName: "红军街小区", code: "SANITATION_GREENING", channel: "HOTLINE_12345", channelRef: "12345-2026-118204", receivedDaysAgo: 20,
    resident: ["张伟", "13804510001"], description: "小区西门垃圾堆放十多天无人清运，夏天臭味很大，请尽快处理。", registeredBy: "street.clerk", status: "REGISTERED", events: [],
  });
  // 2. Registered today: noise between residents, proposed to the area's police station.
  complaintSeeds.push({
    areaName: "海城花园小区", code: "INDOOR_NOISE", channel: "VISIT", receivedDaysAgo: 0, resident: ["李娜", "13904510002"],
    description: "楼上噪音很大，每天夜里十二点以后还在跺脚、拖椅子，多次沟通无果。", registeredBy: "street.clerk", status: "REGISTERED", events: [],
  });
  // 3. Accepted, waiting to be assigned: fees, price supervision.
  complaintSeeds.push({
    areaName: "邮政家园", code: "PRICE", channel: "MAYOR_HOTLINE", channelRef: "SZRX-0926", receivedDaysAgo: 4, acceptedDaysAgo: 3, resident: ["王芳", "13604510003"],
    description: "物业公司今年物业费乱收费，每平方米比合同约定多收0.3元，也没有公示收费标准。", registeredBy: "street.clerk", status: "ACCEPTED",
    events: [{ kind: "ACCEPTED", at: ago(3), by: "street.clerk" }],
  });
  // 4. Assigned to quality supervision (12319, elevator): in the department's inbox.
  complaintSeeds.push({
    key: "elevator", areaName: "海城花园小区", code: "ELEVATOR_BOILER", channel: "HOTLINE_12319", channelRef: "12319-2026-03317", receivedDaysAgo: 6, acceptedDaysAgo: 5,
    resident: ["刘洋", "13704510004"], description: "海城花园3号楼电梯经常停运，昨天又困人半小时，维保单位不及时处理。", registeredBy: "street.clerk",
    status: "ASSIGNED", handler: quality, holders: [{ org: quality, since: ago(5) }],
    events: [{ kind: "ACCEPTED", at: ago(5, 2), by: "street.clerk" }, { kind: "ASSIGNED", at: ago(5), by: "street.clerk", to: quality }],
  });
  // 12. A second resident about the same elevator: linked as its duplicate.
  complaintSeeds.push({
    key: "duplicate", areaName: "海城花园小区", code: "ELEVATOR_BOILER", channel: "HOTLINE_12345", receivedDaysAgo: 2, resident: ["陈静", "13504510012"],
    description: "3号楼电梯坏了好几天，老人上下楼很困难，一直没人修。", registeredBy: "street.clerk", status: "DUPLICATE", duplicateOfKey: "elevator",
    events: [{ kind: "LINKED_AS_DUPLICATE", at: ago(2), by: "street.clerk" }],
  });
  // 5. Within property management, about the property company itself, assigned to it, pressed twice and overdue.
  complaintSeeds.push({
    areaName: "海城花园小区", code: "PROPERTY_SERVICE", channel: "ONLINE", receivedDaysAgo: 72, acceptedDaysAgo: 70, resident: ["杨磊", "13804510005"],
    description: "物业不作为，5单元楼道卫生长期没人打扫，楼道灯坏了两个月没人修。", registeredBy: "street.clerk", status: "IN_PROGRESS", about: longjiang,
    handler: longjiang, pressCount: 2, holders: [{ org: longjiang, since: ago(70) }],
    events: [
      { kind: "ACCEPTED", at: ago(70, 1), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(70), by: "street.clerk", to: longjiang },
      { kind: "STARTED", at: ago(66), by: "company.clerk" },
      { kind: "PRESSED", at: ago(30), by: "street.clerk", note: "请于本周内完成楼道保洁和楼道灯维修。" },
      { kind: "PRESSED", at: ago(5), by: "street.leader", note: "已超过办结期限，请立即整改并书面说明。" },
    ],
  });
  // 6. Returned by urban-management enforcement as not theirs: the office must reassign.
  complaintSeeds.push({
    areaName: "果戈里公寓", code: "CONSTRUCTION_QUALITY", channel: "LETTER", receivedDaysAgo: 12, acceptedDaysAgo: 11, resident: ["赵敏", "13604510006"],
    description: "新房还在保修期内，卧室墙体裂缝越来越大，开发商推诿不管。", registeredBy: "street.clerk", status: "RETURNED",
    overrideReason: "来信称“私搭”，先送城管执法核查", holders: [{ org: enforcement, since: ago(10), until: ago(8), endedAs: "RETURNED", endReason: "经核实属房屋保修期内质量问题，非本局职责", overrideReason: "来信称“私搭”，先送城管执法核查" }],
    events: [
      { kind: "ACCEPTED", at: ago(11), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(10), by: "street.clerk", to: enforcement, note: "来信称“私搭”，先送城管执法核查" },
      { kind: "RETURNED", at: ago(8), by: "enforce.clerk", note: "经核实属房屋保修期内质量问题，非本局职责" },
    ],
  });
  // 7. Returned and reassigned: two hand-overs, now in progress at the construction commission.
  complaintSeeds.push({
    areaName: "邮政家园", code: "CONSTRUCTION_QUALITY", channel: "VISIT", receivedDaysAgo: 25, acceptedDaysAgo: 24, resident: ["黄强", "13904510007"],
    description: "2号楼外墙脱落砸坏车辆，房屋质量有问题，要求开发商维修。", registeredBy: "street.clerk", status: "IN_PROGRESS", handler: construction,
    holders: [
      { org: enforcement, since: ago(23), until: ago(20), endedAs: "RETURNED", endReason: "外墙脱落属保修范围，请转城乡建设部门", overrideReason: "现场有违建痕迹" },
      { org: construction, since: ago(19), overrideReason: "按职责清单改派城乡建设委员会" },
    ],
    events: [
      { kind: "ACCEPTED", at: ago(24), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(23), by: "street.clerk", to: enforcement, note: "现场有违建痕迹" },
      { kind: "RETURNED", at: ago(20), by: "enforce.clerk", note: "外墙脱落属保修范围，请转城乡建设部门" },
      { kind: "REASSIGNED", at: ago(19), by: "street.clerk", to: construction, note: "按职责清单改派城乡建设委员会" },
    ],
  });
  // 8. Handled by the heating unit: the office must reply to the resident.
  complaintSeeds.push({
    areaName: "海城花园小区", code: "UTILITY_HEATING", channel: "HOTLINE_12319", receivedDaysAgo: 15, acceptedDaysAgo: 14, resident: ["周杰", "13704510008"],
    description: "家里暖气不热，室温只有十四度，老人孩子受不了。", registeredBy: "street.clerk", status: "HANDLED", handler: undefined,
    holders: [{ org: heating, since: ago(14), until: ago(2), endedAs: "HANDLED" }], result: "已对5单元管网排气并调整阀门，入户测温21℃，达到标准。", handledDaysAgo: 2,
    events: [
      { kind: "ACCEPTED", at: ago(14, 1), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(14), by: "street.clerk", to: heating },
      { kind: "STARTED", at: ago(13), by: "utility.clerk" },
      { kind: "HANDLED", at: ago(2), by: "utility.clerk", note: "已对5单元管网排气并调整阀门，入户测温21℃，达到标准。" },
    ],
  });
  // 9. Replied, not yet closed.
  complaintSeeds.push({
    areaName: "红军街小区", code: "ENFORCEMENT_STREET_ORDER", channel: "MEDIA", channelRef: "黑龙江日报热线", receivedDaysAgo: 30, acceptedDaysAgo: 29, resident: ["吴霞", "13504510009"],
    description: "小区南门每晚有露天烧烤摊点，油烟和噪声扰民到半夜。", registeredBy: "street.clerk", status: "REPLIED",
    holders: [{ org: enforcement, since: ago(29), until: ago(9), endedAs: "HANDLED" }], result: "已取缔露天烧烤摊点2处，责令经营者退出居住区。", handledDaysAgo: 9,
    reply: { method: "PHONE", daysAgo: 7, note: "电话告知处理结果，居民表示满意。" },
    events: [
      { kind: "ACCEPTED", at: ago(29, 2), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(29), by: "street.clerk", to: enforcement },
      { kind: "STARTED", at: ago(28), by: "enforce.clerk" },
      { kind: "HANDLED", at: ago(9), by: "enforce.clerk", note: "已取缔露天烧烤摊点2处，责令经营者退出居住区。" },
      { kind: "REPLIED", at: ago(7), by: "street.clerk", note: "PHONE｜电话告知处理结果，居民表示满意。" },
    ],
  });
  // 10. Closed: the whole cycle.
  complaintSeeds.push({
    areaName: "海城花园小区", code: "ELEVATOR_BOILER", channel: "HOTLINE_12319", receivedDaysAgo: 45, acceptedDaysAgo: 44, resident: ["徐明", "13804510010"],
    description: "1号楼电梯维保不到位，按钮失灵，存在安全隐患。", registeredBy: "street.clerk", status: "CLOSED",
    holders: [{ org: quality, since: ago(44), until: ago(30), endedAs: "HANDLED" }], result: "已责令维保单位更换按钮面板并全面检修，复检合格。", handledDaysAgo: 30,
    reply: { method: "WRITTEN", daysAgo: 28, note: "书面答复已送达。" }, closedDaysAgo: 27,
    events: [
      { kind: "ACCEPTED", at: ago(44, 2), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(44), by: "street.clerk", to: quality },
      { kind: "STARTED", at: ago(43), by: "dept.clerk" },
      { kind: "HANDLED", at: ago(30), by: "dept.clerk", note: "已责令维保单位更换按钮面板并全面检修，复检合格。" },
      { kind: "REPLIED", at: ago(28), by: "street.clerk", note: "WRITTEN｜书面答复已送达。" },
      { kind: "CLOSED", at: ago(27), by: "street.clerk" },
    ],
  });
  // 11. Not accepted (with the reason).
  complaintSeeds.push({
    areaName: "果戈里公寓", code: "OTHER", channel: "ONLINE", receivedDaysAgo: 9, resident: ["孙丽", "13904510011"],
    description: "要求街道出面解决与邻居之间的房屋买卖合同纠纷。", registeredBy: "street.clerk", status: "NOT_ACCEPTED", closedDaysAgo: 8,
    notAcceptedReason: "属民事合同纠纷，已告知其通过人民调解或诉讼途径解决。",
    events: [{ kind: "NOT_ACCEPTED", at: ago(8), by: "street.clerk", note: "属民事合同纠纷，已告知其通过人民调解或诉讼途径解决。" }],
  });
  // 13. The department asked for an extension; a leader of the street office must decide.
  complaintSeeds.push({
    areaName: "邮政家园", code: "ELEVATOR_BOILER", channel: "HOTLINE_12345", receivedDaysAgo: 50, acceptedDaysAgo: 49, resident: ["马超", "13604510013"],
    description: "小区锅炉房锅炉年久失修，冬季供暖前需检验，担心锅炉安全。", registeredBy: "street.clerk", status: "IN_PROGRESS", handler: quality,
    holders: [{ org: quality, since: ago(48) }], extension: { status: "REQUESTED", days: 20, reason: "需委托有资质的检验机构进行压力容器检验，排期在下月。", daysAgo: 1 },
    events: [
      { kind: "ACCEPTED", at: ago(49), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(48), by: "street.clerk", to: quality },
      { kind: "STARTED", at: ago(47), by: "dept.clerk" },
      { kind: "EXTENSION_REQUESTED", at: ago(1), by: "dept.clerk", note: "20｜需委托有资质的检验机构进行压力容器检验，排期在下月。" },
    ],
  });
  // 14. An approved extension: the deadline moved.
  complaintSeeds.push({
    areaName: "果戈里公寓", code: "PARKING_FIRE", channel: "VISIT", receivedDaysAgo: 65, acceptedDaysAgo: 64, resident: ["朱琳", "13504510014"],
    description: "消防通道长期被车辆堵塞，小区乱停车严重，救护车进不来。", registeredBy: "street.clerk", status: "IN_PROGRESS", handler: huayuanPolice,
    holders: [{ org: huayuanPolice, since: ago(63) }], extension: { status: "APPROVED", days: 30, reason: "需与物业共同施划停车位并安装隔离桩。", approver: "street.leader", daysAgo: 10 },
    events: [
      { kind: "ACCEPTED", at: ago(64), by: "street.clerk" },
      { kind: "ASSIGNED", at: ago(63), by: "street.clerk", to: huayuanPolice },
      { kind: "STARTED", at: ago(62), by: "police.clerk" },
      { kind: "EXTENSION_REQUESTED", at: ago(10), by: "police.clerk", note: "30｜需与物业共同施划停车位并安装隔离桩。" },
      { kind: "EXTENSION_APPROVED", at: ago(9), by: "street.leader", note: "同意" },
    ],
  });
  // 15. Another district (道里区): the same property company, across districts.
  complaintSeeds.push({
    areaName: "兆麟公园小区", code: "PROPERTY_SERVICE", channel: "HOTLINE_12345", receivedDaysAgo: 8, acceptedDaysAgo: 7, resident: ["胡军", "13704510015"],
    description: "单元门门禁坏了一个月，物业维修不及时，外来人员随意进出。", registeredBy: "zhaolin.clerk", status: "ASSIGNED", handler: longjiang,
    holders: [{ org: longjiang, since: ago(7) }],
    events: [{ kind: "ACCEPTED", at: ago(7, 1), by: "zhaolin.clerk" }, { kind: "ASSIGNED", at: ago(7), by: "zhaolin.clerk", to: longjiang }],
  });
  // 16. Registered by the district property office (大成街道), in progress at the property company.
  complaintSeeds.push({
    areaName: "大成嘉园", code: "PROPERTY_SERVICE", channel: "LETTER", receivedDaysAgo: 18, acceptedDaysAgo: 17, resident: ["郭亮", "13904510016"],
    description: "8号楼屋顶漏水，公共部位维修一直拖延，要求物业尽快修复。", registeredBy: "propoffice.clerk", status: "IN_PROGRESS", handler: jinhewan,
    holders: [{ org: jinhewan, since: ago(17) }],
    events: [{ kind: "ACCEPTED", at: ago(17, 1), by: "propoffice.clerk" }, { kind: "ASSIGNED", at: ago(17), by: "propoffice.clerk", to: jinhewan }, { kind: "STARTED", at: ago(16), by: `@${jinhewan}` }],
  });

  // Numbers follow the order of receipt, as they would have been issued.
  for (const seed of [...complaintSeeds].sort((a, b) => b.receivedDaysAgo - a.receivedDaysAgo)) await complaint(seed);
  const elevator = await db.complaint.findUniqueOrThrow({ where: { id: complaintIds.get("elevator")! } });
  const duplicate = await db.complaint.findUniqueOrThrow({ where: { id: complaintIds.get("duplicate")! } });
  notice(org(quality), "Complaint", elevator.id, "complaint.assigned", { ref: elevator.ref, area: "海城花园小区", due: elevator.currentDueDate ?? "" }, ago(5));
  notice(org(quality), "Complaint", elevator.id, "complaint.duplicateLinked", { ref: elevator.ref, duplicate: duplicate.ref }, ago(2));

  // ─────────────────────────────── Enforcement referrals ───────────────────────────────
  type ReferralSeed = {
    areaName: string; code: string; location: string; findings: string; by: string; department: string; status: string; daysAgo: number;
    events: Ev[]; acceptedDaysAgo?: number; returnReason?: string; measures?: string; penaltyDecisionNo?: string; outcomeDaysAgo?: number; acknowledgedDaysAgo?: number; note?: string;
    key?: string;
  };
  const referralSeeds: ReferralSeed[] = [];
  const referralIds = new Map<string, number>();
  async function referral(s: ReferralSeed): Promise<number> {
    const a = area(s.areaName);
    const d = duty(s.code);
    const at = ago(s.daysAgo, 2);
    const by = users.get(s.by)!;
    const feedbackDueDate = due("REFERRAL_FEEDBACK", cityDate(at));
    const proposal = responsibleParty(d, a, directory);
    const returnedAt = s.events.filter((e) => e.kind === "RETURNED").at(-1)?.at;
    const stepDueDate = s.status === "RETURNED" && returnedAt ? due("REFERRAL_REREFER", cityDate(returnedAt))
      : s.status === "OUTCOME_REPORTED" && s.outcomeDaysAgo !== undefined ? due("REFERRAL_ACKNOWLEDGE", cityDate(ago(s.outcomeDaysAgo))) : null;
    const row = await db.enforcementReferral.create({
      data: {
        ref: ref("EnforcementReferral", at), referringOrgId: by.orgId, referredById: by.id, areaId: a.id, streetId: a.streetId, districtId: a.districtId,
        location: s.location, findings: s.findings, categoryId: d.id, departmentOrgId: org(s.department), proposedOrgId: proposal.orgId,
        overrideReason: proposal.orgId !== null && proposal.orgId !== org(s.department) ? "现场以油烟污染为主" : "", matchedPolicyText: d.policyText,
        status: s.status, referredAt: at, feedbackDueDate, stepDueDate, currentDueDate: referralDueDate({ status: s.status, feedbackDueDate, stepDueDate }), acceptedAt: s.acceptedDaysAgo !== undefined ? ago(s.acceptedDaysAgo) : null,
        returnReason: s.returnReason ?? "", measures: s.measures ?? "", penaltyDecisionNo: s.penaltyDecisionNo ?? "",
        outcomeAt: s.outcomeDaysAgo !== undefined ? ago(s.outcomeDaysAgo) : null, acknowledgedAt: s.acknowledgedDaysAgo !== undefined ? ago(s.acknowledgedDaysAgo) : null,
        acknowledgeNote: s.note ?? "", closedAt: s.status === "CLOSED" && s.acknowledgedDaysAgo !== undefined ? ago(s.acknowledgedDaysAgo) : null, createdAt: at,
      },
    });
    for (const e of [{ kind: "REFERRED", at, by: s.by, to: s.department, note: s.findings.slice(0, 200) }, ...s.events]) {
      await db.referralEvent.create({ data: { referralId: row.id, kind: e.kind, at: e.at, ...who(e.by), toOrgId: e.to ? org(e.to) : null, toOrgName: e.to ?? "", note: e.note ?? "" } });
    }
    if (s.key) referralIds.set(s.key, row.id);
    return row.id;
  }
  referralSeeds.push({
    key: "barbecue", areaName: "海城花园小区", code: "ENFORCEMENT_STREET_ORDER", location: "小区南门外人行道", findings: "每晚18时至24时有两处露天烧烤摊点经营，油烟扰民，居民多次投诉。",
    by: "street.clerk", department: enforcement, status: "REFERRED", daysAgo: 2, events: [],
  });
  referralSeeds.push({
    areaName: "红军街小区", code: "ENFORCEMENT_CONSTRUCTION", location: "12号楼一楼北侧", findings: "一楼住户私搭乱建彩钢房约20平方米，占用公共绿地。",
    by: "street.clerk", department: enforcement, status: "INVESTIGATING", daysAgo: 30, acceptedDaysAgo: 29,
    events: [{ kind: "ACCEPTED", at: ago(29), by: "enforce.clerk" }],
  });
  referralSeeds.push({
    areaName: "果戈里公寓", code: "ENFORCEMENT_STREET_ORDER", location: "小区东侧空地", findings: "有人散烧原煤取暖，冒黑烟。",
    by: "street.clerk", department: "哈尔滨市环境保护局", status: "RETURNED", daysAgo: 6, returnReason: "散烧原煤属城管行政执法部门查处，请移交城管执法局。",
    events: [{ kind: "RETURNED", at: ago(4), by: "@哈尔滨市环境保护局", note: "散烧原煤属城管行政执法部门查处，请移交城管执法局。" }],
  });
  referralSeeds.push({
    key: "outcome", areaName: "邮政家园", code: "ENFORCEMENT_CONSTRUCTION", location: "3号楼102室", findings: "装修中拆除承重墙，破坏房屋主体结构。",
    by: "street.clerk", department: enforcement, status: "OUTCOME_REPORTED", daysAgo: 20, acceptedDaysAgo: 19, outcomeDaysAgo: 1,
    measures: "已责令立即停止施工，委托鉴定机构出具安全鉴定，责令恢复原状。", penaltyDecisionNo: "哈城执罚决字〔2026〕第0417号",
    events: [
      { kind: "ACCEPTED", at: ago(19), by: "enforce.clerk" },
      { kind: "OUTCOME_REPORTED", at: ago(1), by: "enforce.clerk", note: "已责令立即停止施工，委托鉴定机构出具安全鉴定，责令恢复原状。｜哈城执罚决字〔2026〕第0417号" },
    ],
  });
  referralSeeds.push({
    areaName: "大成嘉园", code: "ENFORCEMENT_COMMON_PARTS", location: "小区地下车库", findings: "原物业公司撤离时拒不移交物业档案资料，并擅自出租共用部位经营。",
    by: "propoffice.clerk", department: enforcement, status: "CLOSED", daysAgo: 40, acceptedDaysAgo: 39, outcomeDaysAgo: 20, acknowledgedDaysAgo: 18,
    measures: "已责令原物业公司限期移交档案资料，已移交；责令停止出租共用部位。", penaltyDecisionNo: "", note: "已核实，档案资料已移交新物业。",
    events: [
      { kind: "ACCEPTED", at: ago(39), by: "enforce.clerk" },
      { kind: "OUTCOME_REPORTED", at: ago(20), by: "enforce.clerk", note: "已责令原物业公司限期移交档案资料，已移交；责令停止出租共用部位。" },
      { kind: "ACKNOWLEDGED", at: ago(18), by: "propoffice.clerk", note: "已核实，档案资料已移交新物业。" },
    ],
  });
  referralSeeds.push({
    areaName: "海城花园小区", code: "HAZARDOUS_STORAGE", location: "7号楼地下室", findings: "地下室存放大量汽油桶和液化气罐，存在火灾隐患。",
    by: "street.clerk", department: huayuanPolice, status: "INVESTIGATING", daysAgo: 3, acceptedDaysAgo: 2,
    events: [{ kind: "ACCEPTED", at: ago(2), by: "police.clerk" }],
  });

  for (const seed of [...referralSeeds].sort((a, b) => b.daysAgo - a.daysAgo)) await referral(seed);
  const barbecue = await db.enforcementReferral.findUniqueOrThrow({ where: { id: referralIds.get("barbecue")! } });
  const outcome = await db.enforcementReferral.findUniqueOrThrow({ where: { id: referralIds.get("outcome")! } });
  notice(org(enforcement), "EnforcementReferral", barbecue.id, "referral.referred", { ref: barbecue.ref, org: "花园街道办事处", area: "海城花园小区", due: barbecue.feedbackDueDate }, ago(2));
  notice(org("花园街道办事处"), "EnforcementReferral", outcome.id, "referral.outcome", { ref: outcome.ref, org: enforcement, area: "邮政家园" }, ago(1));

  // ─────────────────────────────── Planned works ───────────────────────────────
  type WorksSeed = {
    utility: string; title: string; description: string; occupies: string; startIn: number; endIn: number; areas: string[]; status: string; daysAgo: number;
    answers?: Record<string, { restoration: "CONFIRMED" | "DISPUTED"; note: string; by: string; daysAgo: number }>; restoredDaysAgo?: number; restorationNote?: string; cancelReason?: string; events: Ev[];
  };
  const worksSeeds: WorksSeed[] = [];
  async function works(s: WorksSeed): Promise<number> {
    const at = ago(s.daysAgo, 4);
    const utilityUser = [...users.values()].find((u) => u.orgId === org(s.utility) && u.username.endsWith(".clerk"));
    const row = await db.plannedWorks.create({
      data: {
        ref: ref("PlannedWorks", at), utilityOrgId: org(s.utility), registeredById: utilityUser?.id ?? users.get("admin")!.id, title: s.title, description: s.description,
        occupies: s.occupies, startDate: addDays(today, s.startIn), endDate: addDays(today, s.endIn), contactName: utilityUser?.name ?? "调度室", contactPhone: "0451-86210000",
        status: s.status, restoredOn: s.restoredDaysAgo !== undefined ? addDays(today, -s.restoredDaysAgo) : null, restorationNote: s.restorationNote ?? "",
        restorationReportedAt: s.restoredDaysAgo !== undefined ? ago(s.restoredDaysAgo) : null, cancelReason: s.cancelReason ?? "",
        cancelledAt: s.status === "CANCELLED" ? ago(1) : null, closedAt: s.status === "CLOSED" ? ago(1) : null, createdAt: at,
        areas: {
          create: s.areas.map((n) => {
            const a = area(n);
            const answer = s.answers?.[n];
            return {
              areaId: a.id, streetId: a.streetId, districtId: a.districtId, communityId: a.communityId, propertyCompanyId: a.propertyCompanyId,
              ownersCommitteeId: a.ownersCommitteeId, confirmerOrgId: a.propertyCompanyId ?? a.streetId, restoration: answer?.restoration ?? "PENDING",
              answerNote: answer?.note ?? "", answeredAt: answer ? ago(answer.daysAgo) : null, answeredByName: answer ? who(answer.by).actorName : "",
            };
          }),
        },
      },
      include: { areas: true },
    });
    const utilityActor = utilityUser ? utilityUser.username : `@${s.utility}`;
    for (const e of [{ kind: "NOTIFIED", at, by: "utility", note: `${row.startDate} ~ ${row.endDate}` }, ...s.events]) {
      const actor = who(e.by === "utility" ? utilityActor : e.by);
      await db.worksEvent.create({ data: { worksId: row.id, kind: e.kind, at: e.at, ...actor, areaName: e.to ?? (e.kind === "NOTIFIED" ? s.areas.join("、") : ""), note: e.note ?? "" } });
    }
    const told = new Set(row.areas.flatMap((a) => [a.propertyCompanyId, a.ownersCommitteeId]).filter((o): o is number => o !== null));
    for (const o of told) notice(o, "PlannedWorks", row.id, "works.notified", { ref: row.ref, org: s.utility, title: s.title, start: row.startDate, end: row.endDate }, at, s.daysAgo > 3);
    return row.id;
  }
  const water = "哈尔滨市供排水服务中心（演示）";
  const gas = "哈尔滨市燃气服务中心（演示）";
  const power = "哈尔滨市供电服务中心（演示）";
  worksSeeds.push({
    utility: heating, title: "供热二次管网改造", description: "更换小区二次供热管网约300米，施工期间部分楼栋暂停供热测试。", occupies: "小区主路东段、3号楼前绿地", startIn: 5, endIn: 12,
    areas: ["海城花园小区", "红军街小区"], status: "NOTIFIED", daysAgo: 1, events: [],
  });
  worksSeeds.push({
    utility: water, title: "供水管线更换", description: "更换老旧铸铁供水管线。", occupies: "4号楼至6号楼之间道路", startIn: -2, endIn: 3,
    areas: ["邮政家园"], status: "NOTIFIED", daysAgo: 6, events: [],
  });
  worksSeeds.push({
    utility: gas, title: "燃气管道检修", description: "更换燃气调压箱及部分庭院管道。", occupies: "小区北门停车位8个", startIn: -12, endIn: -4,
    areas: ["大成嘉园"], status: "NOTIFIED", daysAgo: 15, events: [],
  });
  worksSeeds.push({
    utility: heating, title: "换热站设备更新", description: "更新换热站板式换热器，铺设新管沟。", occupies: "小区广场、中心绿地", startIn: -20, endIn: -3,
    areas: ["海城花园小区", "兆麟公园小区"], status: "RESTORATION_REPORTED", daysAgo: 25, restoredDaysAgo: 1, restorationNote: "管沟已回填压实，广场地砖已铺装，绿地已补种草坪。",
    events: [{ kind: "RESTORATION_REPORTED", at: ago(1), by: "utility", note: "管沟已回填压实，广场地砖已铺装，绿地已补种草坪。" }],
  });
  worksSeeds.push({
    utility: power, title: "配电线路入地改造", description: "架空线路改为地下电缆。", occupies: "果戈里公寓内部道路", startIn: -30, endIn: -10,
    areas: ["果戈里公寓", "红军街小区"], status: "DISPUTED", daysAgo: 35, restoredDaysAgo: 5, restorationNote: "电缆沟已回填，路面已修复。",
    answers: {
      "果戈里公寓": { restoration: "DISPUTED", note: "路面修复处已下沉约5厘米，雨天积水，请重新修复。", by: "@松江家园物业服务有限公司", daysAgo: 3 },
      "红军街小区": { restoration: "CONFIRMED", note: "", by: "@冰城物业管理有限公司", daysAgo: 4 },
    },
    events: [
      { kind: "RESTORATION_REPORTED", at: ago(5), by: "utility", note: "电缆沟已回填，路面已修复。" },
      { kind: "RESTORATION_CONFIRMED", at: ago(4), by: "@冰城物业管理有限公司", to: "红军街小区" },
      { kind: "RESTORATION_DISPUTED", at: ago(3), by: "@松江家园物业服务有限公司", to: "果戈里公寓", note: "路面修复处已下沉约5厘米，雨天积水，请重新修复。" },
    ],
  });
  worksSeeds.push({
    utility: water, title: "排水管道疏通改造", description: "更换破损排水管段。", occupies: "2号楼南侧道路", startIn: -40, endIn: -30,
    areas: ["邮政家园"], status: "CLOSED", daysAgo: 45, restoredDaysAgo: 28,
    answers: { "邮政家园": { restoration: "CONFIRMED", note: "已恢复原状。", by: "company.clerk", daysAgo: 26 } }, restorationNote: "路面已恢复。",
    events: [
      { kind: "RESTORATION_REPORTED", at: ago(28), by: "utility", note: "路面已恢复。" },
      { kind: "RESTORATION_CONFIRMED", at: ago(26), by: "company.clerk", to: "邮政家园", note: "已恢复原状。" },
      { kind: "CLOSED", at: ago(26), by: "company.clerk" },
    ],
  });
  worksSeeds.push({
    utility: power, title: "变压器增容", description: "更换箱式变压器。", occupies: "小区西门空地", startIn: 10, endIn: 11,
    areas: ["大成嘉园"], status: "CANCELLED", daysAgo: 3, cancelReason: "设备到货延期，另行告知。",
    events: [{ kind: "CANCELLED", at: ago(1), by: "utility", note: "设备到货延期，另行告知。" }],
  });

  for (const seed of [...worksSeeds].sort((a, b) => b.daysAgo - a.daysAgo)) await works(seed);

  // ─────────────────────────────── Outages ───────────────────────────────
  const outageSeeds: OutageSeed[] = [];
  type OutageSeed = { utility: string; reason: string; startHoursAgo: number; expectedEndHoursFromNow: number; areas: string[]; status: string; actualEndHoursAgo?: number; confirmed?: string[]; restoreNote?: string };
  async function outage(s: OutageSeed): Promise<number> {
    const startAt = new Date(now - s.startHoursAgo * HOUR);
    const sector = (await db.organisation.findUnique({ where: { id: org(s.utility) }, select: { sector: true } }))?.sector ?? null;
    const kind = outageKindFor(sector)!;
    const utilityUser = [...users.values()].find((u) => u.orgId === org(s.utility) && u.username.endsWith(".clerk"));
    const utilityActor = utilityUser ? utilityUser.username : `@${s.utility}`;
    const row = await db.outage.create({
      data: {
        ref: ref("Outage", startAt), utilityOrgId: org(s.utility), registeredById: utilityUser?.id ?? users.get("admin")!.id, kind, reason: s.reason, startAt,
        expectedEndAt: new Date(now + s.expectedEndHoursFromNow * HOUR), actualEndAt: s.actualEndHoursAgo !== undefined ? new Date(now - s.actualEndHoursAgo * HOUR) : null,
        status: s.status, restoreNote: s.restoreNote ?? "", createdAt: startAt,
        tasks: {
          create: s.areas.map((n) => {
            const a = area(n);
            const done = s.confirmed?.includes(n) ?? false;
            return {
              areaId: a.id, streetId: a.streetId, districtId: a.districtId, communityId: a.communityId, propertyCompanyId: a.propertyCompanyId, ownersCommitteeId: a.ownersCommitteeId,
              assigneeOrgId: a.propertyCompanyId ?? a.streetId, status: done ? "CONFIRMED" : "PENDING", confirmNote: done ? "已安排维修人员配合抢修并张贴通知。" : "",
              confirmedAt: done ? new Date(startAt.getTime() + HOUR) : null, confirmedByName: done ? who(`@${orgName.get(a.propertyCompanyId ?? a.streetId)}`).actorName : "",
            };
          }),
        },
      },
      include: { tasks: true },
    });
    const base = who(utilityActor);
    await db.outageEvent.create({ data: { outageId: row.id, kind: "REGISTERED", at: startAt, ...base, areaName: s.areas.join("、"), note: s.reason } });
    for (const n of s.confirmed ?? []) {
      const t = row.tasks.find((x) => x.areaId === area(n).id)!;
      await db.outageEvent.create({ data: { outageId: row.id, kind: "ASSIST_CONFIRMED", at: new Date(startAt.getTime() + HOUR), ...who(`@${orgName.get(t.assigneeOrgId)}`), areaName: n, note: "已安排维修人员配合抢修并张贴通知。" } });
    }
    if (s.status === "RESTORED") await db.outageEvent.create({ data: { outageId: row.id, kind: "RESTORED", at: row.actualEndAt!, ...base, note: s.restoreNote ?? "" } });
    for (const o of new Set(row.tasks.map((t) => t.assigneeOrgId))) notice(o, "Outage", row.id, `outage.assist.${kind}`, { ref: row.ref, org: s.utility, kind }, startAt, s.status === "RESTORED");
    return row.id;
  }
  outageSeeds.push({ utility: heating, reason: "换热站循环泵故障抢修，影响5个单元供热。", startHoursAgo: 3, expectedEndHoursFromNow: 5, areas: ["海城花园小区", "邮政家园"], status: "ACTIVE" });
  outageSeeds.push({ utility: water, reason: "主供水管道爆裂抢修。", startHoursAgo: 10, expectedEndHoursFromNow: -2, areas: ["大成嘉园", "建设小区"], status: "ACTIVE", confirmed: ["大成嘉园"] });
  outageSeeds.push({ utility: power, reason: "10kV线路故障。", startHoursAgo: 50, expectedEndHoursFromNow: -44, areas: ["兆麟公园小区", "中央大街公寓"], status: "RESTORED", actualEndHoursAgo: 45, confirmed: ["兆麟公园小区", "中央大街公寓"], restoreNote: "故障线路已修复，恢复供电。" });
  outageSeeds.push({ utility: gas, reason: "庭院燃气管道泄漏抢修。", startHoursAgo: 30, expectedEndHoursFromNow: -24, areas: ["红军街小区"], status: "RESTORED", actualEndHoursAgo: 25, confirmed: ["红军街小区"], restoreNote: "泄漏点已修复，检测合格后恢复供气。" });

  for (const seed of [...outageSeeds].sort((a, b) => b.startHoursAgo - a.startHoursAgo)) await outage(seed);

  await db.notification.createMany({ data: notices });
}
