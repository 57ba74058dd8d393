// The three-tier chain at the data layer, on the seeded test database: who sees what at each
// step, which transitions are refused, and that a refused step writes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, cityDate, parseCityDateTime } from "@/lib/domain/dates";
import { actorFor, idOf } from "@/lib/testing/actors";
import { canSeeDispute, createDispute, disputeActionsFor, getDispute, listDisputes } from "@/lib/data/disputes";
import { decideEscalation, escalateDispute } from "@/lib/data/escalations";
import { addAmendment, addResolution, findOverlaps, getMeeting, holdMeeting, respondToInvitation, saveAttendance, saveMinutes, scheduleMeeting, scheduleOptions } from "@/lib/data/meetings";
import { actOnResolution, getResolution } from "@/lib/data/resolutions";
import { jointMeetingInbox } from "@/lib/data/joint-meeting-inbox";

// Well after the demo city's meetings, so overlaps are only the ones this test makes.
const tomorrow = addDays(cityDate(new Date()), 30);
const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;
const slot = (h: number) => ({
  date: tomorrow, startTime: hh(h), endTime: hh(h + 2),
  startsAt: parseCityDateTime(`${tomorrow}T${hh(h)}`)!, endsAt: parseCityDateTime(`${tomorrow}T${hh(h + 2)}`)!,
});

async function version(id: number) {
  return (await db.dispute.findUniqueOrThrow({ where: { id } })).version;
}
async function meetingVersion(id: number) {
  return (await db.jointMeeting.findUniqueOrThrow({ where: { id } })).version;
}

/** The meeting's time has come (set as if it were scheduled to start in five minutes). */
async function timeReached(meetingId: number) {
  const startsAt = new Date(Date.now() + 5 * 60_000);
  await db.jointMeeting.update({ where: { id: meetingId }, data: { startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) } });
}

async function holdAndFinalize(convener: string, meetingId: number, outcome: "RESOLVED" | "UNRESOLVED" | "PARTLY_RESOLVED") {
  const actor = await actorFor(convener);
  await timeReached(meetingId);
  await holdMeeting(actor, meetingId, { version: await meetingVersion(meetingId) });
  await saveAttendance(actor, meetingId, { rows: [{ orgId: actor.orgId, personName: actor.name, position: "", capacity: "ATTENDING" }], version: await meetingVersion(meetingId) });
  const items = (await db.agendaItem.findMany({ where: { meetingId }, orderBy: { order: "asc" } })).map((a) => ({ id: a.id, title: a.title, minutes: "经协商……", outcome: a.disputeId ? outcome : null }));
  await saveMinutes(actor, meetingId, { summary: "", items, finalize: true, version: await meetingVersion(meetingId) });
}

describe("joint meetings: the three tiers", () => {
  it("walks a cross-district dispute from the street to the city and back to resolved, with scopes holding at every step", async () => {
    const clerk = await actorFor("street.clerk");
    const haicheng = await idOf("residentialArea", "海城花园小区");
    const zhaolinArea = await idOf("residentialArea", "兆麟公园小区");
    const quality = await idOf("organisation", "哈尔滨市质量技术监督局");
    const enforcement = await idOf("organisation", "哈尔滨市城市管理行政执法局");

    // A street may name an area elsewhere, but at least one must be its own.
    await expect(createDispute(clerk, { title: "t", description: "d", parties: "", urgency: "NORMAL", areaIds: [zhaolinArea], unitIds: [] })).rejects.toMatchObject({
      code: "validation", fieldErrors: { areaIds: ["meeting.areaOutsideScope"] },
    });

    const id = await createDispute(clerk, { title: "电梯停运与地下车库渗水纠纷", description: "两个小区业主与物业公司就维修资金使用发生纠纷", parties: "业主委员会；龙江物业", urgency: "URGENT", areaIds: [haicheng, zhaolinArea], unitIds: [quality, enforcement] });
    // A cross-district dispute: the other district's government is told.
    const daoli = await idOf("organisation", "道里区人民政府");
    expect(await db.notification.count({ where: { orgId: daoli, entityType: "Dispute", entityId: id, message: "disputeCrossDistrict" } })).toBe(1);
    expect(await db.notification.count({ where: { orgId: await idOf("organisation", "南岗区人民政府"), entityType: "Dispute", entityId: id, message: "disputeCrossDistrict" } })).toBe(0);
    const created = await db.dispute.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ level: "STREET", status: "PENDING_MEETING", ownerOrgId: clerk.orgId, crossDistrict: true });
    expect(created.ref).toMatch(/^JF-\d{4}-\d{5}$/);

    const sees = async (username: string) => canSeeDispute(await actorFor(username), id);
    expect(await sees("street.clerk")).toBe(true);
    expect(await sees("zhaolin.clerk")).toBe(true); // its street has one of the areas
    expect(await sees("district.clerk")).toBe(true);
    expect(await sees("daoli.leader")).toBe(true);
    expect(await sees("bureau.clerk")).toBe(true);
    expect(await sees("dept.clerk")).toBe(true); // a unit involved
    expect(await sees("street2.clerk")).toBe(false);
    expect(await sees("police.clerk")).toBe(false); // not invited yet
    expect(await sees("utility.clerk")).toBe(false);
    expect(await sees("admin")).toBe(false);
    await expect(getDispute(await actorFor("street2.clerk"), id)).rejects.toMatchObject({ code: "notFound" });
    expect((await listDisputes(await actorFor("street2.clerk"), { q: "电梯停运与地下车库" }, { size: 10 })).rows).toEqual([]);

    // The policy's invitation list for a street meeting.
    const options = await scheduleOptions(clerk);
    const mine = options.disputes.find((d) => d.id === id)!;
    const invited = new Set(mine.invitees.map((i) => i.orgId));
    for (const name of ["海城社区居民委员会", "花园派出所", "龙江物业服务有限公司", "海城花园小区业主委员会", "哈尔滨市质量技术监督局", "兆麟派出所"]) {
      expect(invited.has(await idOf("organisation", name)), name).toBe(true);
    }
    const police = await actorFor("police.clerk");
    const company = await actorFor("company.clerk");
    const meetingId = await scheduleMeeting(clerk, { ...slot(9), title: "花园街道联席会议", place: "街道三楼会议室", chair: "郭红", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [...invited] });
    expect(await sees("police.clerk")).toBe(true);
    expect((await getMeeting(police, meetingId)).title).toBe("花园街道联席会议");
    await expect(getMeeting(await actorFor("street2.clerk"), meetingId)).rejects.toMatchObject({ code: "notFound" });
    expect((await jointMeetingInbox(police))!.invitations.some((i) => i.meetingId === meetingId)).toBe(true);

    // Overlap warnings: one per other meeting, each busy unit named once; the other meeting's
    // title only for those who may open it (its convener and time otherwise).
    const overlaps = await findOverlaps(await actorFor("street2.clerk"), { ...slot(10), orgIds: [police.orgId, police.orgId, company.orgId] });
    expect(overlaps).toEqual([expect.objectContaining({ meetingId, title: null, convenerName: "花园街道办事处" })]);
    expect(overlaps[0]!.orgNames.sort()).toEqual(["花园派出所", "龙江物业服务有限公司"].sort());
    expect((await findOverlaps(clerk, { ...slot(10), orgIds: [police.orgId] }))[0]).toMatchObject({ meetingId, title: expect.any(String) });

    await respondToInvitation(police, meetingId, { response: "CONFIRM", attendeeNames: "冯涛", declineReason: "" });
    await respondToInvitation(company, meetingId, { response: "CONFIRM", attendeeNames: "彭晓东", declineReason: "" });
    await expect(respondToInvitation(await actorFor("street2.clerk"), meetingId, { response: "CONFIRM", attendeeNames: "x", declineReason: "" })).rejects.toMatchObject({ code: "notFound" });

    // Not yet: the street meeting has not finalized anything.
    await expect(escalateDispute(clerk, id, { toLevel: "DISTRICT", reason: "r", version: await version(id) })).rejects.toMatchObject({ code: "transition.disputeNotUnresolved" });

    // Finalizing with empty minutes is refused and writes nothing.
    // Not before its time.
    await expect(holdMeeting(clerk, meetingId, { version: await meetingVersion(meetingId) })).rejects.toMatchObject({ code: "transition.meetingNotStarted" });
    await timeReached(meetingId);
    await holdMeeting(clerk, meetingId, { version: await meetingVersion(meetingId) });
    const items = await db.agendaItem.findMany({ where: { meetingId } });
    const before = JSON.stringify(await db.agendaItem.findMany({ where: { meetingId } }));
    await expect(saveMinutes(clerk, meetingId, { summary: "x", items: items.map((a) => ({ id: a.id, title: a.title, minutes: "写了但不定稿", outcome: null })), finalize: true, version: await meetingVersion(meetingId) })).rejects.toMatchObject({
      code: "validation", fieldErrors: { "items.0.outcome": ["meeting.outcomeRequired"], attendance: ["meeting.attendanceRequired"] },
    });
    expect(JSON.stringify(await db.agendaItem.findMany({ where: { meetingId } }))).toBe(before);
    expect((await db.jointMeeting.findUniqueOrThrow({ where: { id: meetingId } })).summary).toBe("");

    await saveAttendance(clerk, meetingId, { rows: [{ orgId: police.orgId, personName: "冯涛", position: "社区民警", capacity: "ATTENDING" }], version: await meetingVersion(meetingId) });
    await saveMinutes(clerk, meetingId, { summary: "", items: items.map((a) => ({ id: a.id, title: a.title, minutes: "各方未达成一致", outcome: "UNRESOLVED" })), finalize: true, version: await meetingVersion(meetingId) });
    expect((await db.dispute.findUniqueOrThrow({ where: { id } })).status).toBe("UNRESOLVED");
    await expect(saveMinutes(clerk, meetingId, { summary: "", items: [], finalize: false, version: await meetingVersion(meetingId) })).rejects.toMatchObject({ code: "transition.minutesFinal" });
    await addAmendment(clerk, meetingId, { text: "更正：冯涛职务为社区民警", agendaItemId: null });

    // A street may not skip the district; it reports to its district government.
    await expect(escalateDispute(clerk, id, { toLevel: "CITY", reason: "r", version: await version(id) })).rejects.toMatchObject({ code: "transition.cannotSkipDistrict" });
    const toDistrict = await escalateDispute(clerk, id, { toLevel: "DISTRICT", reason: "街道层面无法协调", version: await version(id) });
    const escalation = await db.escalation.findUniqueOrThrow({ where: { id: toDistrict } });
    expect(escalation.toOrgId).toBe(await idOf("organisation", "南岗区人民政府"));
    expect(escalation.meetingId).toBe(meetingId);
    expect(escalation.dueDate > cityDate(new Date())).toBe(true);

    // A clerk prepares; the leader decides.
    await expect(decideEscalation(await actorFor("district.clerk"), toDistrict, { decision: "accept", reason: "", version: 1 })).rejects.toMatchObject({ code: "transition.leaderOnly" });
    await expect(decideEscalation(await actorFor("daoli.leader"), toDistrict, { decision: "accept", reason: "", version: 1 })).rejects.toMatchObject({ code: "transition.notReceiver" });
    const district = await actorFor("district.leader");
    await decideEscalation(district, toDistrict, { decision: "accept", reason: "同意", version: 1 });
    expect(await db.dispute.findUniqueOrThrow({ where: { id } })).toMatchObject({ level: "DISTRICT", ownerOrgId: district.orgId, status: "PENDING_MEETING" });
    expect((await disputeActionsFor(district, await db.dispute.findUniqueOrThrow({ where: { id } }))).escalateTo).toBe("CITY"); // cross-district: straight to the city is allowed

    // The district meets; still unresolved; it reports to the city.
    const districtMeeting = await scheduleMeeting(district, { ...slot(14), title: "南岗区联席会议", place: "区政府", chair: "陈国华", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [clerk.orgId] });
    expect((await getMeeting(await actorFor("street.clerk"), districtMeeting)).level).toBe("DISTRICT");
    await holdAndFinalize("district.leader", districtMeeting, "UNRESOLVED");
    const toCity = await escalateDispute(district, id, { toLevel: "CITY", reason: "跨区，需市级协调", version: await version(id) });
    const bureau = await actorFor("bureau.leader");
    await decideEscalation(bureau, toCity, { decision: "accept", reason: "", version: 1 });
    expect(await db.dispute.findUniqueOrThrow({ where: { id } })).toMatchObject({ level: "CITY", status: "PENDING_MEETING" });

    // The city settles it with two resolutions; it resolves once both are confirmed.
    const cityMeeting = await scheduleMeeting(bureau, { ...slot(15), title: "市联席会议", place: "市住房保障和房产管理局", chair: "王建国", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [district.orgId, (await actorFor("daoli.leader")).orgId, quality] });
    await timeReached(cityMeeting);
    await holdMeeting(bureau, cityMeeting, { version: await meetingVersion(cityMeeting) });
    const cityItem = await db.agendaItem.findFirstOrThrow({ where: { meetingId: cityMeeting } });
    const r1 = await addResolution(bureau, cityMeeting, { description: "电梯检验", responsibleOrgId: quality, dueDate: addDays(cityDate(new Date()), 10), agendaItemId: cityItem.id });
    const r2 = await addResolution(bureau, cityMeeting, { description: "维修车库", responsibleOrgId: company.orgId, dueDate: addDays(cityDate(new Date()), 20), agendaItemId: cityItem.id });
    await saveAttendance(bureau, cityMeeting, { rows: [{ orgId: quality, personName: "周丽", position: "科员", capacity: "ATTENDING" }], version: await meetingVersion(cityMeeting) });
    await saveMinutes(bureau, cityMeeting, { summary: "", items: [{ id: cityItem.id, title: cityItem.title, minutes: "议定如下", outcome: "RESOLVED" }], finalize: true, version: await meetingVersion(cityMeeting) });
    expect((await db.dispute.findUniqueOrThrow({ where: { id } })).status).toBe("IMPLEMENTING");

    // The property company sees its resolution (and so the dispute and meeting), not others' work.
    const dept = await actorFor("dept.clerk");
    expect((await getResolution(company, r2)).description).toBe("维修车库");
    expect((await jointMeetingInbox(company))!.myResolutions.some((r) => r.id === r2)).toBe(true);
    await expect(actOnResolution(company, r1, { action: "markDone", note: "x", version: 1 })).rejects.toMatchObject({ code: "transition.notResponsible" });
    await actOnResolution(dept, r1, { action: "markDone", note: "已检验", version: 1 });
    await actOnResolution(company, r2, { action: "markDone", note: "已维修", version: 1 });
    await actOnResolution(bureau, r1, { action: "confirm", note: "", version: 2 });
    expect((await db.dispute.findUniqueOrThrow({ where: { id } })).status).toBe("IMPLEMENTING");
    await actOnResolution(bureau, r2, { action: "reopen", note: "未彻底解决", version: 2 });
    await actOnResolution(company, r2, { action: "markDone", note: "已彻底维修", version: 3 });
    await actOnResolution(bureau, r2, { action: "confirm", note: "", version: 4 });
    const done = await db.dispute.findUniqueOrThrow({ where: { id } });
    expect(done.status).toBe("RESOLVED");
    expect(done.resolvedAt).not.toBeNull();

    const types = (await db.disputeEvent.findMany({ where: { disputeId: id }, orderBy: { id: "asc" } })).map((e) => e.type);
    for (const t of ["created", "scheduled", "invited", "held", "outcome", "escalated", "accepted", "resolutionDone", "resolutionConfirmed", "resolutionReopened", "resolved"]) expect(types, t).toContain(t);
  });

  it("a returned escalation goes back with its reason, and may not be re-escalated without another meeting", async () => {
    const clerk = await actorFor("street.clerk");
    const id = await createDispute(clerk, { title: "退回测试纠纷", description: "d", parties: "", urgency: "NORMAL", areaIds: [await idOf("residentialArea", "邮政家园")], unitIds: [] });
    const meetingId = await scheduleMeeting(clerk, { ...slot(18), title: "退回测试会议", place: "p", chair: "c", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [await idOf("organisation", "花园派出所")] });
    await holdAndFinalize("street.clerk", meetingId, "PARTLY_RESOLVED");
    const escalationId = await escalateDispute(clerk, id, { toLevel: "DISTRICT", reason: "部分解决", version: await version(id) });
    await expect(decideEscalation(await actorFor("district.leader"), escalationId, { decision: "return", reason: "", version: 1 })).resolves.toBeUndefined();
    const returned = await db.dispute.findUniqueOrThrow({ where: { id } });
    expect(returned).toMatchObject({ status: "RETURNED", level: "STREET", ownerOrgId: clerk.orgId });
    await expect(escalateDispute(clerk, id, { toLevel: "DISTRICT", reason: "again", version: returned.version })).rejects.toMatchObject({ code: "transition.returnedNeedsMeeting" });
    expect((await jointMeetingInbox(clerk))!.returned.some((d) => d.id === id)).toBe(true);
    await expect(decideEscalation(await actorFor("district.leader"), escalationId, { decision: "accept", reason: "", version: 2 })).rejects.toMatchObject({ code: "transition.escalationNotPending" });
  });

  it("finalizing a dispute as resolved with no resolution needs the convener's confirmation; then it is settled and has no running deadline", async () => {
    const clerk = await actorFor("street.clerk");
    const id = await createDispute(clerk, { title: "无议定事项测试纠纷", description: "d", parties: "", urgency: "NORMAL", areaIds: [await idOf("residentialArea", "邮政家园")], unitIds: [] });
    expect((await db.dispute.findUniqueOrThrow({ where: { id } })).currentDueDate).not.toBeNull();
    const meetingId = await scheduleMeeting(clerk, { ...slot(19), title: "无议定事项测试会议", place: "p", chair: "c", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [await idOf("organisation", "花园派出所")] });
    // Scheduled: the minutes are due a few working days after the meeting.
    const scheduled = await db.dispute.findUniqueOrThrow({ where: { id } });
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.currentDueDate! > tomorrow).toBe(true);
    await timeReached(meetingId);
    await holdMeeting(clerk, meetingId, { version: await meetingVersion(meetingId) });
    await saveAttendance(clerk, meetingId, { rows: [{ orgId: clerk.orgId, personName: clerk.name, position: "", capacity: "ATTENDING" }], version: await meetingVersion(meetingId) });
    const items = (await db.agendaItem.findMany({ where: { meetingId } })).map((a) => ({ id: a.id, title: a.title, minutes: "当场化解", outcome: "RESOLVED" as const }));
    await expect(saveMinutes(clerk, meetingId, { summary: "", items, finalize: true, version: await meetingVersion(meetingId) })).rejects.toMatchObject({
      code: "validation", fieldErrors: { "items.0.outcome": ["meeting.resolvedWithoutResolutions"] },
    });
    expect((await db.dispute.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    await saveMinutes(clerk, meetingId, { summary: "", items, finalize: true, confirmNoResolutions: true, version: await meetingVersion(meetingId) });
    expect(await db.dispute.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RESOLVED", currentDueDate: null });
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const clerk = await actorFor("street.clerk");
    const id = await createDispute(clerk, { title: "并发测试纠纷", description: "d", parties: "", urgency: "NORMAL", areaIds: [await idOf("residentialArea", "果戈里公寓")], unitIds: [] });
    const meetingId = await scheduleMeeting(clerk, { ...slot(20), title: "并发测试会议", place: "p", chair: "c", disputeIds: [id], otherItems: "", otherItemTitles: [], inviteeIds: [await idOf("organisation", "花园派出所")] });
    await timeReached(meetingId);
    await holdMeeting(clerk, meetingId, { version: 1 });
    const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId } });
    await saveMinutes(clerk, meetingId, { summary: "第一个人", items: [{ id: item.id, title: item.title, minutes: "甲", outcome: null }], finalize: false, version: 2 });
    await expect(saveMinutes(clerk, meetingId, { summary: "第二个人", items: [{ id: item.id, title: item.title, minutes: "乙", outcome: null }], finalize: false, version: 2 })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.jointMeeting.findUniqueOrThrow({ where: { id: meetingId } })).summary).toBe("第一个人");
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).minutes).toBe("甲");
  });

  it("the timeline is append-only", async () => {
    const event = await db.disputeEvent.findFirstOrThrow();
    await expect(db.disputeEvent.update({ where: { id: event.id }, data: { note: "x" } })).rejects.toThrow();
    await expect(db.disputeEvent.delete({ where: { id: event.id } })).rejects.toThrow();
  });
});
