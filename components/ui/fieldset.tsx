"use client";
// A group of controls (checkboxes, a picker) with one legend, hint and error, wired for screen
// readers like a single field. The error is a key of the "validation" catalog.
import type { ReactNode } from "react";
import { useId } from "react";
import { useValidationMessage } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

export function Fieldset({ legend, hint, error, required, className, children }: { legend: ReactNode; hint?: ReactNode; error?: { message?: string } | string; required?: boolean; className?: string; children: ReactNode }) {
  const id = useId();
  const message = useValidationMessage();
  const errorText = message(typeof error === "string" ? error : error?.message);
  return (
    <fieldset className={cn("space-y-2", className)} aria-invalid={Boolean(errorText)} aria-describedby={[hint ? `${id}-hint` : "", errorText ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        {required ? <span aria-hidden="true" className="ml-0.5 text-red-700">*</span> : null}
      </legend>
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      {children}
      {errorText ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{errorText}</p> : null}
    </fieldset>
  );
}
