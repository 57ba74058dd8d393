"use client";
// Sign-in through next-auth's Credentials provider. Error codes from the server (wrong
// credentials, account locked until ...) become messages in the user's language.
import { useEffect, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { afterSignInPath } from "@/lib/domain/safe-redirect";
import type { SignInInput } from "@/lib/validation/account";
import { Button } from "@/components/ui/button";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { TextField } from "@/components/ui/field";
// The schemas load after the page: zod is not in the first-load bundle (docs/decisions/045).
const signInSchema = () => import("@/lib/validation/account").then((m) => m.signInSchema);

export function SignInForm({ callbackUrl, expired }: { callbackUrl: string; expired: boolean }) {
  const t = useTranslations("auth");
  const format = useFormatter();
  const [error, setError] = useState<string | null>(expired ? t("expired") : null);
  const [pending, start] = useTransition();
  const [resolver] = useState(() => lazyResolver<SignInInput>(signInSchema));
  useEffect(() => resolver.preload(), [resolver]);
  const form = useForm<SignInInput>({ resolver, defaultValues: { username: "", password: "" } });

  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setError(null);
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.ok && !result.error) {
        // Checked again here: the page's value is a same-origin path already (lib/domain/safe-redirect.ts).
        window.location.assign(afterSignInPath(callbackUrl));
        return;
      }
      const code = result?.error ?? "";
      if (code.startsWith("throttled:")) {
        const until = new Date(code.slice("throttled:".length));
        setError(t("throttled", { time: format.dateTime(until, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }) }));
      } else if (code === "invalid" || code === "CredentialsSignin") {
        setError(t("invalid"));
      } else {
        setError(t("failed"));
      }
      form.setValue("password", "");
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <TextField label={t("username")} autoComplete="username" required registration={form.register("username")} error={form.formState.errors.username} />
      <TextField label={t("password")} type="password" autoComplete="current-password" required registration={form.register("password")} error={form.formState.errors.password} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
