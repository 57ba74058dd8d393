"use server";
// Resolutions: progress, done, confirmed, reopened.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { actOnResolution } from "@/lib/data/resolutions";
import { progressSchema } from "@/lib/validation/meeting";

export async function actOnResolutionAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(progressSchema, input);
    if (!parsed.ok) return parsed.result;
    await actOnResolution(actor, recordId(id), parsed.data, await requestIp());
    revalidatePath("/resolutions");
    revalidatePath("/disputes");
    revalidatePath("/");
    return { ok: true, data: { id: recordId(id) } };
  });
}
