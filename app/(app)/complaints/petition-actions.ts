"use server";
// Marking a complaint as a collective petition (issue 5; kept apart from the lifecycle actions).
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { markPetition } from "@/lib/data/petitions";
import { markPetitionSchema } from "@/lib/validation/petition";

export async function markPetitionAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const complaintId = recordId(id);
    const parsed = parseInput(markPetitionSchema, input);
    if (!parsed.ok) return parsed.result;
    await markPetition(actor, complaintId, parsed.data, await requestIp());
    revalidatePath(`/complaints/${complaintId}`);
    return { ok: true };
  });
}
