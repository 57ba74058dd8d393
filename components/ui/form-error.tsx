"use client";
// The form-level message (conflict, not found, unexpected error with its reference), announced
// to screen readers through an aria-live region.
import { useTranslations } from "next-intl";

export function useFormErrorText(): (code: string | null | undefined) => string | null {
  const t = useTranslations("errors");
  return (code) => {
    if (!code) return null;
    if (code.startsWith("unexpected:")) return t("unexpected", { ref: code.slice("unexpected:".length) });
    return t.has(code as never) ? t(code as never) : t("generic");
  };
}

export function FormError({ code }: { code: string | null | undefined }) {
  const text = useFormErrorText()(code);
  return (
    <div aria-live="assertive" className="min-h-0">
      {text ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {text}
        </p>
      ) : null}
    </div>
  );
}
