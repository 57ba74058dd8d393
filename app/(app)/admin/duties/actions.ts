"use server";
// Administration of the duty matrix.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { createDuty, updateDuty } from "@/lib/data/duties";
import { AppError } from "@/lib/errors";
import { dutySchema } from "@/lib/validation/duty";

export async function createDutyAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(dutySchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createDuty(actor, parsed.data, await requestIp());
    revalidatePath("/duties");
    revalidatePath("/admin/duties");
    return { ok: true, data: { id } };
  });
}

export async function updateDutyAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(dutySchema, input);
    if (!parsed.ok) return parsed.result;
    if (!parsed.data.version) throw new AppError("validation");
    await updateDuty(actor, recordId(id), { ...parsed.data, version: parsed.data.version }, await requestIp());
    revalidatePath("/duties");
    revalidatePath("/admin/duties");
    return { ok: true, data: { id } };
  });
}
