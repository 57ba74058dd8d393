import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth";
import { afterSignInPath } from "@/lib/domain/safe-redirect";
import { ClientMessages } from "@/components/intl-provider";
import { SignInForm } from "@/components/auth/lazy";
import { LanguageSwitch } from "@/components/shell/language-switch";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  // Only a path on this site is followed after sign-in (no open redirect).
  const callbackUrl = afterSignInPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-medium tracking-widest text-seal">{t("common.cityName")}</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("common.appName")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("common.appTagline")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="mb-4 text-lg font-semibold">{t("auth.signInTitle")}</h2>
          <ClientMessages namespaces={["auth"]}>
            <SignInForm callbackUrl={callbackUrl} expired={params.expired === "1"} />
          </ClientMessages>
        </div>
        <div className="mt-4 flex items-center justify-between text-xs text-slate-600">
          <span>{t("auth.securityNote")}</span>
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
