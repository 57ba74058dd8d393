import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth";
import { notFoundUnless } from "@/lib/page-guards";

/** Administration exists only for administrators: to anyone else it is a missing page. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  notFoundUnless(actor.role === "ADMIN");
  return children;
}
