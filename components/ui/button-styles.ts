// Button classes, shared by server and client components.
import { cn } from "@/components/ui/cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3.5 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 print:hidden";
const disabledLook = "disabled:cursor-not-allowed disabled:opacity-60";
const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "text-brand-700 hover:bg-brand-50",
};

/** The classes of a button; `waiting` is a button not yet usable because the page is still loading (no greyed look). */
export function buttonClass(variant: ButtonVariant = "primary", className?: string, waiting = false): string {
  return cn(base, waiting ? "disabled:cursor-progress" : disabledLook, variants[variant], className);
}
