// Escalation (上报): a holder reports a dispute to the next tier; a leader of the receiving
// organisation accepts it (the dispute moves up and waits for that tier's meeting) or returns it
// with a reason (the dispute goes back, the reason on its timeline).
import "server-only";
import type { Tx } from "@/lib/db";
import { writeTransaction } from "@/lib/data/submissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { disputeTransition, type DisputeLevel } from "@/lib/domain/dispute";
import { decisionRefusal, escalationRefusal, escalationStatusSchema, nextEscalationStatus, type EscalationDecision, type EscalationStatus } from "@/lib/domain/escalation";
import { notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";
import { writeAudit } from "@/lib/data/audit";
import { disputeDeadlines, dueDateFor, today } from "@/lib/data/calendar";
import { assertUpdated } from "@/lib/data/concurrency";
import { actorView, disputeInScope, disputeView, escalationBasis, named, recordDisputeEvent, DISPUTE_ENTITY, type Named } from "@/lib/data/disputes";
import { notify } from "@/lib/data/notifications";
import { pageOf, type Page, type PageRequest } from "@/lib/data/paging";
import { assertAllowed, refused } from "@/lib/data/refusals";
import { directory } from "@/lib/data/directory";
import { allColumns, findRows } from "@/lib/data/read";
import type { ModelRow } from "@/lib/data/rows";

/** The organisation that receives an escalation to a tier: the street's district government, or the housing bureau. */
async function receiverFor(tx: Tx, toLevel: DisputeLevel, from: { ownerOrgId: number }): Promise<{ id: number; name: string }> {
  if (toLevel === "DISTRICT") {
    const street = await tx.organisation.findUnique({ where: { id: from.ownerOrgId }, select: { districtId: true } });
    const district = street?.districtId ? await tx.organisation.findFirst({ where: { id: street.districtId, kind: "DISTRICT_GOVERNMENT", active: true }, select: { id: true, name: true } }) : null;
    if (!district) throw refused("noReceiver");
    return district;
  }
  const bureau = await tx.organisation.findFirst({ where: { kind: "HOUSING_BUREAU", active: true }, select: { id: true, name: true }, orderBy: { id: "asc" } });
  if (!bureau) throw refused("noReceiver");
  return bureau;
}

export async function escalateDispute(actor: Actor, disputeId: number, input: { toLevel: DisputeLevel; reason: string; version: number }, ip = ""): Promise<number> {
  requirePermission(actor, "escalations.view");
  const dueDate = await dueDateFor("ESCALATION_ACCEPT", new Date());
  // While escalated, the escalation's own deadline runs (the receiver must accept or return it).
  return writeTransaction(async (tx) => {
    const dispute = await disputeInScope(tx, actor, disputeId);
    const view = disputeView(dispute);
    const { basis, meetingId } = await escalationBasis(tx, dispute);
    assertAllowed(escalationRefusal({ dispute: view, actor: actorView(actor), basis, toLevel: input.toLevel }));
    const step = disputeTransition(view.status, { type: "escalate", crossDistrict: view.crossDistrict, level: view.level });
    if (!step.ok) throw refused(step.reason);
    const receiver = await receiverFor(tx, input.toLevel, dispute);
    const { count } = await tx.dispute.updateMany({ where: { id: disputeId, version: input.version }, data: { status: step.status, currentDueDate: null, version: { increment: 1 } } });
    await assertUpdated(count, async () => true);
    const escalation = await tx.escalation.create({
      data: {
        disputeId, fromLevel: view.level, toLevel: input.toLevel, fromOrgId: actor.orgId, toOrgId: receiver.id, meetingId,
        reason: input.reason, dueDate, createdById: actor.userId, createdByName: actor.name,
      },
    });
    await recordDisputeEvent(tx, actor, disputeId, "escalated", {
      note: input.reason,
      data: { escalationId: escalation.id, fromLevel: view.level, toLevel: input.toLevel, to: receiver.name, meetingId, dueDate, crossDistrict: view.crossDistrict },
    });
    await notify(tx, [receiver.id], { type: "escalation.received", entityType: DISPUTE_ENTITY, entityId: disputeId, message: "escalationReceived", params: { ref: dispute.ref, title: dispute.title, from: actor.orgName, due: dueDate } });
    await writeAudit(tx, actor, { action: "escalation.create", entity: "Escalation", entityId: escalation.id, summary: `${dispute.ref} → ${receiver.name}`, details: { disputeId, toLevel: input.toLevel, reason: input.reason, meetingId }, ip });
    return escalation.id;
  });
}

export async function decideEscalation(actor: Actor, escalationId: number, input: { decision: EscalationDecision; reason: string; version: number }, ip = ""): Promise<void> {
  requirePermission(actor, "escalations.view");
  const deadlines = await disputeDeadlines();
  await writeTransaction(async (tx) => {
    const escalation = await tx.escalation.findFirst({ where: scoped(actor, "escalation", { id: escalationId }), include: { fromOrg: { select: { id: true, name: true } } } });
    if (!escalation) throw notFound();
    const status = escalationStatusSchema.parse(escalation.status);
    assertAllowed(decisionRefusal({ status, toOrgId: escalation.toOrgId }, actorView(actor), input.decision));
    const next = nextEscalationStatus(status, input.decision);
    if (!next) throw refused("escalationNotPending");
    const dispute = await disputeInScope(tx, actor, escalation.disputeId);
    const step = disputeTransition(disputeView(dispute).status, { type: input.decision });
    if (!step.ok) throw refused(step.reason);
    const now = new Date();
    const { count } = await tx.escalation.updateMany({
      where: { id: escalationId, version: input.version, status: "PENDING" },
      data: { status: next, decidedAt: now, decidedById: actor.userId, decidedByName: actor.name, returnReason: input.decision === "return" ? input.reason : "", version: { increment: 1 } },
    });
    await assertUpdated(count, async () => true);
    await tx.dispute.update({
      where: { id: dispute.id },
      data: input.decision === "accept"
        ? { status: step.status, currentDueDate: deadlines.forStatus(step.status), level: escalation.toLevel, ownerOrgId: escalation.toOrgId, version: { increment: 1 } }
        : { status: step.status, currentDueDate: deadlines.forStatus(step.status), version: { increment: 1 } },
    });
    await recordDisputeEvent(tx, actor, dispute.id, input.decision === "accept" ? "accepted" : "returned", {
      note: input.reason,
      data: { escalationId, fromLevel: escalation.fromLevel, toLevel: escalation.toLevel, from: escalation.fromOrg.name },
    });
    await notify(tx, [escalation.fromOrgId], {
      type: `escalation.${input.decision}`, entityType: DISPUTE_ENTITY, entityId: dispute.id,
      message: input.decision === "accept" ? "escalationAccepted" : "escalationReturned",
      params: { ref: dispute.ref, title: dispute.title, by: actor.orgName, reason: input.reason },
    });
    await writeAudit(tx, actor, { action: `escalation.${input.decision}`, entity: "Escalation", entityId: escalationId, summary: dispute.ref, details: { reason: input.reason }, ip });
  });
}

export type EscalationFilter = { direction?: "received" | "sent"; status?: EscalationStatus; overdue?: boolean };

/** A list row: the escalation with its dispute and the organisations it goes between. */
export type EscalationRow = ModelRow<"Escalation"> & {
  dispute: Pick<ModelRow<"Dispute">, "id" | "ref" | "title" | "crossDistrict" | "status">;
  fromOrg: Named;
  toOrg: Named;
};

export async function listEscalations(actor: Actor, filter: EscalationFilter, page: PageRequest): Promise<Page<EscalationRow>> {
  requirePermission(actor, "escalations.view");
  const where: Prisma.EscalationWhereInput = scoped(actor, "escalation", {
    ...(filter.direction === "received" ? { toOrgId: actor.orgId } : filter.direction === "sent" ? { fromOrgId: actor.orgId } : {}),
    ...(filter.overdue ? { status: "PENDING", dueDate: { lt: today() } } : filter.status ? { status: filter.status } : {}),
  });
  const [rows, dir] = await Promise.all([
    findRows("Escalation", { where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where, select: allColumns("Escalation"), orderBy: [["id", "desc"]], take: page.size + 1 }),
    directory(),
  ]);
  const shown = pageOf(rows, page.size, (r) => r.id);
  const disputeIds = [...new Set(shown.rows.map((e) => e.disputeId))];
  const disputes = new Map((disputeIds.length === 0 ? [] : await findRows("Dispute", { where: { id: { in: disputeIds } }, select: ["id", "ref", "title", "crossDistrict", "status"] })).map((d) => [d.id, d]));
  return { ...shown, rows: shown.rows.map((e) => ({ ...e, dispute: disputes.get(e.disputeId)!, fromOrg: named(dir, e.fromOrgId), toOrg: named(dir, e.toOrgId) })) };
}
