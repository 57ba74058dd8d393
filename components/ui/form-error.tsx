"use client";
// The form-level message (conflict, not found, unexpected error with its reference), announced
// to screen readers through an aria-live region.
import { useFormatter, useTranslations } from "next-intl";

export function useFormErrorText(): (code: string | null | undefined) => string | null {
  const t = useTranslations("errors");
  const format = useFormatter();
  return (code) => {
    if (!code) return null;
    if (code.startsWith("unexpected:")) return t("unexpected", { ref: code.slice("unexpected:".length) });
    if (code.startsWith("throttled:")) {
      const until = new Date(code.slice("throttled:".length));
      return t("throttled", { time: Number.isNaN(until.getTime()) ? "" : format.dateTime(until, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }) });
    }
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
