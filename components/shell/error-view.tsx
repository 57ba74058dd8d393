"use client";
// What a user sees when something unexpected fails: a plain message and the reference of the
// server log entry (error.digest), never a stack trace. It reads its own small catalog (errorPage) directly
// rather than through next-intl's client provider, so no page ships that provider just for the
// case of an error (docs/decisions/045); the language is the page's (<html lang>). The build
// precompiles the catalogs (decision 084), so a message read here directly must be plain text.
import { useSyncExternalStore } from "react";
import Link from "@/components/ui/link";
import { Button, buttonClass } from "@/components/ui/button";
import en from "@/lib/i18n/messages/en/errorPage.json";
import zh from "@/lib/i18n/messages/zh-CN/errorPage.json";

const noChanges = () => () => {};

export function ErrorView({ digest, retry }: { digest?: string; retry: () => void }) {
  const lang = useSyncExternalStore(noChanges, () => document.documentElement.lang, () => "zh-CN");
  const m = lang === "en" ? en : zh;
  return (
    <div className="mx-auto flex min-h-[50dvh] max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-xl font-semibold">{m.errorTitle}</h1>
      <p className="mt-2 text-sm text-slate-600">{m.errorBody}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-slate-500">{m.referenceLabel}{digest}</p> : null}
      <div className="mt-6 flex gap-2">
        <Button onClick={() => retry()}>{m.retry}</Button>
        <Link href="/" className={buttonClass("secondary")}>{m.backHome}</Link>
      </div>
    </div>
  );
}
