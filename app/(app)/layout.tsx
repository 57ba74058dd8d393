import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireActor, getSessionActor } from "@/lib/auth";
import { AppShell } from "@/components/shell/app-shell";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const session = await getSessionActor();
  // A password set by an administrator must be replaced before anything else.
  if (session?.mustChangePassword) {
    const path = (await headers()).get("x-pathname") ?? "";
    if (path !== "/account/password") redirect("/account/password");
  }
  return <AppShell actor={actor}>{children}</AppShell>;
}
