"use client";
// Form fields: label, control, hint and error list wired with aria attributes. Error messages
// are keys of the "validation" catalog, the same keys the server returns.
import type { ComponentProps, ReactNode } from "react";
import { useId } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 aria-[invalid=true]:border-red-600";
export const controlClass = `${control} disabled:bg-slate-100`;
/** A control disabled only while the page hydrates keeps its normal look. */
const waitingControlClass = `${control} disabled:cursor-progress`;

/** Translates a validation message key; unknown keys fall back to a generic message. */
export function useValidationMessage(): (key: string | undefined) => string | null {
  const t = useTranslations("validation");
  return (key) => {
    if (!key) return null;
    return t.has(key as never) ? t(key as never) : t("invalid");
  };
}

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  error?: { message?: string } | string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; "aria-required"?: boolean }) => ReactNode;
};

export function FieldFrame({ id, label, error, hint, required, className, children }: FieldFrameProps) {
  const message = useValidationMessage();
  const key = typeof error === "string" ? error : error?.message;
  const errorText = message(key);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="ml-0.5 text-red-700">*</span> : null}
      </label>
      {children({ id, "aria-invalid": Boolean(errorText), "aria-describedby": describedBy, "aria-required": required || undefined })}
      {hint ? <p id={hintId} className="text-xs text-slate-500">{hint}</p> : null}
      {errorText ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: ReactNode; error?: { message?: string } | string; hint?: ReactNode; required?: boolean; className?: string; registration?: UseFormRegisterReturn };

export function TextField({ label, error, hint, required, className, registration, id, readOnly, ...input }: Common & ComponentProps<"input">) {
  const auto = useId();
  const hydrated = useHydrated();
  return (
    <FieldFrame id={id ?? auto} label={label} error={error} hint={hint} required={required} className={className}>
      {(aria) => <input {...input} {...registration} {...aria} readOnly={readOnly || !hydrated} className={controlClass} />}
    </FieldFrame>
  );
}

export function TextareaField({ label, error, hint, required, className, registration, id, rows = 4, readOnly, ...input }: Common & ComponentProps<"textarea">) {
  const auto = useId();
  const hydrated = useHydrated();
  return (
    <FieldFrame id={id ?? auto} label={label} error={error} hint={hint} required={required} className={className}>
      {(aria) => <textarea rows={rows} {...input} {...registration} {...aria} readOnly={readOnly || !hydrated} className={controlClass} />}
    </FieldFrame>
  );
}

export type Option = { value: string | number; label: string; group?: string };

export function SelectField({ label, error, hint, required, className, registration, id, options, placeholder, disabled, ...select }: Common & ComponentProps<"select"> & { options: readonly Option[]; placeholder?: string }) {
  const auto = useId();
  const hydrated = useHydrated();
  const disabledByCaller = disabled || registration?.disabled;
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  return (
    <FieldFrame id={id ?? auto} label={label} error={error} hint={hint} required={required} className={className}>
      {(aria) => (
        <select {...select} {...registration} {...aria} disabled={disabledByCaller || !hydrated} className={disabledByCaller || hydrated ? controlClass : waitingControlClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {groups.length > 1
            ? groups.map((g) => (
                <optgroup key={g} label={g}>
                  {options.filter((o) => (o.group ?? "") === g).map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </optgroup>
              ))
            : options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ label, error, hint, className, registration, id, disabled, ...input }: Omit<Common, "required"> & ComponentProps<"input">) {
  const auto = useId();
  const hydrated = useHydrated();
  const fieldId = id ?? auto;
  const message = useValidationMessage();
  const errorText = message(typeof error === "string" ? error : error?.message);
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-center gap-2">
        <input type="checkbox" id={fieldId} {...input} {...registration} disabled={disabled || registration?.disabled || !hydrated} aria-invalid={Boolean(errorText)} className="size-4 rounded border-slate-300 text-brand-700" />
        <label htmlFor={fieldId} className="text-sm text-slate-800">{label}</label>
      </div>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {errorText ? <p className="text-sm text-red-700" role="alert">{errorText}</p> : null}
    </div>
  );
}
