"use client";
// One step of a record's lifecycle as a small form (a reason, a result, a date, files): the same
// zod schema on both sides, errors beside the fields, then the page reloads with the new state.
// Used by complaints, referrals, works and outages; the page decides which steps to offer
// (lib/domain allowed actions), the server decides again.
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues } from "react-hook-form";
import type { SchemaSource } from "@/components/ui/lazy-resolver";
import type { ActionResult } from "@/lib/action-result";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { SelectField, TextareaField, TextField, type Option } from "@/components/ui/field";
import { FileField, filesOf } from "@/components/ui/file-field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";

export type StepField =
  | { name: string; kind: "textarea"; label: string; hint?: string; required?: boolean; rows?: number }
  | { name: string; kind: "text" | "number" | "date" | "datetime-local"; label: string; hint?: string; required?: boolean; min?: number; max?: number }
  | { name: string; kind: "select"; label: string; hint?: string; required?: boolean; options: readonly Option[]; placeholder?: string }
  | { name: string; kind: "files"; label: string };

export type StepSubmit = { label: string; variant?: ButtonVariant; values?: Record<string, unknown> };

type Props = {
  schema: SchemaSource<FieldValues>;
  defaults: FieldValues;
  fields: readonly StepField[];
  /** files: every file field's files together; byField: each field's own (before/after photos). */
  action: (values: FieldValues, files: File[], byField: Record<string, File[]>) => Promise<ActionResult<unknown>>;
  submits: readonly StepSubmit[];
  /** Added to the URL after success (?done=…) so the page can say what happened. */
  done: string;
  /** Asked before sending (for steps that cannot be undone). */
  confirm?: string;
};

export function StepForm({ schema, defaults, fields, action, submits, done, confirm }: Props) {
  const t = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const fileFields = fields.filter((f) => f.kind === "files").map((f) => f.name);
  const { form, onSubmit, formError, pending } = useActionForm<FieldValues, unknown>({
    schema,
    defaultValues: defaults,
    action: (values) => {
      const files = fileFields.flatMap((name) => filesOf(values[name]));
      const byField = Object.fromEntries(fileFields.map((name) => [name, filesOf(values[name])]));
      const plain = Object.fromEntries(Object.entries(values).filter(([k]) => !fileFields.includes(k)));
      return action(plain, files, byField);
    },
    onSuccess: () => {
      router.replace(`${pathname}?done=${done}`, { scroll: false });
      router.refresh();
    },
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined>;
  const submitWith = (values?: Record<string, unknown>) => (event: React.MouseEvent) => {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    for (const [k, v] of Object.entries(values ?? {})) form.setValue(k, v);
    void onSubmit();
  };
  return (
    <form onSubmit={(ev) => ev.preventDefault()} noValidate className="space-y-3">
      <FormError code={formError} />
      {fields.map((f) => {
        switch (f.kind) {
          case "textarea":
            return <TextareaField key={f.name} label={f.label} hint={f.hint} required={f.required} rows={f.rows ?? 3} registration={form.register(f.name)} error={e[f.name]} />;
          case "select":
            return <SelectField key={f.name} label={f.label} hint={f.hint} required={f.required} placeholder={f.placeholder} options={f.options} registration={form.register(f.name)} error={e[f.name]} />;
          case "files":
            return <FileField key={f.name} label={f.label} registration={form.register(f.name)} error={e[f.name]} />;
          default:
            return <TextField key={f.name} type={f.kind} label={f.label} hint={f.hint} required={f.required} min={f.min} max={f.max} registration={form.register(f.name)} error={e[f.name]} />;
        }
      })}
      <div className="flex flex-wrap gap-2">
        {submits.map((s) => (
          <Button key={s.label} type="submit" variant={s.variant ?? "primary"} disabled={pending} onClick={submitWith(s.values)}>
            {pending ? t("loading") : s.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
