"use client";
// The registering office records how it reached the resident and the rating; a dissatisfied
// rating may reopen the matter in the same action (the server checks both again).
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { RATINGS, RETURN_VISIT_METHODS } from "@/lib/domain/codes";
import type { ReturnVisitInput } from "@/lib/validation/satisfaction";
import { returnVisitAction } from "@/app/(app)/complaints/satisfaction-actions";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const returnVisitSchema = () => import("@/lib/validation/satisfaction").then((m) => m.returnVisitSchema);

export function ReturnVisitForm({ complaintId, version }: { complaintId: number; version: number }) {
  const t = useTranslations("satisfaction");
  const common = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const { form, onSubmit, formError, pending } = useActionForm<ReturnVisitInput, { reopened: boolean }>({
    schema: returnVisitSchema,
    defaultValues: { method: "PHONE", rating: "" as never, comment: "", reopen: false, version },
    action: (values) => returnVisitAction(complaintId, values),
    onSuccess: (data) => {
      router.replace(`${pathname}?done=${data?.reopened ? "reopened" : "returnVisit"}`, { scroll: false });
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const dissatisfied = form.watch("rating") === "DISSATISFIED";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="return-visit-form">
      <FormError code={formError} />
      <SelectField label={t("returnVisit.method")} required options={RETURN_VISIT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} registration={form.register("method")} error={e.method} />
      <SelectField label={t("returnVisit.rating")} required placeholder={common("choose")} options={RATINGS.map((r) => ({ value: r, label: t(`rating.${r}`) }))} registration={form.register("rating")} error={e.rating} />
      <TextareaField label={t("returnVisit.comment")} hint={t("returnVisit.commentHint")} rows={2} registration={form.register("comment")} error={e.comment} />
      {/* Disabled (and so not sent) unless the rating is "dissatisfied". */}
      <CheckboxField label={t("returnVisit.reopen")} registration={form.register("reopen", { disabled: !dissatisfied })} error={e.reopen} />
      <Button type="submit" disabled={pending}>{pending ? common("loading") : t("returnVisit.submit")}</Button>
    </form>
  );
}
