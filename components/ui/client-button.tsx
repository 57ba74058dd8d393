"use client";
// A button that stays disabled until its part of the page has hydrated: a click before then would
// do nothing (no handler yet) or send a JavaScript form as a plain GET with its fields in the address.
import type { ComponentProps } from "react";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-styles";
import { useHydrated } from "@/components/ui/use-hydrated";

export function Button({ variant = "primary", className, type = "button", disabled, ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  const hydrated = useHydrated();
  const waiting = !hydrated && !disabled;
  return <button type={type} className={buttonClass(variant, className, waiting)} disabled={disabled || !hydrated} {...props} />;
}
