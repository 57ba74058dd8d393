// Sending one outbox delivery over its channel: SMTP e-mail (nodemailer), an SMS gateway's HTTP
// endpoint, or a JSON webhook (plain, or a 政务微信/企业微信 group robot). Each answers or throws;
// the outbox decides about retries (lib/data/outbox.ts). Addresses come from the configuration
// only: the app calls no host the operator did not name (docs/decisions/063).
import nodemailer from "nodemailer";
import type { OutboxChannel } from "@/lib/domain/outbox";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "@/lib/api/signature";

export type OutboxConfig = {
  /** smtp://user:pass@host:port (or smtps://) */
  smtpUrl: string | null;
  emailFrom: string;
  /** An SMS gateway: POST {"phone", "text"} */
  smsUrl: string | null;
  /** POST the notice as JSON */
  webhookUrl: string | null;
  /** "json" (the notice's fields) or "wecom" (a group robot's {"msgtype":"text"} message) */
  webhookFormat: "json" | "wecom";
  /** Where links in messages point (the address users reach the app at). */
  baseUrl: string;
};

export function outboxConfig(env: Record<string, string | undefined> = process.env): OutboxConfig {
  const port = env.PORT ?? "3000";
  return {
    smtpUrl: env.NOTIFY_SMTP_URL || null,
    emailFrom: env.NOTIFY_EMAIL_FROM || "liandong@localhost",
    smsUrl: env.NOTIFY_SMS_URL || null,
    webhookUrl: env.NOTIFY_WEBHOOK_URL || null,
    webhookFormat: env.NOTIFY_WEBHOOK_FORMAT === "wecom" ? "wecom" : "json",
    baseUrl: (env.NOTIFY_BASE_URL || env.NEXTAUTH_URL || `http://localhost:${port}`).replace(/\/$/, ""),
  };
}

export type Delivery = { id?: number; channel: string; target: string; subject: string; body: string; payload: string };

const TIMEOUT_MS = 10_000;

async function post(url: string, json: unknown, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: typeof json === "string" ? json : JSON.stringify(json),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // A group robot answers 200 with {"errcode": n} on a refusal.
  const text = await response.text();
  if (text.startsWith("{")) {
    const body = JSON.parse(text) as { errcode?: number; errmsg?: string };
    if (typeof body.errcode === "number" && body.errcode !== 0) throw new Error(`errcode ${body.errcode} ${body.errmsg ?? ""}`.trim());
  }
}

/**
 * `secret`: the key that signs a SYSTEM_WEBHOOK delivery (its system's, read when it is sent).
 * The body is the stored payload exactly as signed.
 */
export async function send(delivery: Delivery, config: OutboxConfig, secret: string | null = null): Promise<void> {
  const channel = delivery.channel as OutboxChannel;
  switch (channel) {
    case "EMAIL": {
      if (!config.smtpUrl) throw new Error("NOTIFY_SMTP_URL is not set");
      const transport = nodemailer.createTransport(config.smtpUrl);
      try {
        await transport.sendMail({ from: config.emailFrom, to: delivery.target, subject: delivery.subject, text: delivery.body });
      } finally {
        transport.close();
      }
      return;
    }
    case "SMS":
      if (!config.smsUrl) throw new Error("NOTIFY_SMS_URL is not set");
      return post(config.smsUrl, { phone: delivery.target, text: delivery.body });
    case "WEBHOOK":
      return post(delivery.target, JSON.parse(delivery.payload) as unknown);
    case "SYSTEM_WEBHOOK": {
      if (!secret) throw new Error("the external system is inactive or has no webhook secret");
      const timestamp = Math.floor(Date.now() / 1000);
      return post(delivery.target, delivery.payload, {
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(secret, timestamp, delivery.payload),
        [EVENT_HEADER]: delivery.subject,
        [DELIVERY_HEADER]: String(delivery.id ?? ""),
      });
    }
    default:
      throw new Error(`Unknown channel ${delivery.channel}`);
  }
}
