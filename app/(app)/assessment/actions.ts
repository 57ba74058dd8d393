"use server";
// Assessment actions: the housing bureau defines a period and commends units. Thin: parse,
// call lib/data (which checks "assessment.manage"), revalidate.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { commendUnit, createPeriod } from "@/lib/data/assessment";
import { commendationSchema, periodSchema } from "@/lib/validation/assessment";

export async function createPeriodAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(periodSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createPeriod(actor, parsed.data, await requestIp());
    revalidatePath("/assessment");
    return { ok: true, data: { id } };
  });
}

export async function commendUnitAction(periodId: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(commendationSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = recordId(periodId);
    await commendUnit(actor, id, parsed.data, await requestIp());
    revalidatePath(`/assessment/${id}`);
    return { ok: true };
  });
}
