"use client";
// Uploading a complaint ledger: the file, then either the per-row report (nothing imported) or
// how many complaints were created, with a link to the list (docs/decisions/046).
import { useId, useState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { LedgerImportResult } from "@/lib/data/complaint-import";
import { LEDGER_MAX_ERRORS } from "@/lib/domain/codes";
import type { LedgerError } from "@/lib/domain/complaint-ledger";
import type { LedgerUploadInput } from "@/lib/validation/complaint-import";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field";
import { filesOf } from "@/components/ui/file-field";
import { FormError } from "@/components/ui/form-error";
import { Notice } from "@/components/ui/layout";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "@/components/ui/use-hydrated";
import { importLedgerAction } from "@/app/(app)/complaints/import/actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const ledgerUploadSchema = () => import("@/lib/validation/complaint-import").then((m) => m.ledgerUploadSchema);

export function LedgerImportForm() {
  const t = useTranslations("complaints");
  const id = useId();
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<LedgerImportResult | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm<LedgerUploadInput, LedgerImportResult>({
    schema: ledgerUploadSchema,
    defaultValues: { file: null },
    action: async (values) => {
      setOutcome(null);
      // The form's submission key goes along: an import retried after a lost answer is not imported twice.
      return importLedgerAction({ ...values, file: filesOf(values.file)[0] ?? values.file });
    },
    onSuccess: (data) => setOutcome(data ?? null),
  });
  const error = form.formState.errors.file as { message?: string } | undefined;
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError code={formError} />
        <FieldFrame id={id} label={t("import.file")} hint={t("import.hint")} error={error} required>
          {(aria) => (
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={!hydrated}
              {...form.register("file")}
              {...aria}
              className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-brand-800 hover:file:bg-brand-100"
            />
          )}
        </FieldFrame>
        <Button type="submit" disabled={pending}>{pending ? t("import.pending") : t("import.submit")}</Button>
      </form>
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} /> : null}</div>
    </div>
  );
}

function Outcome({ outcome }: { outcome: LedgerImportResult }) {
  const t = useTranslations("complaints");
  if (outcome.ok) {
    return (
      <Notice tone="success">
        <p>{t("import.done", { count: outcome.created, firstRef: outcome.firstRef, lastRef: outcome.lastRef })}</p>
        <p className="mt-1"><Link href="/complaints" className="font-medium underline">{t("import.toList")}</Link></p>
      </Notice>
    );
  }
  return (
    <div className="space-y-3">
      <Notice tone="danger">
        {t("import.invalid", { count: outcome.errors.length })}
        {outcome.errors.length >= LEDGER_MAX_ERRORS ? ` ${t("import.truncated", { max: LEDGER_MAX_ERRORS })}` : ""}
      </Notice>
      <Table caption={t("import.reportCaption")}>
        <thead>
          <tr>
            <Th>{t("import.report.row")}</Th>
            <Th>{t("import.report.column")}</Th>
            <Th>{t("import.report.problem")}</Th>
          </tr>
        </thead>
        <tbody>
          {outcome.errors.map((e, i) => (
            <Tr key={`${e.row}-${e.column ?? ""}-${i}`} data-testid="ledger-error">
              <Td className="tabular-nums">{e.row}</Td>
              <Td>{e.column ? t(`csv.${e.column}`) : "—"}</Td>
              <Td>{problem(t, e)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function problem(t: ReturnType<typeof useTranslations<"complaints">>, e: LedgerError): string {
  return t(`import.error.${e.code}`, { value: e.value ?? "", otherRow: e.otherRow ?? 0, column: e.column ? t(`csv.${e.column}`) : "" });
}
