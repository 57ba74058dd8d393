// Notices: read state per user, links only to what the recipient may open, and delivery through
// the outbox to local receivers started here (an HTTP receiver and an SMTP server): retries with
// backoff, given up after the last attempt (docs/decisions/062, 063).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_ATTEMPTS } from "@/lib/domain/outbox";
import { outboxConfig } from "@/lib/outbox/channels";
import { actorFor } from "@/lib/testing/actors";
import { countUnread, listNotifications, markNotificationsRead, notify, openNotification } from "@/lib/data/notifications";
import { deliverDue } from "@/lib/data/outbox";

describe("notifications read per user", () => {
  it("one clerk's reading leaves the leader's notices unread; mark all read is per user", async () => {
    const clerk = await actorFor("street.clerk");
    const leader = await actorFor("street.leader");
    const complaint = await db.complaint.findFirstOrThrow({ where: { registeredOrgId: clerk.orgId }, select: { id: true, ref: true } });
    await db.$transaction((tx) => notify(tx, [clerk.orgId], { type: "test", entityType: "Complaint", entityId: complaint.id, message: "complaint.started", params: { ref: complaint.ref, area: "海城花园小区", org: "测试单位" } }));
    const newest = (await listNotifications(clerk, {}, { size: 1 })).rows[0]!;
    expect(newest.read).toBe(false);
    expect(newest.href).toBe(`/complaints/${complaint.id}`);
    const [clerkBefore, leaderBefore] = [await countUnread(clerk), await countUnread(leader)];
    expect(clerkBefore).toBeGreaterThan(0);

    expect(await openNotification(clerk, newest.id)).toEqual({ href: `/complaints/${complaint.id}` });
    expect(await countUnread(clerk)).toBe(clerkBefore - 1);
    expect(await countUnread(leader)).toBe(leaderBefore);
    expect((await listNotifications(clerk, { unreadOnly: true }, { size: 100 })).rows.map((n) => n.id)).not.toContain(newest.id);
    expect((await listNotifications(leader, { unreadOnly: true }, { size: 100 })).rows.map((n) => n.id)).toContain(newest.id);

    await markNotificationsRead(leader, "all");
    expect(await countUnread(leader)).toBe(0);
    expect((await listNotifications(leader, {}, { size: 5 })).rows.every((n) => n.read)).toBe(true);
    expect(await countUnread(clerk)).toBe(clerkBefore - 1);
  });

  it("a notice about a record the recipient may not open has no link; another organisation's notice is not found", async () => {
    const company = await actorFor("company.clerk");
    // A complaint of another district that the company neither holds nor is about.
    const elsewhere = await db.complaint.findFirstOrThrow({ where: { handlerOrgId: { not: company.orgId }, aboutOrgId: null, area: { propertyCompanyId: { not: company.orgId } } }, select: { id: true, ref: true } });
    await db.$transaction((tx) => notify(tx, [company.orgId], { type: "test", entityType: "Complaint", entityId: elsewhere.id, message: "complaint.reassignedAway", params: { ref: elsewhere.ref, area: "—" } }));
    const notice = (await listNotifications(company, {}, { size: 1 })).rows[0]!;
    expect(notice.entityId).toBe(elsewhere.id);
    expect(notice.href).toBeNull();
    expect(await openNotification(company, notice.id)).toEqual({ href: null });
    expect(await openNotification(await actorFor("street.clerk"), notice.id)).toBeNull();
  });
});

describe("outbox delivery", () => {
  const received: { url: string; body: unknown }[] = [];
  let failNext = 0;
  const receiver = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => { raw += chunk.toString("utf8"); });
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end("busy");
        return;
      }
      received.push({ url: req.url ?? "", body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0}');
    });
  });
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ["AUTH", "STARTTLS"], logger: false,
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => { raw += chunk.toString("utf8"); });
      stream.on("end", () => { mails.push(raw); callback(); });
    },
  });
  let httpBase = "";
  let smtpPort = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    httpBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await new Promise((resolve) => smtp.close(() => resolve(undefined)));
  });

  const configFor = () => outboxConfig({
    NOTIFY_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, NOTIFY_EMAIL_FROM: "liandong@test.local",
    NOTIFY_SMS_URL: `${httpBase}/sms`, NOTIFY_WEBHOOK_URL: `${httpBase}/hook`, NOTIFY_WEBHOOK_FORMAT: "wecom", NOTIFY_BASE_URL: "http://liandong.test",
  });

  it("a notice is written to the outbox in its transaction and delivered by e-mail, SMS and webhook, retried after a failure", async () => {
    const org = await db.organisation.findFirstOrThrow({ where: { name: "哈尔滨市热力服务中心（演示）" } });
    await db.organisation.update({ where: { id: org.id }, data: { email: "heat@test.local", phone: "13900000000" } });
    Object.assign(process.env, { NOTIFY_SMTP_URL: configFor().smtpUrl, NOTIFY_SMS_URL: configFor().smsUrl, NOTIFY_WEBHOOK_URL: configFor().webhookUrl, NOTIFY_WEBHOOK_FORMAT: "wecom", NOTIFY_BASE_URL: "http://liandong.test" });
    const complaint = await db.complaint.findFirstOrThrow({ select: { id: true, ref: true } });
    try {
      await db.$transaction((tx) => notify(tx, [org.id], { type: "test", entityType: "Complaint", entityId: complaint.id, message: "complaint.pressed", params: { ref: complaint.ref, area: "海城花园小区", org: "花园街道办事处", count: 2 } }));
    } finally {
      for (const k of ["NOTIFY_SMTP_URL", "NOTIFY_SMS_URL", "NOTIFY_WEBHOOK_URL", "NOTIFY_WEBHOOK_FORMAT", "NOTIFY_BASE_URL"]) delete process.env[k];
    }
    const rows = await db.outboxDelivery.findMany({ where: { sourceType: "Complaint", sourceId: complaint.id, status: "PENDING" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.channel, r.target])).toEqual([["EMAIL", "heat@test.local"], ["SMS", "13900000000"], ["WEBHOOK", `${httpBase}/hook`]]);

    const now = new Date();
    failNext = 1; // the SMS gateway is busy once
    expect(await deliverDue({ now, config: configFor(), ids: rows.map((r) => r.id) })).toEqual({ sent: 2, retried: 1, failed: 0 });
    const sms = await db.outboxDelivery.findFirstOrThrow({ where: { id: rows[1]!.id } });
    expect([sms.status, sms.attempts, sms.lastError]).toEqual(["PENDING", 1, "HTTP 503"]);
    expect(sms.nextAttemptAt.getTime()).toBe(now.getTime() + 30_000);
    // Not due again before its backoff has passed.
    expect(await deliverDue({ now: new Date(now.getTime() + 10_000), config: configFor(), ids: rows.map((r) => r.id) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDue({ now: new Date(now.getTime() + 31_000), config: configFor(), ids: rows.map((r) => r.id) })).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("heat@test.local");
    expect(received.find((r) => r.url === "/sms")?.body).toMatchObject({ phone: "13900000000", text: expect.stringContaining(complaint.ref) });
    const hook = received.find((r) => r.url === "/hook")?.body as { msgtype: string; text: { content: string } };
    expect(hook.msgtype).toBe("text");
    expect(hook.text.content).toContain(`http://liandong.test/complaints/${complaint.id}`);
    expect(hook.text.content).toContain("督促");
    expect((await db.outboxDelivery.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).every((r) => r.status === "SENT" && r.sentAt)).toBe(true);
  });

  it("gives up after the last attempt and keeps the error", async () => {
    const row = await db.outboxDelivery.create({ data: { channel: "WEBHOOK", target: `${httpBase}/hook`, body: "x", payload: "{}" } });
    let now = new Date();
    failNext = MAX_ATTEMPTS;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDue({ now, config: configFor(), ids: [row.id] });
      now = new Date(now.getTime() + 3_600_000);
    }
    const after = await db.outboxDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.status, after.attempts, after.lastError]).toEqual(["FAILED", MAX_ATTEMPTS, "HTTP 503"]);
    failNext = 0;
  });
});
