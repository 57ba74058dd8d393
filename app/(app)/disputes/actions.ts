"use server";
// Disputes: register, edit, escalate, accept or return an escalation, reopen.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { prepareFiles } from "@/lib/data/attachments";
import { canSeeDispute, createDispute, reopenDispute, updateDispute } from "@/lib/data/disputes";
import { decideEscalation, escalateDispute } from "@/lib/data/escalations";
import { turnIntoDispute } from "@/lib/data/complaints";
import { AppError, notFound } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions";
import { decideEscalationSchema, disputeSchema, escalateSchema, reopenSchema } from "@/lib/validation/dispute";

/** The File objects of the form's attachment field (the schema ignores them). */
function filesOf(input: unknown): File[] {
  const value = (input as { attachments?: unknown } | null)?.attachments;
  return Array.isArray(value) ? value.filter((f): f is File => typeof File !== "undefined" && f instanceof File) : [];
}

export async function createDisputeAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "disputes.register");
    const parsed = parseInput(disputeSchema, input);
    if (!parsed.ok) return parsed.result;
    const files = await prepareFiles(filesOf(input));
    const id = await createDispute(actor, parsed.data, { files, ip: await requestIp() });
    revalidatePath("/disputes");
    return { ok: true, data: { id } };
  });
}

/** Registers a dispute from a complaint that involves several departments (link kept both ways). */
export async function createDisputeFromComplaintAction(complaintId: number, complaintVersion: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "disputes.register");
    const parsed = parseInput(disputeSchema, input);
    if (!parsed.ok) return parsed.result;
    const files = await prepareFiles(filesOf(input));
    const id = await turnIntoDispute(actor, recordId(complaintId), recordId(complaintVersion), parsed.data, files, await requestIp());
    revalidatePath("/disputes");
    revalidatePath(`/complaints/${complaintId}`);
    return { ok: true, data: { id } };
  });
}

export async function updateDisputeAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const disputeId = recordId(id);
    requirePermission(actor, "disputes.register");
    if (!(await canSeeDispute(actor, disputeId))) throw notFound();
    const parsed = parseInput(disputeSchema, input);
    if (!parsed.ok) return parsed.result;
    if (!parsed.data.version) throw new AppError("validation");
    const files = await prepareFiles(filesOf(input));
    await updateDispute(actor, disputeId, { ...parsed.data, version: parsed.data.version }, { files, ip: await requestIp() });
    revalidatePath(`/disputes/${disputeId}`);
    return { ok: true, data: { id: disputeId } };
  });
}

export async function escalateDisputeAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(escalateSchema, input);
    if (!parsed.ok) return parsed.result;
    const disputeId = recordId(id);
    await escalateDispute(actor, disputeId, parsed.data, await requestIp());
    revalidatePath(`/disputes/${disputeId}`);
    return { ok: true, data: { id: disputeId } };
  });
}

export async function decideEscalationAction(escalationId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(decideEscalationSchema, input);
    if (!parsed.ok) return parsed.result;
    await decideEscalation(actor, recordId(escalationId), parsed.data, await requestIp());
    revalidatePath("/disputes");
    revalidatePath("/escalations");
    return { ok: true, data: { id: recordId(escalationId) } };
  });
}

export async function reopenDisputeAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(reopenSchema, input);
    if (!parsed.ok) return parsed.result;
    const disputeId = recordId(id);
    await reopenDispute(actor, disputeId, parsed.data, await requestIp());
    revalidatePath(`/disputes/${disputeId}`);
    return { ok: true, data: { id: disputeId } };
  });
}
