// Status badges. Server-safe.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";


export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  // Styles in app/globals.css (`.badge`, `.badge-<tone>`): lists repeat a badge in every row.
  return <span className={cn("badge", `badge-${tone}`, className)}>{children}</span>;
}
