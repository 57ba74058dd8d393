// Demo disputes and joint meetings at every tier and in every state, written with the same shapes
// lib/data writes (timeline events, invitations, agenda, attendance, minutes, resolutions,
// escalations, notifications), dated relative to today so the demo always looks current.
// DEMO ONLY: seeded into an empty database together with the demo city.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { addDays, cityDate, parseCityDateTime } from "../lib/domain/dates.ts";
import { disputeRef, disputeWaitRule, isCrossDistrict, type DisputeLevel, type DisputeStatus, type Outcome } from "../lib/domain/dispute.ts";
import { cityDateTimeLabel, meetingRef } from "../lib/domain/meeting.ts";
import type { DemoOrgs } from "./demo-activity.ts";
import { demoDue } from "./demo-deadlines.ts";

type Who = { userId: number; name: string; orgId: number; orgName: string };

export async function seedDemoDisputes(db: PrismaClient, orgs: DemoOrgs): Promise<void> {
  const today = cityDate(new Date());
  const year = today.slice(0, 4);
  const due = await demoDue(db);
  /** An instant `days` from today at a Shanghai wall-clock time. */
  const at = (days: number, hm: string) => parseCityDateTime(`${addDays(today, days)}T${hm}`)!;
  const day = (days: number) => addDays(today, days);
  /** Things that already happened are never dated in the future. */
  const past = (d: Date) => new Date(Math.min(d.getTime(), Date.now() - 60_000));

  const org = (name: string) => {
    const o = orgs.get(name);
    if (!o) throw new Error(`Demo organisation ${name} missing`);
    return o.id;
  };
  const orgNames = new Map((await db.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const users = new Map((await db.user.findMany({ select: { id: true, username: true, name: true, orgId: true } })).map((u) => [u.username, u]));
  const as = (username: string): Who => {
    const u = users.get(username);
    if (!u) throw new Error(`Demo user ${username} missing`);
    return { userId: u.id, name: u.name, orgId: u.orgId, orgName: orgNames.get(u.orgId)! };
  };
  const areas = new Map((await db.residentialArea.findMany({ select: { id: true, name: true, districtId: true, streetId: true } })).map((a) => [a.name, a]));

  // Timeline events and notices are collected and written in time order at the end, as the app
  // would have written them (their ids order them on the page).
  const events: { disputeId: number; type: string; at: Date; actorUserId: number; actorName: string; actorOrgId: number; actorOrgName: string; note: string; data: string }[] = [];
  const notices: { orgId: number; type: string; entityType: string; entityId: number; message: string; params: string; createdAt: Date; readAt: Date | null }[] = [];

  async function event(disputeId: number, who: Who, type: string, when: Date, data: Record<string, unknown> = {}, note = "") {
    events.push({ disputeId, type, at: when, actorUserId: who.userId, actorName: who.name, actorOrgId: who.orgId, actorOrgName: who.orgName, note, data: JSON.stringify(data) });
  }

  async function notice(orgNamesTo: string[], entityType: string, entityId: number, message: string, params: Record<string, string>, when: Date, read = false) {
    for (const name of orgNamesTo) {
      notices.push({ orgId: org(name), type: message, entityType, entityId, message, params: JSON.stringify(params), createdAt: when, readAt: read ? when : null });
    }
  }

  type DisputeSeed = { title: string; description: string; parties: string; urgency?: string; areas: string[]; units: string[]; by: Who; level: DisputeLevel; days: number };
  async function dispute(s: DisputeSeed): Promise<{ id: number; ref: string; title: string }> {
    const chosen = s.areas.map((n) => areas.get(n)!);
    const created = at(s.days, "10:20");
    const row = await db.dispute.create({
      data: {
        ref: `demo-${Math.random()}`, title: s.title, description: s.description, parties: s.parties, urgency: s.urgency ?? "NORMAL", level: s.level,
        status: "PENDING_MEETING", currentDueDate: due("DISPUTE_CONVENE", cityDate(created)), ownerOrgId: s.by.orgId, registeredByOrgId: s.by.orgId, registeredById: s.by.userId,
        originStreetId: s.level === "STREET" ? s.by.orgId : null,
        originDistrictId: s.level === "CITY" ? null : s.level === "DISTRICT" ? s.by.orgId : chosen[0]!.districtId,
        crossDistrict: isCrossDistrict(chosen.map((a) => a.districtId)), createdAt: created,
      },
    });
    const ref = disputeRef(year, row.id);
    await db.dispute.update({ where: { id: row.id }, data: { ref } });
    await db.disputeArea.createMany({ data: chosen.map((a) => ({ disputeId: row.id, areaId: a.id, districtId: a.districtId, streetId: a.streetId })) });
    await db.disputeUnit.createMany({ data: s.units.map((u) => ({ disputeId: row.id, orgId: org(u) })) });
    await event(row.id, s.by, "created", created, { level: s.level, areas: s.areas, units: s.units, files: [] });
    await notice(s.units, "Dispute", row.id, "disputeUnitNamed", { ref, title: s.title, org: s.by.orgName }, created, s.days < -5);
    return { id: row.id, ref, title: s.title };
  }

  /** The dispute's new status, with the deadline lib/data would have set: counted from the
   * meeting's date while scheduled, else from its latest timeline event (docs/decisions/060). */
  async function setDispute(id: number, data: { status: DisputeStatus; level?: DisputeLevel; owner?: string; resolvedAt?: Date }) {
    let currentDueDate: string | null = null;
    if (data.status === "SCHEDULED") {
      const item = await db.agendaItem.findFirst({ where: { disputeId: id, meeting: { status: { not: "CANCELLED" } } }, orderBy: { id: "desc" }, select: { meeting: { select: { startsAt: true } } } });
      currentDueDate = due("MEETING_MINUTES", cityDate(item?.meeting.startsAt ?? new Date()));
    } else {
      const code = disputeWaitRule(data.status);
      const since = events.filter((e) => e.disputeId === id).reduce((t, e) => Math.max(t, e.at.getTime()), 0);
      if (code) currentDueDate = due(code, cityDate(since > 0 ? new Date(since) : new Date()));
    }
    await db.dispute.update({
      where: { id },
      data: { status: data.status, currentDueDate, ...(data.level ? { level: data.level } : {}), ...(data.owner ? { ownerOrgId: org(data.owner) } : {}), ...(data.resolvedAt ? { resolvedAt: data.resolvedAt } : {}), version: { increment: 1 } },
    });
  }

  type Invite = [name: string, status: "PENDING" | "CONFIRMED" | "DECLINED", text?: string];
  type Item = { minutes?: string; outcome?: Outcome; resolutions?: { to: string; text: string; due: number; status: "OPEN" | "IN_PROGRESS" | "DONE" | "CONFIRMED"; note?: string }[] };
  type MeetingSeed = {
    by: Who; level: DisputeLevel; title: string; days: number; from: string; to: string; place: string; chair: string;
    disputes: { id: number; title: string; item?: Item }[]; others?: { title: string; minutes?: string }[];
    invites: Invite[]; state: "SCHEDULED" | "HELD_DRAFT" | "FINAL" | "CANCELLED"; summary?: string; cancelReason?: string;
    attendance?: [org: string | null, person: string, position: string, capacity?: "ATTENDING" | "OBSERVING"][]; amendment?: string;
    previousStatus?: DisputeStatus;
    /** Days between scheduling and the meeting (default 4). */
    lead?: number;
  };
  async function meeting(s: MeetingSeed): Promise<number> {
    const startsAt = at(s.days, s.from);
    const endsAt = at(s.days, s.to);
    const scheduledAt = past(at(s.days - (s.lead ?? 4), "15:00"));
    const final = s.state === "FINAL";
    const held = final || s.state === "HELD_DRAFT";
    const convener = s.by.orgId;
    const convenerOrg = await db.organisation.findUniqueOrThrow({ where: { id: convener }, select: { kind: true, districtId: true } });
    const row = await db.jointMeeting.create({
      data: {
        ref: `demo-${Math.random()}`, level: s.level, convenerOrgId: convener, districtId: convenerOrg.kind === "DISTRICT_GOVERNMENT" ? convener : convenerOrg.districtId,
        title: s.title, startsAt, endsAt, place: s.place, chair: s.chair, status: s.state === "CANCELLED" ? "CANCELLED" : held ? "HELD" : "SCHEDULED",
        minutesStatus: final ? "FINAL" : "DRAFT", summary: s.summary ?? "", heldAt: held ? startsAt : null,
        cancelledAt: s.state === "CANCELLED" ? at(s.days - 1, "16:00") : null, cancelReason: s.cancelReason ?? "",
        finalizedAt: final ? at(s.days, "17:30") : null, finalizedById: final ? s.by.userId : null, finalizedByName: final ? s.by.name : "",
        createdById: s.by.userId, createdAt: scheduledAt,
      },
    });
    const ref = meetingRef(year, row.id);
    await db.jointMeeting.update({ where: { id: row.id }, data: { ref } });
    const itemIds: number[] = [];
    for (const [i, d] of s.disputes.entries()) {
      const item = await db.agendaItem.create({ data: { meetingId: row.id, order: i, disputeId: d.id, title: d.title, minutes: held ? d.item?.minutes ?? "" : "", outcome: held ? d.item?.outcome ?? null : null } });
      itemIds.push(item.id);
    }
    for (const [i, o] of (s.others ?? []).entries()) {
      await db.agendaItem.create({ data: { meetingId: row.id, order: s.disputes.length + i, title: o.title, minutes: held ? o.minutes ?? "" : "" } });
    }
    for (const [name, status, text] of s.invites) {
      await db.meetingInvitation.create({
        data: {
          meetingId: row.id, orgId: org(name), status, attendeeNames: status === "CONFIRMED" ? text ?? "" : "", declineReason: status === "DECLINED" ? text ?? "" : "",
          respondedAt: status === "PENDING" ? null : past(at(s.days - 2, "11:00")), respondedByName: status === "PENDING" ? "" : "联络员", createdAt: scheduledAt,
        },
      });
    }
    for (const [orgName, person, position, capacity] of s.attendance ?? []) {
      await db.attendance.create({ data: { meetingId: row.id, orgId: orgName ? org(orgName) : null, personName: person, position, capacity: capacity ?? "ATTENDING", signedAt: startsAt } });
    }
    const disputeIds = s.disputes.map((d) => d.id);
    for (const id of disputeIds) {
      await event(id, s.by, "scheduled", scheduledAt, { meetingId: row.id, meetingRef: ref, title: s.title, startsAt: startsAt.toISOString(), place: s.place, from: s.previousStatus ?? "PENDING_MEETING" });
      await event(id, s.by, "invited", scheduledAt, { meetingId: row.id, added: s.invites.map((i) => i[0]) });
    }
    const params = { convener: s.by.orgName, title: s.title, time: cityDateTimeLabel(startsAt), place: s.place };
    await notice(s.invites.map((i) => i[0]), "JointMeeting", row.id, "meetingInvited", params, scheduledAt, held || s.state === "CANCELLED");
    if (s.state === "CANCELLED") {
      for (const id of disputeIds) await event(id, s.by, "meetingCancelled", at(s.days - 1, "16:00"), { meetingId: row.id, meetingRef: ref, title: s.title }, s.cancelReason ?? "");
      await notice(s.invites.map((i) => i[0]), "JointMeeting", row.id, "meetingCancelled", { ...params, reason: s.cancelReason ?? "" }, at(s.days - 1, "16:00"));
    }
    if (held) for (const id of disputeIds) await event(id, s.by, "held", startsAt, { meetingId: row.id, meetingRef: ref, title: s.title });
    for (const [i, d] of s.disputes.entries()) {
      for (const r of d.item?.resolutions ?? []) {
        const doneAt = r.status === "DONE" || r.status === "CONFIRMED" ? past(at(Math.min(s.days + 3, -1), "15:00")) : null;
        const res = await db.resolution.create({
          data: {
            meetingId: row.id, agendaItemId: itemIds[i]!, disputeId: d.id, responsibleOrgId: org(r.to), description: r.text, dueDate: day(r.due), status: r.status,
            doneNote: doneAt ? r.note ?? "" : "", doneAt, confirmedAt: r.status === "CONFIRMED" ? past(at(Math.min(s.days + 4, 0), "10:00")) : null, createdAt: startsAt,
          },
        });
        const responsible = [...users.values()].find((u) => u.orgId === org(r.to));
        const actor: Who = responsible ? { userId: responsible.id, name: responsible.name, orgId: responsible.orgId, orgName: r.to } : { ...s.by, orgId: org(r.to), orgName: r.to };
        if (r.status === "IN_PROGRESS") await db.resolutionProgress.create({ data: { resolutionId: res.id, kind: "PROGRESS", note: r.note ?? "已部署，正在推进。", actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId, at: at(s.days + 2, "09:00") } });
        if (doneAt) {
          await db.resolutionProgress.create({ data: { resolutionId: res.id, kind: "DONE", note: r.note ?? "已完成。", actorUserId: actor.userId, actorName: actor.name, actorOrgId: actor.orgId, at: doneAt } });
          await event(d.id, actor, "resolutionDone", doneAt, { resolutionId: res.id, description: r.text, meetingId: row.id }, r.note ?? "");
          await notice([s.by.orgName], "Resolution", res.id, "resolutionDone", { title: s.title, description: r.text, org: r.to, note: r.note ?? "" }, doneAt, r.status === "CONFIRMED");
        }
        if (r.status === "CONFIRMED") {
          const confirmedAt = past(at(Math.min(s.days + 4, 0), "10:00"));
          await db.resolutionProgress.create({ data: { resolutionId: res.id, kind: "CONFIRMED", note: "", actorUserId: s.by.userId, actorName: s.by.name, actorOrgId: s.by.orgId, at: confirmedAt } });
          await event(d.id, s.by, "resolutionConfirmed", confirmedAt, { resolutionId: res.id, description: r.text, meetingId: row.id });
        }
        if (final) await notice([r.to], "Resolution", res.id, "resolutionAssigned", { convener: s.by.orgName, title: s.title, description: r.text, due: day(r.due) }, at(s.days, "17:30"), r.status !== "OPEN");
      }
    }
    if (final) {
      for (const d of s.disputes) await event(d.id, s.by, "outcome", at(s.days, "17:30"), { meetingId: row.id, meetingRef: ref, title: s.title, outcome: d.item?.outcome, level: s.level }, d.item?.minutes ?? "");
      await notice(s.invites.map((i) => i[0]), "JointMeeting", row.id, "minutesFinalized", { convener: s.by.orgName, title: s.title }, at(s.days, "17:30"), true);
      if (s.amendment) {
        await db.minutesAmendment.create({ data: { meetingId: row.id, agendaItemId: itemIds[0] ?? null, text: s.amendment, authorUserId: s.by.userId, authorName: s.by.name, authorOrgId: s.by.orgId, at: at(s.days + 1, "09:10") } });
        await notice(s.invites.map((i) => i[0]), "JointMeeting", row.id, "minutesAmended", { convener: s.by.orgName, title: s.title }, at(s.days + 1, "09:10"));
      }
    }
    return row.id;
  }

  async function escalate(d: { id: number; ref: string; title: string }, from: Who, to: string, reason: string, days: number, meetingId: number | null, fromLevel: DisputeLevel, toLevel: DisputeLevel, due: number, decision?: { by: Who; days: number; decision: "accept" | "return"; reason?: string }) {
    const createdAt = at(days, "16:30");
    const e = await db.escalation.create({
      data: {
        disputeId: d.id, fromLevel, toLevel, fromOrgId: from.orgId, toOrgId: org(to), meetingId, reason, dueDate: day(due), createdById: from.userId, createdByName: from.name, createdAt,
        status: decision ? (decision.decision === "accept" ? "ACCEPTED" : "RETURNED") : "PENDING",
        decidedAt: decision ? at(decision.days, "10:00") : null, decidedById: decision?.by.userId ?? null, decidedByName: decision?.by.name ?? "", returnReason: decision?.decision === "return" ? decision.reason ?? "" : "",
        version: decision ? 2 : 1,
      },
    });
    await event(d.id, from, "escalated", createdAt, { escalationId: e.id, fromLevel, toLevel, to, meetingId, dueDate: day(due) }, reason);
    await notice([to], "Dispute", d.id, "escalationReceived", { ref: d.ref, title: d.title, from: from.orgName, due: day(due) }, createdAt, Boolean(decision));
    if (decision) {
      await event(d.id, decision.by, decision.decision === "accept" ? "accepted" : "returned", at(decision.days, "10:00"), { escalationId: e.id, fromLevel, toLevel, from: from.orgName }, decision.reason ?? "");
      await notice([from.orgName], "Dispute", d.id, decision.decision === "accept" ? "escalationAccepted" : "escalationReturned", { ref: d.ref, title: d.title, by: to, reason: decision.reason ?? "" }, at(decision.days, "10:00"), decision.decision === "accept");
    }
    return e.id;
  }

  const streetClerk = as("street.clerk");
  const streetLeader = as("street.leader");
  const dacheng = as("street2.clerk");
  const zhaolin = as("zhaolin.clerk");
  const district = as("district.leader");
  const districtClerk = as("district.clerk");
  const daoli = as("daoli.leader");
  const bureau = as("bureau.leader");
  const bureauClerk = as("bureau.clerk");
  const HUAYUAN = "花园街道办事处";
  const NANGANG = "南岗区人民政府";
  const DAOLI = "道里区人民政府";
  const BUREAU = "哈尔滨市住房保障和房产管理局";
  const QUALITY = "哈尔滨市质量技术监督局";

  // 1. Cross-district (南岗区 and 道里区, both areas managed by 龙江物业): street → district → city, city meeting to come.
  const lift = await dispute({
    title: "龙江物业所管小区电梯停运及维修资金使用纠纷", urgency: "URGENT", by: streetClerk, level: "STREET", days: -40,
    description: "海城花园小区和兆麟公园小区共 6 部电梯自去年冬季起频繁停运，业主要求动用专项维修资金整体更换，龙江物业服务有限公司认为应由开发建设单位承担保修责任。两小区业主多次到街道反映，并有联名上访苗头。",
    parties: "海城花园小区业主委员会；兆麟公园小区业主代表；龙江物业服务有限公司",
    areas: ["海城花园小区", "兆麟公园小区"], units: [QUALITY, "南岗区物业管理办公室", "龙江物业服务有限公司"],
  });
  const liftStreet = await meeting({
    by: streetClerk, level: "STREET", title: "花园街道联席会议（电梯停运纠纷）", days: -33, from: "09:00", to: "11:30", place: "花园街道办事处三楼会议室", chair: "郭红（街道办事处主任）",
    disputes: [{ ...lift, item: { outcome: "UNRESOLVED", minutes: "质监部门通报了电梯年检情况，6 部电梯中 4 部存在主要部件老化问题。物业公司坚持由开发建设单位承担费用，业主委员会要求立即动用维修资金。各方未能达成一致，且涉及兆麟公园小区（道里区），需报请区政府协调。" } }],
    invites: [["海城社区居民委员会", "CONFIRMED", "唐磊（社区网格员）"], ["花园派出所", "CONFIRMED", "冯涛（社区民警）"], ["龙江物业服务有限公司", "CONFIRMED", "彭晓东（客服主管）"], ["海城花园小区业主委员会", "CONFIRMED", "曾凡（业主委员会主任）"], [QUALITY, "CONFIRMED", "周丽（科员）"], ["南岗区物业管理办公室", "CONFIRMED", "何磊（科员）"], ["兆麟派出所", "DECLINED", "当日警力另有任务，请会后通报情况"]],
    state: "FINAL", summary: "会议听取了海城社区和业主委员会关于电梯停运情况的汇报，质监、物业管理部门和物业公司分别发表意见。",
    attendance: [[HUAYUAN, "郭红", "街道办事处主任"], [HUAYUAN, "马丽", "城建科科员"], ["海城社区居民委员会", "唐磊", "社区网格员"], ["花园派出所", "冯涛", "社区民警"], ["龙江物业服务有限公司", "彭晓东", "客服主管"], ["海城花园小区业主委员会", "曾凡", "业主委员会主任"], [QUALITY, "周丽", "科员"], ["南岗区物业管理办公室", "何磊", "科员"], [null, "李淑华", "12号楼业主代表", "OBSERVING"]],
    amendment: "第一项“6 部电梯中 4 部”应为“6 部电梯中 5 部”，特此更正。",
  });
  await escalate(lift, streetClerk, NANGANG, "经街道联席会议协调，各方对维修资金使用和保修责任分歧较大，且涉及道里区兆麟公园小区，街道层面无法协调解决，特报请区政府召开区联席会议。", -31, liftStreet, "STREET", "DISTRICT", -24, { by: district, days: -29, decision: "accept", reason: "同意，由区政府召开联席会议。" });
  const liftDistrict = await meeting({
    by: districtClerk, level: "DISTRICT", title: "南岗区联席会议（电梯停运纠纷）", days: -20, from: "14:00", to: "16:30", place: "南岗区人民政府第二会议室", chair: "陈国华（副区长）",
    disputes: [{ ...lift, item: { outcome: "UNRESOLVED", minutes: "区物业管理办公室提出先行使用维修资金应急维修、再向开发建设单位追偿的方案，海城花园小区业主委员会同意，但兆麟公园小区属道里区管辖，本次会议无法作出决定。会议认为该纠纷跨区、涉及面广，报请市住房保障和房产管理局协调。" } }],
    invites: [[HUAYUAN, "CONFIRMED", "马丽（城建科科员）"], ["南岗区物业管理办公室", "CONFIRMED", "林静（主任）"], [QUALITY, "CONFIRMED", "孙志刚（处长）"]],
    state: "FINAL", previousStatus: "PENDING_MEETING",
    attendance: [[NANGANG, "陈国华", "副区长"], [NANGANG, "杨帆", "区政府办科员"], [HUAYUAN, "马丽", "城建科科员"], ["南岗区物业管理办公室", "林静", "主任"], [QUALITY, "孙志刚", "特种设备安全监察处处长"]],
  });
  await escalate(lift, district, BUREAU, "该纠纷涉及南岗区、道里区两区居住区和同一物业服务企业，经区联席会议协调仍未解决，属跨区重大疑难矛盾纠纷，报请市住房保障和房产管理局牵头协调。", -18, liftDistrict, "DISTRICT", "CITY", -11, { by: bureau, days: -16, decision: "accept" });
  await meeting({
    by: bureauClerk, level: "CITY", title: "哈尔滨市居住区矛盾纠纷联席会议", days: 3, from: "14:00", to: "16:30", place: "市住房保障和房产管理局五楼会议室", chair: "王建国（副局长）",
    disputes: [lift], others: [{ title: "通报全市电梯安全专项检查情况" }],
    invites: [[NANGANG, "CONFIRMED", "陈国华（副区长）"], [DAOLI, "PENDING"], [QUALITY, "CONFIRMED", "孙志刚（处长）、周丽（科员）"], ["哈尔滨市城乡建设委员会", "PENDING"]],
    state: "SCHEDULED", previousStatus: "PENDING_MEETING",
  });
  await setDispute(lift.id, { status: "SCHEDULED", level: "CITY", owner: BUREAU });

  // 2. Just registered at the street, awaiting its first meeting.
  await dispute({
    title: "海城花园小区12号楼顶层违建阳光房纠纷", by: streetClerk, level: "STREET", days: -2,
    description: "12号楼顶层住户搭建阳光房，下层住户反映漏水并影响房屋安全，双方多次协商未果，物业公司制止无效。",
    parties: "12号楼 1201 室住户；12号楼 1101 室住户；龙江物业服务有限公司",
    areas: ["海城花园小区"], units: ["哈尔滨市城市管理行政执法局", "龙江物业服务有限公司"],
  });

  // 3. A street meeting to come: some invitees confirmed, the heating company declined.
  const heating = await dispute({
    title: "红军街小区冬季供暖不热纠纷", urgency: "URGENT", by: streetClerk, level: "STREET", days: -6,
    description: "红军街小区 3 栋楼室温长期低于 16 摄氏度，居民拒交物业费，物业公司与供热单位相互推诿。",
    parties: "红军街小区居民代表；冰城物业管理有限公司；哈尔滨市热力服务中心（演示）",
    areas: ["红军街小区"], units: ["哈尔滨市热力服务中心（演示）", "南岗区物业管理办公室"],
  });
  await meeting({
    by: streetClerk, level: "STREET", title: "花园街道联席会议（供暖不热纠纷）", days: 1, from: "09:30", to: "11:00", place: "花园街道办事处三楼会议室", chair: "郭红（街道办事处主任）",
    disputes: [heating],
    invites: [["海城社区居民委员会", "CONFIRMED", "唐磊（社区网格员）"], ["花园派出所", "CONFIRMED", "冯涛（社区民警）"], ["冰城物业管理有限公司", "PENDING"], ["哈尔滨市热力服务中心（演示）", "DECLINED", "当日有管网抢修任务，已安排专人会后对接"], ["南岗区物业管理办公室", "PENDING"]],
    state: "SCHEDULED",
  });
  await setDispute(heating.id, { status: "SCHEDULED" });

  // 4. Partly resolved at a street meeting (minutes final, one resolution overdue): may be escalated.
  const garage = await dispute({
    title: "邮政家园地下车库渗水纠纷", by: streetClerk, level: "STREET", days: -14,
    description: "邮政家园地下车库雨季大面积渗水，车主要求物业公司赔偿并彻底维修，物业公司认为属建设工程质量问题。",
    parties: "邮政家园车主代表；邮政家园业主委员会；龙江物业服务有限公司",
    areas: ["邮政家园"], units: ["哈尔滨市城乡建设委员会", "龙江物业服务有限公司"],
  });
  await meeting({
    by: streetClerk, level: "STREET", title: "花园街道联席会议（车库渗水纠纷）", days: -6, from: "14:00", to: "16:00", place: "邮政街社区会议室", chair: "郭红（街道办事处主任）",
    disputes: [{ ...garage, item: { outcome: "PARTLY_RESOLVED", minutes: "物业公司同意先行封堵渗水点；赔偿问题和彻底维修的费用承担，建设部门认为需委托鉴定后确定，各方未达成一致。", resolutions: [{ to: "龙江物业服务有限公司", text: "对地下车库渗水点进行临时封堵并设置警示标志", due: -1, status: "OPEN" }] } }],
    invites: [["邮政街社区居民委员会", "CONFIRMED", "社区主任"], ["花园派出所", "CONFIRMED", "冯涛（社区民警）"], ["龙江物业服务有限公司", "CONFIRMED", "彭晓东（客服主管）"], ["邮政家园业主委员会", "CONFIRMED", "业委会主任"], ["哈尔滨市城乡建设委员会", "CONFIRMED", "质量科科员"]],
    state: "FINAL",
    attendance: [[HUAYUAN, "郭红", "街道办事处主任"], ["邮政街社区居民委员会", "王春燕", "社区主任"], ["花园派出所", "冯涛", "社区民警"], ["龙江物业服务有限公司", "彭晓东", "客服主管"], ["邮政家园业主委员会", "赵立新", "业主委员会主任"], ["哈尔滨市城乡建设委员会", "钱伟", "质量科科员"]],
    amendment: "出席人员中“赵立新”职务应为“业主委员会副主任”。",
  });
  await setDispute(garage.id, { status: "UNRESOLVED" });

  // 5. Escalated by another street to the district and waiting past its deadline.
  const fee = await dispute({
    title: "大成嘉园物业费调价争议", by: dacheng, level: "STREET", days: -20,
    description: "金河湾物业服务有限公司拟将物业费由每平方米 1.2 元上调至 1.6 元，多数业主反对，部分业主停缴物业费。",
    parties: "大成嘉园业主委员会；金河湾物业服务有限公司",
    areas: ["大成嘉园"], units: ["哈尔滨市物价监督管理局", "金河湾物业服务有限公司", "南岗区物业管理办公室"],
  });
  const feeMeeting = await meeting({
    by: dacheng, level: "STREET", title: "大成街道联席会议（物业费调价争议）", days: -12, from: "09:00", to: "11:00", place: "大成街道办事处会议室", chair: "大成街道办事处副主任",
    disputes: [{ ...fee, item: { outcome: "UNRESOLVED", minutes: "物价部门说明了物业服务收费政策，物业公司坚持调价，业主委员会要求先公开成本，双方未达成一致。" } }],
    invites: [["大成社区居民委员会", "CONFIRMED", "社区主任"], ["大成派出所", "CONFIRMED", "社区民警"], ["金河湾物业服务有限公司", "CONFIRMED", "项目经理"], ["大成嘉园业主委员会", "CONFIRMED", "业委会主任"], ["哈尔滨市物价监督管理局", "CONFIRMED", "收费科科员"]],
    state: "FINAL", attendance: [["大成街道办事处", "罗军", "城建科科员"], ["金河湾物业服务有限公司", "孙磊", "项目经理"], ["大成嘉园业主委员会", "周国庆", "业主委员会主任"], ["哈尔滨市物价监督管理局", "吴敏", "收费科科员"]],
  });
  await escalate(fee, dacheng, NANGANG, "物业费调价涉及全体业主利益，街道联席会议协调未果，部分业主已停缴物业费，矛盾有激化趋势，报请区政府协调。", -10, feeMeeting, "STREET", "DISTRICT", -3);
  await setDispute(fee.id, { status: "ESCALATED" });

  // 6. Returned by the district to the street with a reason.
  const storage = await dispute({
    title: "果戈里公寓楼道堆物消防隐患纠纷", by: streetClerk, level: "STREET", days: -18,
    description: "果戈里公寓多个单元楼道长期堆放杂物、停放电动自行车，部分住户拒不清理，存在消防隐患。",
    parties: "果戈里公寓部分住户；松江家园物业服务有限公司",
    areas: ["果戈里公寓"], units: ["哈尔滨市公安局", "松江家园物业服务有限公司"],
  });
  const storageMeeting = await meeting({
    by: streetClerk, level: "STREET", title: "花园街道联席会议（楼道堆物隐患）", days: -15, from: "15:00", to: "16:30", place: "邮政街社区会议室", chair: "郭红（街道办事处主任）",
    lead: 2,
    disputes: [{ ...storage, item: { outcome: "UNRESOLVED", minutes: "物业公司多次张贴清理通知无效，部分住户拒不配合，会议未能形成一致意见。" } }],
    invites: [["邮政街社区居民委员会", "CONFIRMED", "社区主任"], ["花园派出所", "CONFIRMED", "冯涛（社区民警）"], ["松江家园物业服务有限公司", "CONFIRMED", "项目经理"], ["哈尔滨市公安局", "DECLINED", "由辖区派出所参会"]],
    state: "FINAL", attendance: [[HUAYUAN, "马丽", "城建科科员"], ["花园派出所", "冯涛", "社区民警"], ["松江家园物业服务有限公司", "陈晨", "项目经理"]],
  });
  await escalate(storage, streetLeader, NANGANG, "部分住户拒不清理，街道协调无果，请区政府协调消防、公安部门联合处置。", -14, storageMeeting, "STREET", "DISTRICT", -7, {
    by: district, days: -12, decision: "return", reason: "楼道堆物属消防安全日常管理，请街道协调派出所和物业公司依法先行清理，派出所可依据消防法予以处置，暂不需区级联席会议协调。",
  });
  await setDispute(storage.id, { status: "RETURNED" });

  // 7. Settled at a street meeting in 道里区; resolutions carried out: one overdue, one done awaiting confirmation, one confirmed.
  const refuse = await dispute({
    title: "友谊花园垃圾清运不及时纠纷", by: zhaolin, level: "STREET", days: -16,
    description: "友谊花园垃圾清运车辆每两日进场一次，夏季异味严重，居民投诉集中。",
    parties: "友谊花园居民代表；北方恒泰物业管理有限公司",
    areas: ["友谊花园"], units: ["哈尔滨市城市管理局", "北方恒泰物业管理有限公司"],
  });
  await meeting({
    by: zhaolin, level: "STREET", title: "兆麟街道联席会议（垃圾清运）", days: -8, from: "09:00", to: "10:30", place: "兆麟街道办事处会议室", chair: "兆麟街道办事处主任",
    disputes: [{ ...refuse, item: { outcome: "RESOLVED", minutes: "经协商，物业公司同意增加清运频次，城管部门协调环卫车辆进出路线，社区组织垃圾分类宣传。", resolutions: [
      { to: "北方恒泰物业管理有限公司", text: "增加垃圾清运频次至每日两次", due: -2, status: "OPEN" },
      { to: "哈尔滨市城市管理局", text: "协调环卫车辆进出小区的路线和时间", due: 5, status: "DONE", note: "已与环卫公司确定每日 6 时、17 时两次进场。" },
      { to: "友谊社区居民委员会", text: "组织居民开展垃圾分类宣传", due: -3, status: "CONFIRMED", note: "已于周六开展宣传活动一次。" },
    ] } }],
    invites: [["友谊社区居民委员会", "CONFIRMED", "社区主任"], ["兆麟派出所", "CONFIRMED", "社区民警"], ["北方恒泰物业管理有限公司", "CONFIRMED", "项目经理"], ["友谊花园业主委员会", "CONFIRMED", "业委会主任"], ["哈尔滨市城市管理局", "CONFIRMED", "环卫处科员"]],
    state: "FINAL", attendance: [["兆麟街道办事处", "梁燕", "城建科科员"], ["北方恒泰物业管理有限公司", "刘强", "项目经理"], ["哈尔滨市城市管理局", "郑洁", "环卫处科员"], ["友谊社区居民委员会", "孙丽", "社区主任"]],
  });
  await setDispute(refuse.id, { status: "IMPLEMENTING" });

  // 8. Resolved at a district meeting after the street escalated it.
  const liftFee = await dispute({
    title: "邮政家园加装电梯费用分摊纠纷", by: streetClerk, level: "STREET", days: -70,
    description: "邮政家园 5 号楼拟加装电梯，低层住户反对分摊费用，高层住户申请使用维修资金未获全体同意。",
    parties: "邮政家园 5 号楼住户；邮政家园业主委员会",
    areas: ["邮政家园"], units: ["南岗区物业管理办公室", "哈尔滨市城乡建设委员会"],
  });
  const liftFeeStreet = await meeting({
    by: streetClerk, level: "STREET", title: "花园街道联席会议（加装电梯）", days: -60, from: "09:00", to: "11:00", place: "邮政街社区会议室", chair: "郭红（街道办事处主任）",
    disputes: [{ ...liftFee, item: { outcome: "UNRESOLVED", minutes: "高低层住户意见分歧较大，需区里明确维修资金使用政策。" } }],
    invites: [["邮政街社区居民委员会", "CONFIRMED", "社区主任"], ["邮政家园业主委员会", "CONFIRMED", "业委会主任"], ["南岗区物业管理办公室", "CONFIRMED", "科员"]],
    state: "FINAL", attendance: [[HUAYUAN, "马丽", "城建科科员"], ["邮政家园业主委员会", "赵立新", "业主委员会副主任"], ["南岗区物业管理办公室", "何磊", "科员"]],
  });
  await escalate(liftFee, streetClerk, NANGANG, "涉及维修资金使用政策，需区政府协调。", -58, liftFeeStreet, "STREET", "DISTRICT", -51, { by: district, days: -56, decision: "accept" });
  await meeting({
    by: districtClerk, level: "DISTRICT", title: "南岗区联席会议（加装电梯费用）", days: -45, from: "14:30", to: "16:00", place: "南岗区人民政府第二会议室", chair: "陈国华（副区长）",
    disputes: [{ ...liftFee, item: { outcome: "RESOLVED", minutes: "区物业管理办公室明确了既有住宅加装电梯使用维修资金的程序，低层住户同意按楼层系数分摊。", resolutions: [
      { to: "南岗区物业管理办公室", text: "指导业主委员会制定费用分摊方案并公示", due: -30, status: "CONFIRMED", note: "分摊方案已经业主大会表决通过并公示。" },
    ] } }],
    invites: [[HUAYUAN, "CONFIRMED", "马丽（城建科科员）"], ["南岗区物业管理办公室", "CONFIRMED", "林静（主任）"], ["哈尔滨市城乡建设委员会", "CONFIRMED", "科员"]],
    state: "FINAL", previousStatus: "PENDING_MEETING",
    attendance: [[NANGANG, "陈国华", "副区长"], [HUAYUAN, "马丽", "城建科科员"], ["南岗区物业管理办公室", "林静", "主任"]],
  });
  await event(liftFee.id, district, "resolved", at(-41, "10:00"), {});
  await setDispute(liftFee.id, { status: "RESOLVED", level: "DISTRICT", owner: NANGANG, resolvedAt: at(-41, "10:00") });

  // 9. A cancelled street meeting, rescheduled to a new one.
  const billboard = await dispute({
    title: "中央大街公寓外墙广告牌安全隐患纠纷", by: zhaolin, level: "STREET", days: -10,
    description: "中央大街公寓外墙大型广告牌锈蚀松动，业主要求拆除，广告经营者以合同未到期为由拒绝。",
    parties: "中央大街公寓业主；广告经营者；北方恒泰物业管理有限公司",
    areas: ["中央大街公寓"], units: ["哈尔滨市城市管理局", "哈尔滨市城市管理行政执法局"],
  });
  await meeting({
    by: zhaolin, level: "STREET", title: "兆麟街道联席会议（广告牌隐患）", days: -4, from: "09:00", to: "10:30", place: "兆麟街道办事处会议室", chair: "兆麟街道办事处主任",
    disputes: [billboard], invites: [["兆麟社区居民委员会", "CONFIRMED", "社区主任"], ["北方恒泰物业管理有限公司", "PENDING"], ["哈尔滨市城市管理局", "PENDING"]],
    state: "CANCELLED", cancelReason: "广告经营者未能到会，另行安排。",
  });
  await meeting({
    by: zhaolin, level: "STREET", title: "兆麟街道联席会议（广告牌隐患）", days: 5, from: "09:00", to: "10:30", place: "兆麟街道办事处会议室", chair: "兆麟街道办事处主任",
    disputes: [billboard], invites: [["兆麟社区居民委员会", "PENDING"], ["北方恒泰物业管理有限公司", "PENDING"], ["哈尔滨市城市管理局", "CONFIRMED", "广告管理科科员"], ["哈尔滨市城市管理行政执法局", "PENDING"]],
    state: "SCHEDULED",
  });
  await setDispute(billboard.id, { status: "SCHEDULED" });

  // 10. A meeting held today whose minutes are still a draft.
  const water = await dispute({
    title: "建设小区二次供水水质纠纷", by: dacheng, level: "STREET", days: -9,
    description: "建设小区二次供水水箱清洗不及时，居民反映水有异味，要求检测并更换供水设备。",
    parties: "建设小区居民代表；冰城物业管理有限公司",
    areas: ["建设小区"], units: ["哈尔滨市卫生局", "哈尔滨市供排水服务中心（演示）"],
  });
  await meeting({
    by: dacheng, level: "STREET", title: "大成街道联席会议（二次供水）", days: 0, from: "08:30", to: "09:30", place: "大成社区会议室", chair: "大成街道办事处副主任",
    disputes: [{ ...water, item: { minutes: "卫生部门已取样送检，" } }],
    invites: [["大成社区居民委员会", "CONFIRMED", "社区主任"], ["冰城物业管理有限公司", "CONFIRMED", "项目经理"], ["哈尔滨市卫生局", "CONFIRMED", "卫生监督员"], ["哈尔滨市供排水服务中心（演示）", "CONFIRMED", "调度员"]],
    state: "HELD_DRAFT", attendance: [["大成街道办事处", "罗军", "城建科科员"], ["哈尔滨市卫生局", "高峰", "卫生监督员"]],
  });
  await setDispute(water.id, { status: "SCHEDULED" });

  // 11. Registered by a district government at district level, its meeting to come.
  const passage = await dispute({
    title: "新阳嘉苑与安顺小区之间消防通道占用纠纷", by: daoli, level: "DISTRICT", days: -5,
    description: "两小区之间的消防通道被安顺小区一侧设置停车位占用，新阳嘉苑业主要求恢复通行，两个物业公司各执一词。",
    parties: "新阳嘉苑业主委员会；松江家园物业服务有限公司；冰城物业管理有限公司",
    areas: ["新阳嘉苑", "安顺小区"], units: ["道里区物业管理办公室", "哈尔滨市公安局", "哈尔滨市城市管理行政执法局"],
  });
  await meeting({
    by: daoli, level: "DISTRICT", title: "道里区联席会议（消防通道占用）", days: 7, from: "14:00", to: "15:30", place: "道里区人民政府会议室", chair: "黄卫东（副区长）",
    disputes: [passage], invites: [["新阳路街道办事处", "CONFIRMED", "城建科科员"], ["道里区物业管理办公室", "CONFIRMED", "主任"], ["哈尔滨市公安局", "PENDING"], ["哈尔滨市城市管理行政执法局", "PENDING"]],
    state: "SCHEDULED",
  });
  await setDispute(passage.id, { status: "SCHEDULED" });

  // 12. Cross-district from the start: the district reported it straight to the city, which settled it.
  const service = await dispute({
    title: "冰城物业跨区服务质量问题集中纠纷", by: as("district.clerk"), level: "DISTRICT", days: -38,
    description: "冰城物业管理有限公司在南岗、道里、道外三区管理的多个小区集中出现保洁、秩序维护不到位问题，业主联名要求解聘。",
    parties: "红军街小区、安顺小区、北十四道小区业主代表；冰城物业管理有限公司",
    areas: ["红军街小区", "安顺小区", "北十四道小区"], units: ["南岗区物业管理办公室", "道里区物业管理办公室", "道外区物业管理办公室"],
  });
  await escalate(service, as("district.clerk"), BUREAU, "该纠纷涉及三个区的居住区和同一物业服务企业，属跨区重大矛盾纠纷，报请市住房保障和房产管理局牵头协调。", -35, null, "DISTRICT", "CITY", -28, { by: bureau, days: -33, decision: "accept" });
  await meeting({
    by: bureauClerk, level: "CITY", title: "哈尔滨市居住区矛盾纠纷联席会议（物业服务质量）", days: -28, from: "09:00", to: "11:30", place: "市住房保障和房产管理局五楼会议室", chair: "王建国（副局长）",
    disputes: [{ ...service, item: { outcome: "RESOLVED", minutes: "冰城物业管理有限公司作出整改承诺，各区物业管理办公室负责督促落实，整改期满后组织业主评议。", resolutions: [
      { to: "冰城物业管理有限公司", text: "制定并公示服务质量整改方案", due: -20, status: "CONFIRMED", note: "整改方案已在三个小区公示。" },
      { to: "南岗区物业管理办公室", text: "督促红军街小区整改落实并组织业主评议", due: 10, status: "IN_PROGRESS", note: "已开展第一次督查。" },
    ] } }],
    invites: [[NANGANG, "CONFIRMED", "陈国华（副区长）"], [DAOLI, "CONFIRMED", "黄卫东（副区长）"], ["道外区人民政府", "CONFIRMED", "副区长"], ["南岗区物业管理办公室", "CONFIRMED", "林静（主任）"]],
    state: "FINAL", previousStatus: "PENDING_MEETING",
    attendance: [[BUREAU, "王建国", "副局长"], [BUREAU, "刘敏", "物业管理处科员"], [NANGANG, "陈国华", "副区长"], [DAOLI, "黄卫东", "副区长"], ["道外区人民政府", "韩立", "副区长"], ["南岗区物业管理办公室", "林静", "主任"], ["冰城物业管理有限公司", "冯海", "总经理", "OBSERVING"]],
  });
  await setDispute(service.id, { status: "IMPLEMENTING", level: "CITY", owner: BUREAU });

  const byTime = <T,>(key: (x: T) => Date) => (a: T, b: T) => key(a).getTime() - key(b).getTime();
  await db.disputeEvent.createMany({ data: events.sort(byTime((e) => e.at)) });
  await db.notification.createMany({ data: notices.sort(byTime((n) => n.createdAt)) });
}
