// Hotline work orders (派单) and what is posted back to the hotline (docs/decisions/071, 072).
// Pure: the content fingerprint that tells a retry from a conflicting reuse of an order number,
// and which timeline entries of a complaint the hotline is told about, under which event name.
import { createHash } from "node:crypto";
import type { ComplaintEventKind } from "@/lib/domain/complaint";

/** The events a system's webhook receives: 受理, 退单, 延期, 办结, 办结回复, 办结归档, 重新办理, and 回访 results. */
export const WORK_ORDER_EVENTS = ["accepted", "returned", "extended", "handled", "replied", "closed", "reopened", "visited"] as const;
export type WorkOrderEvent = (typeof WORK_ORDER_EVENTS)[number];

const EVENT_OF_KIND: Partial<Record<ComplaintEventKind, WorkOrderEvent>> = {
  ACCEPTED: "accepted",
  // 退单: the office does not accept the order (it is not a matter for this mechanism).
  NOT_ACCEPTED: "returned",
  // 延期: only an approved extension changes the deadline the hotline supervises.
  EXTENSION_APPROVED: "extended",
  HANDLED: "handled",
  REPLIED: "replied",
  CLOSED: "closed",
  REOPENED: "reopened",
  RETURN_VISIT: "visited",
};

/** The hotline's event for a timeline entry, or null for internal steps (assignment, pressing, a holder's return to the office). */
export function workOrderEventFor(kind: string): WorkOrderEvent | null {
  return EVENT_OF_KIND[kind as ComplaintEventKind] ?? null;
}

/** JSON with object keys sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fingerprint of a work order's (validated, normalised) content. */
export function workOrderFingerprint(content: Record<string, unknown>): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
