// iCalendar: an .ics file per meeting (signed-in, scoped) and a subscribable feed per
// organisation, authenticated by a secret token in its URL (calendar programs send no cookie).
// Times are written in UTC and the calendar is marked Asia/Shanghai (the city's zone).
import "server-only";
import { randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import { notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { directory } from "@/lib/data/directory";
import { groupedBy } from "@/lib/data/disputes";
import { endingFrom } from "@/lib/data/meetings";
import { findRow, findRows, type Order } from "@/lib/data/read";
import type { WhereInput } from "@/lib/data/where-sql";

export type IcsLabels = { description: (v: { convener: string; chair: string; agenda: string }) => string; calName: (org: string) => string };

type IcsMeeting = {
  id: number; ref: string; title: string; startsAt: Date; endsAt: Date; place: string; chair: string; status: string; version: number; updatedAt: Date;
  convener: { name: string }; agendaItems: { title: string }[];
};

/** Meetings as the calendar shows them: with their convener's name and agenda titles in order. */
async function icsMeetings(args: { where: WhereInput<"JointMeeting">; orderBy?: readonly Order<"JointMeeting">[]; take?: number }): Promise<IcsMeeting[]> {
  const [meetings, dir] = await Promise.all([
    findRows("JointMeeting", { ...args, select: ["id", "ref", "title", "startsAt", "endsAt", "place", "chair", "status", "version", "updatedAt", "convenerOrgId"] }),
    directory(),
  ]);
  const ids = meetings.map((m) => m.id);
  const items = ids.length === 0 ? [] : await findRows("AgendaItem", { where: { meetingId: { in: ids } }, select: ["meetingId", "title"], orderBy: [["order", "asc"], ["id", "asc"]] });
  const agendaOf = groupedBy(items, (a) => a.meetingId);
  return meetings.map(({ convenerOrgId, ...m }) => ({
    ...m,
    convener: { name: dir.orgs.get(convenerOrgId)?.name ?? "" },
    agendaItems: (agendaOf.get(m.id) ?? []).map((a) => ({ title: a.title })),
  }));
}

function eventOf(m: IcsMeeting, labels: IcsLabels): EventAttributes {
  return {
    uid: `joint-meeting-${m.id}@liandong`,
    sequence: m.version,
    start: m.startsAt.getTime(), startInputType: "utc", startOutputType: "utc",
    end: m.endsAt.getTime(), endInputType: "utc", endOutputType: "utc",
    title: `${m.title}（${m.ref}）`,
    location: m.place,
    description: labels.description({ convener: m.convener.name, chair: m.chair, agenda: m.agendaItems.map((a, i) => `${i + 1}. ${a.title}`).join("；") }),
    status: m.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    lastModified: m.updatedAt.getTime(),
    organizer: { name: m.convener.name },
  };
}

function calendarText(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId: "liandong/joint-meetings", calName });
  if (error || value === null) throw error ?? new Error("ics");
  // Tell calendar programs the city's zone (times themselves are exact UTC instants).
  return value.replace(/(PRODID:[^\r\n]*\r\n)/, "$1X-WR-TIMEZONE:Asia/Shanghai\r\n");
}

/** One meeting as an .ics file, for a signed-in user who may see it. */
export async function meetingIcs(actor: Actor, id: number, labels: IcsLabels): Promise<{ fileName: string; text: string }> {
  requirePermission(actor, "meetings.view");
  const [meeting] = await icsMeetings({ where: scoped(actor, "jointMeeting", { id }), take: 1 });
  if (!meeting) throw notFound();
  return { fileName: `${meeting.ref}.ics`, text: calendarText([eventOf(meeting, labels)], meeting.title) };
}

/** The organisation's feed secret, created on first use. */
export async function calendarFeedToken(actor: Actor): Promise<string> {
  requirePermission(actor, "meetings.view");
  const existing = await existingCalendarFeedToken(actor);
  if (existing) return existing;
  const token = randomBytes(24).toString("base64url");
  await db.calendarFeed.upsert({ where: { orgId: actor.orgId }, create: { orgId: actor.orgId, token }, update: {} });
  return (await db.calendarFeed.findUniqueOrThrow({ where: { orgId: actor.orgId }, select: { token: true } })).token;
}

/** A new secret: the old feed address stops working at once. */
export async function regenerateCalendarFeed(actor: Actor, ip = ""): Promise<string> {
  requirePermission(actor, "meetings.view");
  const token = randomBytes(24).toString("base64url");
  await writeTransaction(async (tx) => {
    await tx.calendarFeed.upsert({ where: { orgId: actor.orgId }, create: { orgId: actor.orgId, token }, update: { token, createdAt: new Date() } });
    await writeAudit(tx, actor, { action: "calendarFeed.regenerate", entity: "CalendarFeed", entityId: actor.orgId, ip });
  });
  return token;
}

/**
 * The subscribable feed of the organisation that owns the token: the meetings it convenes and
 * those it is invited to and has not declined, from 90 days back. null for an unknown token.
 */
export async function feedIcs(token: string, labels: IcsLabels): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [feed, dir] = await Promise.all([findRow("CalendarFeed", { where: { token }, select: ["orgId"] }), directory()]);
  const org = feed ? dir.orgs.get(feed.orgId) : undefined;
  if (!feed || !org?.active) return null;
  const since = new Date(Date.now() - 90 * 86_400_000);
  const meetings = await icsMeetings({
    where: { ...endingFrom(since), OR: [{ convenerOrgId: feed.orgId }, { invitations: { some: { orgId: feed.orgId, status: { not: "DECLINED" } } } }] },
    orderBy: [["startsAt", "asc"], ["id", "asc"]],
    take: 1000,
  });
  return calendarText(meetings.map((m) => eventOf(m, labels)), labels.calName(org.name));
}

/** The organisation's feed secret if one was created, without creating it. */
export async function existingCalendarFeedToken(actor: Actor): Promise<string | null> {
  requirePermission(actor, "meetings.view");
  return (await findRow("CalendarFeed", { where: scoped(actor, "calendarFeed"), select: ["token"] }))?.token ?? null;
}
