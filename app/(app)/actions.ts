"use server";
// Notification actions (home page and notification centre).
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth";
import { markNotificationsRead } from "@/lib/data/notifications";

export async function markAllReadAction(): Promise<void> {
  const actor = await requireActor();
  await markNotificationsRead(actor, "all");
  // The header's unread count is on every page.
  revalidatePath("/", "layout");
}
