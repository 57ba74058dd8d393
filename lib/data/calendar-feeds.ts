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

export type IcsLabels = { description: (v: { convener: string; chair: string; agenda: string }) => string; calName: (org: string) => string };

type IcsMeeting = {
  id: number; ref: string; title: string; startsAt: Date; endsAt: Date; place: string; chair: string; status: string; version: number; updatedAt: Date;
  convener: { name: string }; agendaItems: { title: string }[];
};

const icsSelect = {
  id: true, ref: true, title: true, startsAt: true, endsAt: true, place: true, chair: true, status: true, version: true, updatedAt: true,
  convener: { select: { name: true } }, agendaItems: { select: { title: true }, orderBy: { order: "asc" as const } },
} as const;

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
  const meeting = await db.jointMeeting.findFirst({ where: scoped(actor, "jointMeeting", { id }), select: icsSelect });
  if (!meeting) throw notFound();
  return { fileName: `${meeting.ref}.ics`, text: calendarText([eventOf(meeting, labels)], meeting.title) };
}

/** The organisation's feed secret, created on first use. */
export async function calendarFeedToken(actor: Actor): Promise<string> {
  requirePermission(actor, "meetings.view");
  const existing = await db.calendarFeed.findFirst({ where: scoped(actor, "calendarFeed"), select: { token: true } });
  if (existing) return existing.token;
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
  const feed = await db.calendarFeed.findUnique({ where: { token }, select: { orgId: true, org: { select: { name: true, active: true } } } });
  if (!feed || !feed.org.active) return null;
  const since = new Date(Date.now() - 90 * 86_400_000);
  const meetings = await db.jointMeeting.findMany({
    where: { endsAt: { gte: since }, OR: [{ convenerOrgId: feed.orgId }, { invitations: { some: { orgId: feed.orgId, status: { not: "DECLINED" } } } }] },
    select: icsSelect,
    orderBy: { startsAt: "asc" },
    take: 1000,
  });
  return calendarText(meetings.map((m) => eventOf(m, labels)), labels.calName(feed.org.name));
}

/** The organisation's feed secret if one was created, without creating it. */
export async function existingCalendarFeedToken(actor: Actor): Promise<string | null> {
  requirePermission(actor, "meetings.view");
  return (await db.calendarFeed.findFirst({ where: scoped(actor, "calendarFeed"), select: { token: true } }))?.token ?? null;
}
