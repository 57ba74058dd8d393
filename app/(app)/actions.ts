"use server";
// Home-page actions.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth";
import { markNotificationsRead } from "@/lib/data/notifications";

export async function markAllReadAction(): Promise<void> {
  const actor = await requireActor();
  await markNotificationsRead(actor, "all");
  revalidatePath("/");
}
