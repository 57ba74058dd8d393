"use server";
// The return visit (回访) on a closed complaint, optionally reopening it: thin, like the other steps.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { recordReturnVisit } from "@/lib/data/satisfaction";
import { returnVisitSchema } from "@/lib/validation/satisfaction";

export async function returnVisitAction(id: number, input: unknown): Promise<ActionResult<{ reopened: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(returnVisitSchema, input);
    if (!parsed.ok) return parsed.result;
    const complaintId = recordId(id);
    const result = await recordReturnVisit(actor, complaintId, parsed.data, await requestIp());
    revalidatePath(`/complaints/${complaintId}`);
    revalidatePath("/complaints");
    return { ok: true, data: result };
  });
}
