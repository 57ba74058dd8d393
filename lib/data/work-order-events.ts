// Work-order events for the hotline (docs/decisions/072): written into the outbox in the
// transaction of the complaint's step that causes them; signed when sent (lib/data/outbox.ts).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { workOrderEventFor } from "@/lib/domain/work-order";

/**
 * In the transaction of a complaint's step: when it came from a work order and its system has a
 * webhook, the event the hotline is told about goes into the outbox (docs/decisions/072). The
 * payload is fixed now; the signature is made when it is sent, with the secret of that moment.
 */
export async function enqueueWorkOrderEvent(tx: Tx, complaintId: number, kind: string, details: Record<string, string | number | null> = {}): Promise<void> {
  const event = workOrderEventFor(kind);
  if (!event) return;
  const link = await tx.workOrderLink.findUnique({ where: { complaintId }, select: { orderNo: true, system: { select: { id: true, webhookUrl: true, active: true } } } });
  if (!link || !link.system.active || !link.system.webhookUrl) return;
  const c = await tx.complaint.findUniqueOrThrow({ where: { id: complaintId }, select: { ref: true, status: true, currentDueDate: true } });
  const payload = {
    event: `workOrder.${event}`, occurredAt: new Date().toISOString(), orderNo: link.orderNo,
    complaint: { id: complaintId, ref: c.ref, status: c.status, currentDueDate: c.currentDueDate }, details,
  };
  await tx.outboxDelivery.create({
    data: { channel: "SYSTEM_WEBHOOK", target: link.system.webhookUrl, subject: `workOrder.${event}`, body: `${link.orderNo} ${event}`, payload: JSON.stringify(payload), sourceType: "Complaint", sourceId: complaintId, systemId: link.system.id },
  });
}

/** The secret a system's deliveries are signed with now, or null when the system is gone or inactive. */
export async function webhookSecretOf(systemId: number): Promise<string | null> {
  const s = await db.externalSystem.findFirst({ where: { id: systemId, active: true }, select: { webhookSecret: true } });
  return s?.webhookSecret || null;
}
