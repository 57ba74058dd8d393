"use server";
// Administration of organisations and residential areas.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { createArea, setAreaActive, updateArea } from "@/lib/data/areas";
import { createOrganisation, setOrganisationActive, updateOrganisation } from "@/lib/data/organisations";
import { areaSchema, organisationSchema } from "@/lib/validation/organisation";
import { AppError } from "@/lib/errors";

function requireVersion(version: number | undefined): number {
  if (!version) throw new AppError("validation");
  return version;
}

export async function createOrganisationAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(organisationSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createOrganisation(actor, parsed.data, await requestIp());
    revalidatePath("/admin/organisations");
    return { ok: true, data: { id } };
  });
}

export async function updateOrganisationAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(organisationSchema, input);
    if (!parsed.ok) return parsed.result;
    await updateOrganisation(actor, recordId(id), { ...parsed.data, version: requireVersion(parsed.data.version) }, await requestIp());
    revalidatePath("/admin/organisations");
    return { ok: true, data: { id } };
  });
}

export async function setOrganisationActiveAction(id: number, active: boolean, version: number): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await setOrganisationActive(actor, recordId(id), active === true, recordId(version), await requestIp());
    revalidatePath("/admin/organisations");
    return { ok: true };
  });
}

export async function createAreaAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(areaSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createArea(actor, parsed.data, await requestIp());
    revalidatePath("/areas");
    return { ok: true, data: { id } };
  });
}

export async function updateAreaAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(areaSchema, input);
    if (!parsed.ok) return parsed.result;
    await updateArea(actor, recordId(id), { ...parsed.data, version: requireVersion(parsed.data.version) }, await requestIp());
    revalidatePath("/areas");
    return { ok: true, data: { id } };
  });
}

export async function setAreaActiveAction(id: number, active: boolean, version: number): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await setAreaActive(actor, recordId(id), active === true, recordId(version), await requestIp());
    revalidatePath("/areas");
    return { ok: true };
  });
}
