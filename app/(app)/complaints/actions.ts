"use server";
// Complaint actions: registration (with the routing preview and the duplicate check) and each
// lifecycle step. Thin: parse, call lib/data, revalidate.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { prepareFiles } from "@/lib/data/attachments";
import {
  acceptComplaint,
  assignComplaint,
  closeComplaint,
  decideExtension,
  findPossibleDuplicates,
  handleComplaint,
  notAcceptComplaint,
  pressComplaint,
  reassignComplaint,
  registerComplaint,
  replyComplaint,
  requestExtension,
  returnComplaint,
  startComplaint,
  type DuplicateCandidate,
} from "@/lib/data/complaints";
import { previewRouting, type RoutingPreview } from "@/lib/data/routing";
import { requirePermission } from "@/lib/permissions";
import {
  assignSchema,
  decideExtensionSchema,
  handleSchema,
  notAcceptSchema,
  pressSchema,
  reassignSchema,
  registerComplaintSchema,
  replySchema,
  requestExtensionSchema,
  returnSchema,
  routingPreviewSchema,
  versionOnlySchema,
} from "@/lib/validation/complaint";

export async function registerComplaintAction(input: unknown, files: File[] = []): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    // The right first: files are read only for someone who may register (and stored by the data
    // layer after its own checks).
    requirePermission(actor, "complaints.register");
    const parsed = parseInput(registerComplaintSchema, input);
    if (!parsed.ok) return parsed.result;
    const prepared = await prepareFiles(Array.isArray(files) ? files : []);
    const id = await registerComplaint(actor, parsed.data, prepared, await requestIp());
    revalidatePath("/complaints");
    return { ok: true, data: { id } };
  });
}

/** While the clerk types: categories suggested by the words, and the responsible party. */
export async function previewRoutingAction(input: unknown): Promise<ActionResult<RoutingPreview>> {
  return runAction(async () => {
    const actor = await requireActor();
    requirePermission(actor, "complaints.register");
    const parsed = parseInput(routingPreviewSchema, input);
    if (!parsed.ok) return parsed.result;
    return { ok: true, data: await previewRouting(actor, parsed.data) };
  });
}

/** Before registering: open complaints about the same area and category with similar text. */
export async function findDuplicatesAction(input: unknown): Promise<ActionResult<DuplicateCandidate[]>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(routingPreviewSchema, input);
    if (!parsed.ok) return parsed.result;
    const { areaId, categoryId, description } = parsed.data;
    if (areaId === null || categoryId === null) return { ok: true, data: [] };
    return { ok: true, data: await findPossibleDuplicates(actor, { areaId, categoryId, description }) };
  });
}

type Step = (id: number, input: unknown, files?: File[]) => Promise<ActionResult>;

function stepAction<S extends Parameters<typeof parseInput>[0]>(
  schema: S,
  run: (actor: Awaited<ReturnType<typeof requireActor>>, id: number, data: ReturnType<S["parse"]>, ip: string) => Promise<void>,
): Step {
  return async (id, input) =>
    runAction(async () => {
      const actor = await requireActor();
      const parsed = parseInput(schema, input);
      if (!parsed.ok) return parsed.result;
      const complaintId = recordId(id);
      await run(actor, complaintId, parsed.data as ReturnType<S["parse"]>, await requestIp());
      revalidatePath(`/complaints/${complaintId}`);
      revalidatePath("/complaints");
      return { ok: true };
    });
}

const acceptStep = stepAction(versionOnlySchema, (a, id, d, ip) => acceptComplaint(a, id, d.version, ip));
const notAcceptStep = stepAction(notAcceptSchema, (a, id, d, ip) => notAcceptComplaint(a, id, d, ip));
const assignStep = stepAction(assignSchema, (a, id, d, ip) => assignComplaint(a, id, d, ip));
const reassignStep = stepAction(reassignSchema, (a, id, d, ip) => reassignComplaint(a, id, d, ip));
const startStep = stepAction(versionOnlySchema, (a, id, d, ip) => startComplaint(a, id, d.version, ip));
const returnStep = stepAction(returnSchema, (a, id, d, ip) => returnComplaint(a, id, d, ip));
const pressStep = stepAction(pressSchema, (a, id, d, ip) => pressComplaint(a, id, d, ip));
const extensionStep = stepAction(requestExtensionSchema, (a, id, d, ip) => requestExtension(a, id, d, ip));
const decideStep = stepAction(decideExtensionSchema, (a, id, d, ip) => decideExtension(a, id, d, ip));
const replyStep = stepAction(replySchema, (a, id, d, ip) => replyComplaint(a, id, d, ip));
const closeStep = stepAction(versionOnlySchema, (a, id, d, ip) => closeComplaint(a, id, d.version, ip));

// Server actions must be async functions exported one by one.
export async function acceptComplaintAction(id: number, input: unknown) { return acceptStep(id, input); }
export async function notAcceptComplaintAction(id: number, input: unknown) { return notAcceptStep(id, input); }
export async function assignComplaintAction(id: number, input: unknown) { return assignStep(id, input); }
export async function reassignComplaintAction(id: number, input: unknown) { return reassignStep(id, input); }
export async function startComplaintAction(id: number, input: unknown) { return startStep(id, input); }
export async function returnComplaintAction(id: number, input: unknown) { return returnStep(id, input); }
export async function pressComplaintAction(id: number, input: unknown) { return pressStep(id, input); }
export async function requestExtensionAction(id: number, input: unknown) { return extensionStep(id, input); }
export async function decideExtensionAction(id: number, input: unknown) { return decideStep(id, input); }
/** Handled, with photos of the site before and after (optional). */
export async function handleComplaintAction(id: number, input: unknown, before: File[] = [], after: File[] = []): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(handleSchema, input);
    if (!parsed.ok) return parsed.result;
    const photos = { before: await prepareFiles(Array.isArray(before) ? before : [], "before"), after: await prepareFiles(Array.isArray(after) ? after : [], "after") };
    const complaintId = recordId(id);
    await handleComplaint(actor, complaintId, parsed.data, await requestIp(), photos);
    revalidatePath(`/complaints/${complaintId}`);
    revalidatePath("/complaints");
    return { ok: true };
  });
}
export async function replyComplaintAction(id: number, input: unknown) { return replyStep(id, input); }
export async function closeComplaintAction(id: number, input: unknown) { return closeStep(id, input); }
