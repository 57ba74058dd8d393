import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireSessionActor } from "@/lib/auth";
import { AppShell } from "@/components/shell/app-shell";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  // A password set by an administrator must be replaced before anything else (requireActor
  // refuses every other page and action too).
  if (actor.mustChangePassword) {
    const path = (await headers()).get("x-pathname") ?? "";
    if (path !== "/account/password") redirect("/account/password");
  }
  return <AppShell actor={actor}>{children}</AppShell>;
}
