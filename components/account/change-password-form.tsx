"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Notice } from "@/components/ui/layout";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const changePasswordSchema = () => import("@/lib/validation/account").then((m) => m.changePasswordSchema);

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const { form, onSubmit, formError, pending, succeeded } = useActionForm<ChangePasswordInput>({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: changePasswordAction,
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError code={formError} />
      {succeeded ? <Notice tone="success">{t("changed")}</Notice> : null}
      <TextField label={t("currentPassword")} type="password" autoComplete="current-password" required registration={form.register("currentPassword")} error={e.currentPassword} />
      <TextField label={t("newPassword")} type="password" autoComplete="new-password" required hint={t("policy")} registration={form.register("newPassword")} error={e.newPassword} />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" required registration={form.register("confirmPassword")} error={e.confirmPassword} />
      <Button type="submit" disabled={pending}>{t("save")}</Button>
    </form>
  );
}
