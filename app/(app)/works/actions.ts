"use server";
// Planned-works actions: register (notifying the areas at once), report restoration, cancel,
// and each area's confirmation or dispute.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { prepareFiles } from "@/lib/data/attachments";
import { requirePermission } from "@/lib/permissions";
import { answerRestoration, cancelWorks, registerWorks, reportRestoration } from "@/lib/data/works";
import { answerRestorationSchema, cancelWorksSchema, registerWorksSchema, restorationSchema } from "@/lib/validation/works";

export async function registerWorksAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(registerWorksSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await registerWorks(actor, parsed.data, await requestIp());
    revalidatePath("/works");
    return { ok: true, data: { id } };
  });
}

export async function reportRestorationAction(id: number, input: unknown, files: File[] = []): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "works.register");
    const parsed = parseInput(restorationSchema, input);
    if (!parsed.ok) return parsed.result;
    const worksId = recordId(id);
    const prepared = await prepareFiles(Array.isArray(files) ? files : [], "files");
    await reportRestoration(actor, worksId, parsed.data, prepared, await requestIp());
    revalidatePath(`/works/${worksId}`);
    return { ok: true };
  });
}

export async function cancelWorksAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(cancelWorksSchema, input);
    if (!parsed.ok) return parsed.result;
    const worksId = recordId(id);
    await cancelWorks(actor, worksId, parsed.data, await requestIp());
    revalidatePath(`/works/${worksId}`);
    return { ok: true };
  });
}

/** worksAreaId: the area row of the works (PlannedWorksArea). */
export async function answerRestorationAction(worksAreaId: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(answerRestorationSchema, input);
    if (!parsed.ok) return parsed.result;
    await answerRestoration(actor, recordId(worksAreaId), parsed.data, await requestIp());
    revalidatePath("/works");
    return { ok: true };
  });
}
