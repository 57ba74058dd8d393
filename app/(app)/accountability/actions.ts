"use server";
// Accountability-record actions: open, decide, close, amend (the opening authority) and explain
// (the unit concerned). Thin: parse with the form's schema, call lib/data, revalidate.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { amendAccountability, closeAccountability, decideAccountability, explainAccountability, openAccountability } from "@/lib/data/accountability";
import { amendSchema, closeSchema, decideSchema, explainSchema, openAccountabilitySchema } from "@/lib/validation/accountability";

export async function openAccountabilityAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(openAccountabilitySchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await openAccountability(actor, parsed.data, await requestIp());
    revalidatePath("/accountability");
    return { ok: true, data: { id } };
  });
}

async function change(id: number, run: (actor: Awaited<ReturnType<typeof requireActor>>, recordIdValue: number, ip: string) => Promise<void>): Promise<ActionResult> {
  const actor = await requireActor();
  const rid = recordId(id);
  await run(actor, rid, await requestIp());
  revalidatePath(`/accountability/${rid}`);
  revalidatePath("/accountability");
  return { ok: true };
}

export async function decideAccountabilityAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(decideSchema, input);
    if (!parsed.ok) return parsed.result;
    return change(id, (a, rid, ip) => decideAccountability(a, rid, parsed.data, ip));
  });
}

export async function closeAccountabilityAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(closeSchema, input);
    if (!parsed.ok) return parsed.result;
    return change(id, (a, rid, ip) => closeAccountability(a, rid, parsed.data, ip));
  });
}

export async function amendAccountabilityAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(amendSchema, input);
    if (!parsed.ok) return parsed.result;
    return change(id, (a, rid, ip) => amendAccountability(a, rid, parsed.data, ip));
  });
}

export async function explainAccountabilityAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(explainSchema, input);
    if (!parsed.ok) return parsed.result;
    return change(id, (a, rid, ip) => explainAccountability(a, rid, parsed.data, ip));
  });
}
