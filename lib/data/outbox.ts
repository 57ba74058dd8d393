// The outbox (docs/decisions/063): deliveries written in the transaction of the change that
// causes them, sent by deliverDue() — the server's delivery worker calls it every few seconds —
// with retries and backoff. Rows survive restarts; a delivery is claimed before it is sent so two
// workers never send it twice.
import "server-only";
import { createTranslator } from "use-intl/core";
import { db, type Tx } from "@/lib/db";
import { afterFailure, type OutboxChannel } from "@/lib/domain/outbox";
import { messagesFor } from "@/lib/i18n/messages";
import { entityHref } from "@/lib/navigation";
import { outboxConfig, send, type OutboxConfig } from "@/lib/outbox/channels";
import { webhookSecretOf } from "@/lib/data/work-order-events";

type NoticeInput = { type: string; entityType: string; entityId: number; message: string; params?: Record<string, string | number> };

/** A notice in Chinese words, as the recipient reads it in the app. */
function noticeText(input: NoticeInput): string {
  const t = createTranslator({ locale: "zh-CN", messages: messagesFor("zh-CN"), namespace: "notifications" });
  const key = input.message as never;
  return t.has(key) ? t(key, (input.params ?? {}) as never) : input.message;
}

/**
 * The deliveries of a notice to these organisations, for each configured channel: an e-mail to
 * the organisation's address, an SMS to its phone, and one webhook message per organisation.
 * Nothing when no channel is configured (the default).
 */
export async function enqueueNotificationDeliveries(tx: Tx, orgIds: readonly number[], input: NoticeInput, config: OutboxConfig = outboxConfig()): Promise<void> {
  if (!config.smtpUrl && !config.smsUrl && !config.webhookUrl) return;
  const orgs = await tx.organisation.findMany({ where: { id: { in: [...orgIds] } }, select: { id: true, name: true, email: true, phone: true } });
  const text = noticeText(input);
  const path = entityHref(input.entityType, input.entityId);
  const link = path ? `${config.baseUrl}${path}` : config.baseUrl;
  const subject = `【联动】${text.slice(0, 60)}`;
  const rows: { channel: OutboxChannel; target: string; subject: string; body: string; payload: string; sourceType: string; sourceId: number }[] = [];
  for (const org of orgs) {
    const payload = { kind: input.type, org: { id: org.id, name: org.name }, entity: { type: input.entityType, id: input.entityId }, text, link, params: input.params ?? {} };
    const source = { sourceType: input.entityType, sourceId: input.entityId };
    if (config.smtpUrl && org.email) rows.push({ channel: "EMAIL", target: org.email, subject, body: `${org.name}：\n\n${text}\n\n${link}`, payload: JSON.stringify(payload), ...source });
    if (config.smsUrl && org.phone) rows.push({ channel: "SMS", target: org.phone, subject: "", body: `【联动】${text}`, payload: JSON.stringify(payload), ...source });
    if (config.webhookUrl) {
      const body = config.webhookFormat === "wecom" ? { msgtype: "text", text: { content: `【联动】${org.name}：${text}\n${link}` } } : payload;
      rows.push({ channel: "WEBHOOK", target: config.webhookUrl, subject: "", body: text, payload: JSON.stringify(body), ...source });
    }
  }
  if (rows.length > 0) await tx.outboxDelivery.createMany({ data: rows });
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Sends the deliveries that are due (oldest first, at most `limit`): each is claimed (its next
 * attempt pushed back) before it is sent, then marked SENT, or scheduled again with backoff, or
 * FAILED after the last attempt with the error kept.
 */
export async function deliverDue(options: { now?: Date; limit?: number; config?: OutboxConfig; ids?: readonly number[] } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const config = options.config ?? outboxConfig();
  // ids: only these deliveries (tests that share one database send only what they queued).
  const only = options.ids ? { id: { in: [...options.ids] } } : {};
  const due = await db.outboxDelivery.findMany({ where: { status: "PENDING", nextAttemptAt: { lte: now }, ...only }, orderBy: { nextAttemptAt: "asc" }, take: options.limit ?? 50 });
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const d of due) {
    // Claim: another worker that read the same row finds it no longer due.
    const claim = await db.outboxDelivery.updateMany({ where: { id: d.id, status: "PENDING", attempts: d.attempts }, data: { attempts: d.attempts + 1, nextAttemptAt: new Date(now.getTime() + 60_000) } });
    if (claim.count === 0) continue;
    const attempts = d.attempts + 1;
    try {
      const secret = d.channel === "SYSTEM_WEBHOOK" && d.systemId !== null ? await webhookSecretOf(d.systemId) : null;
      await send(d, config, secret);
      await db.outboxDelivery.update({ where: { id: d.id }, data: { status: "SENT", sentAt: new Date(), lastError: "" } });
      report.sent++;
    } catch (error) {
      const next = afterFailure(attempts, now);
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.outboxDelivery.update({ where: { id: d.id }, data: next.status === "FAILED" ? { status: "FAILED", lastError } : { nextAttemptAt: next.nextAttemptAt, lastError } });
      if (next.status === "FAILED") report.failed++;
      else report.retried++;
    }
  }
  return report;
}

let worker: ReturnType<typeof setInterval> | null = null;

/** Starts the delivery worker of this server process once (every 5 seconds). It always runs:
 * external systems' webhooks are configured in the database, not the environment (issue 13).
 * Pending deliveries left by a previous process are sent on its first turn. */
export function startOutboxWorker(intervalMs = 5_000): void {
  const config = outboxConfig();
  if (worker) return;
  let running = false;
  worker = setInterval(() => {
    if (running) return;
    running = true;
    deliverDue({ config })
      .catch((error: unknown) => console.error("[outbox] delivery failed", error))
      .finally(() => { running = false; });
  }, intervalMs);
  worker.unref();
}
