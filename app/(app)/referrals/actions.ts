"use server";
// Enforcement-referral actions: refer (with evidence), and each step of the feedback loop.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { prepareFiles } from "@/lib/data/attachments";
import { acknowledgeReferral, acceptReferral, createReferral, referralTargets, reportOutcome, rereferReferral, returnReferral } from "@/lib/data/referrals";
import { previewRouting, type RoutingPreview } from "@/lib/data/routing";
import { requirePermission } from "@/lib/permissions";
import { versionOnlySchema } from "@/lib/validation/complaint";
import { acknowledgeSchema, createReferralSchema, outcomeSchema, referralReturnSchema, rereferSchema } from "@/lib/validation/referral";
import { idField, optionalId } from "@/lib/validation/common";
import { z } from "zod";

export async function createReferralAction(input: unknown, files: File[] = []): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "referrals.create");
    const parsed = parseInput(createReferralSchema, input);
    if (!parsed.ok) return parsed.result;
    const prepared = await prepareFiles(Array.isArray(files) ? files : [], "evidence");
    const id = await createReferral(actor, parsed.data, prepared, await requestIp());
    revalidatePath("/referrals");
    return { ok: true, data: { id } };
  });
}

const previewSchema = z.object({ areaId: idField, categoryId: optionalId, findings: z.string().max(2000) });

/** For the referral form: the competent authorities of the area, and the one the duty matrix names. */
export async function referralRoutingAction(input: unknown): Promise<ActionResult<{ targets: { id: number; name: string; kind: string }[]; preview: RoutingPreview }>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "referrals.create");
    const parsed = parseInput(previewSchema, input);
    if (!parsed.ok) return parsed.result;
    const [targets, preview] = await Promise.all([
      referralTargets(actor, parsed.data.areaId),
      previewRouting(actor, { areaId: parsed.data.areaId, categoryId: parsed.data.categoryId, description: parsed.data.findings }),
    ]);
    return { ok: true, data: { targets, preview } };
  });
}

async function step(id: number, run: (actor: Awaited<ReturnType<typeof requireActor>>, referralId: number, ip: string) => Promise<void>): Promise<ActionResult> {
  const actor = await requireActor();
  const referralId = recordId(id);
  await run(actor, referralId, await requestIp());
  revalidatePath(`/referrals/${referralId}`);
  revalidatePath("/referrals");
  return { ok: true };
}

export async function acceptReferralAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(versionOnlySchema, input);
    if (!parsed.ok) return parsed.result;
    return step(id, (a, rid, ip) => acceptReferral(a, rid, parsed.data.version, ip));
  });
}

export async function returnReferralAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(referralReturnSchema, input);
    if (!parsed.ok) return parsed.result;
    return step(id, (a, rid, ip) => returnReferral(a, rid, parsed.data, ip));
  });
}

export async function rereferReferralAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(rereferSchema, input);
    if (!parsed.ok) return parsed.result;
    return step(id, (a, rid, ip) => rereferReferral(a, rid, parsed.data, ip));
  });
}

export async function reportOutcomeAction(id: number, input: unknown, files: File[] = []): Promise<ActionResult> {
  return runAction(async () => {
    requirePermission(await requireActor(), "referrals.handle");
    const parsed = parseInput(outcomeSchema, input);
    if (!parsed.ok) return parsed.result;
    const prepared = await prepareFiles(Array.isArray(files) ? files : [], "files");
    return step(id, (a, rid, ip) => reportOutcome(a, rid, parsed.data, prepared, ip));
  });
}

export async function acknowledgeReferralAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const parsed = parseInput(acknowledgeSchema, input);
    if (!parsed.ok) return parsed.result;
    return step(id, (a, rid, ip) => acknowledgeReferral(a, rid, parsed.data, ip));
  });
}
