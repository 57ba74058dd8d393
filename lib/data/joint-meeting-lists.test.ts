// The joint-meeting lists as their users see them, on the seeded test database: a meeting under
// way is still upcoming (the lists bound the start time by the longest meeting allowed), one just
// ended is past; a convener's lists and inbox hold the resolutions of its finalized meetings only,
// and another street sees none of it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, cityDate } from "@/lib/domain/dates";
import { MAX_MEETING_MINUTES } from "@/lib/domain/meeting";
import { actorFor } from "@/lib/testing/actors";
import { jointMeetingInbox } from "@/lib/data/joint-meeting-inbox";
import { feedIcs } from "@/lib/data/calendar-feeds";
import { listMeetings, meetingsBetween } from "@/lib/data/meetings";
import { listResolutions } from "@/lib/data/resolutions";

const HOUR = 3_600_000;
const labels = { description: () => "", calName: (org: string) => org };

async function meeting(convener: { orgId: number; userId: number; districtId: number | null }, title: string, startsAt: Date, endsAt: Date, state: { status: string; minutesStatus: string }) {
  const m = await db.jointMeeting.create({
    data: {
      ref: `LX-T-${title}`, level: "STREET", convenerOrgId: convener.orgId, districtId: convener.districtId, title, startsAt, endsAt,
      place: "街道会议室", chair: "测试", createdById: convener.userId, ...state,
    },
  });
  return m.id;
}

describe("joint-meeting lists", () => {
  it("keep a meeting under way among the upcoming ones until it ends, with its invitee's inbox and the calendar", async () => {
    const clerk = await actorFor("street.clerk");
    const police = await actorFor("police.clerk");
    const now = Date.now();
    // As long as a meeting may last, and ending within the hour.
    const underWay = await meeting(clerk, "进行中的联席会议", new Date(now + HOUR - MAX_MEETING_MINUTES * 60_000), new Date(now + HOUR), { status: "SCHEDULED", minutesStatus: "DRAFT" });
    const ended = await meeting(clerk, "刚结束的联席会议", new Date(now - 3 * HOUR), new Date(now - 60_000), { status: "SCHEDULED", minutesStatus: "DRAFT" });
    await db.meetingInvitation.createMany({ data: [underWay, ended].map((meetingId) => ({ meetingId, orgId: police.orgId })) });

    const ids = async (when: "upcoming" | "past") => (await listMeetings(clerk, { when }, { size: 500 })).rows.map((m) => m.id);
    expect(await ids("upcoming")).toContain(underWay);
    expect(await ids("upcoming")).not.toContain(ended);
    expect(await ids("past")).toContain(ended);
    expect(await ids("past")).not.toContain(underWay);

    const invited = (await jointMeetingInbox(police))!.invitations.map((i) => i.meeting.id);
    expect(invited).toContain(underWay);
    expect(invited).not.toContain(ended);

    // The week from now shows the meeting that began before it; the one that ended does not.
    const week = (await meetingsBetween(clerk, new Date(now), new Date(now + 7 * 24 * HOUR))).map((m) => m.id);
    expect(week).toContain(underWay);
    expect(week).not.toContain(ended);

    const token = "joint-meeting-lists-feed-token-0001";
    await db.calendarFeed.upsert({ where: { orgId: police.orgId }, create: { orgId: police.orgId, token }, update: { token } });
    const feed = (await feedIcs(token, labels))!;
    expect(feed).toContain(`UID:joint-meeting-${underWay}@liandong`);
    expect(feed).toContain(`UID:joint-meeting-${ended}@liandong`);
  });

  it("filter by part of an organisation's name: meetings that organisation convened or was invited to", async () => {
    const clerk = await actorFor("street.clerk");
    const police = await actorFor("police.clerk");
    const now = Date.now();
    const invitedPolice = await meeting(clerk, "按单位名称筛选-邀请派出所", new Date(now - 5 * HOUR), new Date(now - 4 * HOUR), { status: "HELD", minutesStatus: "DRAFT" });
    const alone = await meeting(clerk, "按单位名称筛选-未邀请", new Date(now - 5 * HOUR), new Date(now - 4 * HOUR), { status: "HELD", minutesStatus: "DRAFT" });
    await db.meetingInvitation.create({ data: { meetingId: invitedPolice, orgId: police.orgId } });

    const ids = async (unit: string) => (await listMeetings(clerk, { when: "past", unit }, { size: 500 })).rows.map((m) => m.id);
    const byPolice = await ids(police.orgName.slice(-4));
    expect(byPolice).toContain(invitedPolice);
    expect(byPolice).not.toContain(alone);
    expect(await ids(clerk.orgName)).toEqual(expect.arrayContaining([invitedPolice, alone]));
    expect(await ids("没有这样的单位名称")).toEqual([]);
  });

  it("list a convener's resolutions of finalized minutes only, in its lists and its inbox, and nowhere for another street", async () => {
    const clerk = await actorFor("street.clerk");
    const police = await actorFor("police.clerk");
    const other = await actorFor("street2.clerk");
    const now = Date.now();
    const held = { status: "HELD", heldAt: new Date(now - 48 * HOUR) };
    const final = await meeting(clerk, "已定稿的联席会议", new Date(now - 50 * HOUR), new Date(now - 48 * HOUR), { ...held, minutesStatus: "FINAL" });
    const draft = await meeting(clerk, "纪要未定稿的联席会议", new Date(now - 26 * HOUR), new Date(now - 24 * HOUR), { ...held, minutesStatus: "DRAFT" });
    const today = cityDate(new Date());
    const resolution = (meetingId: number, status: string, dueDate: string) =>
      db.resolution.create({ data: { meetingId, responsibleOrgId: police.orgId, description: `议定事项 ${status}`, dueDate, status } }).then((r) => r.id);
    const done = await resolution(final, "DONE", addDays(today, 5));
    const overdue = await resolution(final, "OPEN", addDays(today, -3));
    const draftDone = await resolution(draft, "DONE", addDays(today, 5));

    const listed = async (actor: typeof clerk, filter: Parameters<typeof listResolutions>[1]) => (await listResolutions(actor, filter, { size: 500 })).rows.map((r) => r.id);
    const convened = await listed(clerk, { role: "convened" });
    expect(convened).toEqual(expect.arrayContaining([done, overdue]));
    expect(convened).not.toContain(draftDone);
    expect(convened).toEqual([...convened].sort((a, b) => b - a));
    expect(await listed(clerk, { toConfirm: true })).toContain(done);
    expect(await listed(clerk, { toConfirm: true })).not.toContain(overdue);
    expect(await listed(clerk, {})).toEqual(expect.arrayContaining([done, overdue]));
    expect(await listed(clerk, {})).not.toContain(draftDone);

    const inbox = (await jointMeetingInbox(clerk))!;
    expect(inbox.toConfirm.map((r) => r.id)).toContain(done);
    expect(inbox.toConfirm.map((r) => r.id)).not.toContain(draftDone);
    const late = inbox.overdueResolutions.find((r) => r.id === overdue);
    expect(late).toMatchObject({ responsibleOrg: { id: police.orgId }, meeting: { id: final, title: "已定稿的联席会议" }, dispute: null });

    expect(await listed(other, { role: "convened" })).not.toContain(done);
    expect(await listed(other, {})).not.toContain(done);
    const elsewhere = (await jointMeetingInbox(other))!;
    expect([...elsewhere.toConfirm, ...elsewhere.overdueResolutions].map((r) => r.id)).not.toContain(done);
  });
});
