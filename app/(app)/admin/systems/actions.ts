"use server";
// Administration of the integration API's external systems and their keys (issue 13).
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { createExternalSystem, issueSystemKey, revokeSystemKey, updateExternalSystem } from "@/lib/data/integration";
import { version } from "@/lib/validation/common";
import { externalSystemSchema, issueKeySchema } from "@/lib/validation/integration";

export async function createSystemAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(externalSystemSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createExternalSystem(actor, parsed.data, await requestIp());
    revalidatePath("/admin/systems");
    return { ok: true, data: { id } };
  });
}

export async function updateSystemAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(externalSystemSchema.extend({ version }), input);
    if (!parsed.ok) return parsed.result;
    await updateExternalSystem(actor, recordId(id), parsed.data, await requestIp());
    revalidatePath("/admin/systems");
    return { ok: true, data: { id } };
  });
}

/** The new key comes back in this answer only: it is not stored anywhere the page could read it again. */
export async function issueKeyAction(systemId: number, input: unknown): Promise<ActionResult<{ key: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(issueKeySchema, input);
    if (!parsed.ok) return parsed.result;
    const issued = await issueSystemKey(actor, recordId(systemId), parsed.data.label, await requestIp());
    revalidatePath(`/admin/systems/${systemId}`);
    return { ok: true, data: { key: issued.key } };
  });
}

export async function revokeKeyAction(keyId: number): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await revokeSystemKey(actor, recordId(keyId), await requestIp());
    revalidatePath("/admin/systems");
    return { ok: true };
  });
}
