"use client";
// User administration forms: create, edit, reset password.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { rolesFor, type OrgKind } from "@/lib/domain/codes";
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from "@/lib/validation/organisation";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const createUserSchema = () => import("@/lib/validation/organisation").then((m) => m.createUserSchema);
const resetPasswordSchema = () => import("@/lib/validation/organisation").then((m) => m.resetPasswordSchema);
const updateUserSchema = () => import("@/lib/validation/organisation").then((m) => m.updateUserSchema);

type OrgOpt = { id: number; name: string; kind: string };

export function CreateUserForm({ orgs, initialOrgId, action }: { orgs: OrgOpt[]; initialOrgId?: number; action: (v: CreateUserInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<CreateUserInput, { id: number }>({
    schema: createUserSchema,
    defaultValues: { username: "", name: "", position: "", phone: "", orgId: initialOrgId ?? ("" as never), role: "CLERK", password: "" },
    action,
    onSuccess: (data) => router.push(`/admin/users/${data?.id ?? ""}?created=1`),
  });
  const orgId = Number(form.watch("orgId"));
  const kind = orgs.find((o) => o.id === orgId)?.kind as OrgKind | undefined;
  const roles = kind ? rolesFor(kind) : (["CLERK", "LEADER"] as const);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField label={t("admin.user.username")} hint={t("admin.user.usernameHint")} required autoComplete="off" registration={form.register("username")} error={e.username} />
      <TextField label={t("admin.user.name")} required registration={form.register("name")} error={e.name} />
      <SelectField
        className="sm:col-span-2"
        label={t("admin.user.organisation")}
        required
        placeholder={t("common.choose")}
        registration={form.register("orgId")}
        error={e.orgId}
        options={orgs.map((o) => ({ value: o.id, label: o.name, group: t(`org.kind.${o.kind}` as never) }))}
      />
      <SelectField label={t("admin.user.role")} required registration={form.register("role")} error={e.role} options={roles.map((r) => ({ value: r, label: t(`org.role.${r}`) }))} />
      <TextField label={t("admin.user.position")} registration={form.register("position")} error={e.position} />
      <TextField label={t("admin.user.phone")} type="tel" registration={form.register("phone")} error={e.phone} />
      <TextField label={t("admin.user.initialPassword")} hint={t("account.policy")} type="password" autoComplete="new-password" required registration={form.register("password")} error={e.password} />
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{t("admin.user.create")}</Button></div>
    </form>
  );
}

export function EditUserForm({ initial, orgKind, action }: { initial: UpdateUserInput; orgKind: OrgKind; action: (v: UpdateUserInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<UpdateUserInput, { id: number }>({
    schema: updateUserSchema,
    defaultValues: initial,
    action,
    onSuccess: (data) => {
      router.replace(`/admin/users/${data?.id ?? ""}?saved=1`);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormError code={formError} /></div>
      <TextField label={t("admin.user.name")} required registration={form.register("name")} error={e.name} />
      <SelectField label={t("admin.user.role")} required registration={form.register("role")} error={e.role} options={rolesFor(orgKind).map((r) => ({ value: r, label: t(`org.role.${r}`) }))} />
      <TextField label={t("admin.user.position")} registration={form.register("position")} error={e.position} />
      <TextField label={t("admin.user.phone")} type="tel" registration={form.register("phone")} error={e.phone} />
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{t("common.save")}</Button></div>
    </form>
  );
}

export function ResetPasswordForm({ version, action }: { version: number; action: (v: ResetPasswordInput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<ResetPasswordInput, { id: number }>({
    schema: resetPasswordSchema,
    defaultValues: { password: "", version },
    action,
    onSuccess: (data) => {
      router.replace(`/admin/users/${data?.id ?? ""}?reset=1`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormError code={formError} />
      <TextField label={t("admin.user.temporaryPassword")} hint={t("admin.user.temporaryPasswordHint")} type="password" autoComplete="new-password" required registration={form.register("password")} error={form.formState.errors.password} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("admin.user.resetPassword")}</Button>
    </form>
  );
}
