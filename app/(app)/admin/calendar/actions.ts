"use server";
// Administration of the holiday calendar and the deadline rules.
import { revalidatePath } from "next/cache";
import { requestIp, requireActor } from "@/lib/auth";
import { parseInput, recordId, runAction, type ActionResult } from "@/lib/action-result";
import { resetCalendarDay, setCalendarDay, updateDeadlineRule } from "@/lib/data/calendar";
import { calendarDaySchema, deadlineRuleSchema, isoDate } from "@/lib/validation/calendar";
import { AppError } from "@/lib/errors";

export async function setCalendarDayAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(calendarDaySchema, input);
    if (!parsed.ok) return parsed.result;
    await setCalendarDay(actor, parsed.data, await requestIp());
    revalidatePath("/admin/calendar");
    return { ok: true };
  });
}

export async function resetCalendarDayAction(date: string): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = isoDate.safeParse(date);
    if (!parsed.success) throw new AppError("notFound");
    await resetCalendarDay(actor, parsed.data, await requestIp());
    revalidatePath("/admin/calendar");
    return { ok: true };
  });
}

export async function updateDeadlineRuleAction(id: number, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const parsed = parseInput(deadlineRuleSchema, input);
    if (!parsed.ok) return parsed.result;
    await updateDeadlineRule(actor, recordId(id), parsed.data, await requestIp());
    revalidatePath("/admin/calendar");
    return { ok: true };
  });
}
