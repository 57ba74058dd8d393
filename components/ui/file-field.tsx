"use client";
// A file picker for attachments: images and PDFs. The chosen files travel to the server action
// as File objects (see filesOf); the server checks type and size again (lib/domain/attachment.ts).
import { useId } from "react";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldFrame } from "@/components/ui/field";

export function FileField({ label, registration, error, multiple = true }: { label: string; registration: UseFormRegisterReturn; error?: { message?: string } | string; multiple?: boolean }) {
  const id = useId();
  const t = useTranslations("common");
  return (
    <FieldFrame id={id} label={label} error={error} hint={t("attachmentHint")}>
      {(aria) => (
        <input
          type="file"
          multiple={multiple}
          accept="image/jpeg,image/png,application/pdf"
          {...registration}
          {...aria}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-brand-800 hover:file:bg-brand-100"
        />
      )}
    </FieldFrame>
  );
}

/** A FileList from an <input type=file> as the File[] a server action accepts. */
export function filesOf(value: unknown): File[] {
  if (typeof FileList !== "undefined" && value instanceof FileList) return Array.from(value);
  return Array.isArray(value) ? value.filter((v): v is File => typeof File !== "undefined" && v instanceof File) : [];
}
