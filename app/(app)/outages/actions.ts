"use server";
// Outage actions: register (creating the assist tasks), restore, and each assist task's confirmation.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { confirmAssistTask, registerOutage, restoreOutage } from "@/lib/data/outages";
import { confirmAssistSchema, registerOutageSchema, restoreOutageSchema } from "@/lib/validation/works";

export async function registerOutageAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(registerOutageSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await registerOutage(actor, parsed.data, await requestIp());
    revalidatePath("/outages");
    return { ok: true, data: { id } };
  });
}

export async function restoreOutageAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(restoreOutageSchema, input);
    if (!parsed.ok) return parsed.result;
    const outageId = recordId(id);
    await restoreOutage(actor, outageId, parsed.data, await requestIp());
    revalidatePath(`/outages/${outageId}`);
    return { ok: true };
  });
}

/** taskId: the outage's assist task for one area. */
export async function confirmAssistAction(taskId: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(confirmAssistSchema, input);
    if (!parsed.ok) return parsed.result;
    await confirmAssistTask(actor, recordId(taskId), parsed.data, await requestIp());
    revalidatePath("/outages");
    return { ok: true };
  });
}
