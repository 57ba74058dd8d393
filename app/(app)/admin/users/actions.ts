"use server";
// Administration of user accounts.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/data/users";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/validation/organisation";

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(createUserSchema, input);
    if (!parsed.ok) return parsed.result;
    const id = await createUser(actor, parsed.data, await requestIp());
    revalidatePath("/admin/users");
    return { ok: true, data: { id } };
  });
}

export async function updateUserAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(updateUserSchema, input);
    if (!parsed.ok) return parsed.result;
    await updateUser(actor, recordId(id), parsed.data, await requestIp());
    revalidatePath("/admin/users");
    return { ok: true, data: { id } };
  });
}

export async function resetPasswordAction(id: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(resetPasswordSchema, input);
    if (!parsed.ok) return parsed.result;
    await resetUserPassword(actor, recordId(id), parsed.data.password, parsed.data.version, await requestIp());
    revalidatePath("/admin/users");
    return { ok: true, data: { id } };
  });
}

export async function setUserActiveAction(id: number, active: boolean, version: number): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await setUserActive(actor, recordId(id), active === true, recordId(version), await requestIp());
    revalidatePath("/admin/users");
    return { ok: true };
  });
}
