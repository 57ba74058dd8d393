"use client";
// What a user sees when something unexpected fails: a plain message and the reference of the
// server log entry (error.digest), never a stack trace.
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { Button, buttonClass } from "@/components/ui/button";

export function ErrorView({ digest, retry }: { digest?: string; retry: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto flex min-h-[50dvh] max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("errorBody")}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-slate-500">{t("reference", { ref: digest })}</p> : null}
      <div className="mt-6 flex gap-2">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <Link href="/" className={buttonClass("secondary")}>{t("backHome")}</Link>
      </div>
    </div>
  );
}
