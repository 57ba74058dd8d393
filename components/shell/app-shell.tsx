// The signed-in frame: header with the user's organisation, navigation by role, language
// switch and sign-out. Server component; the mobile menu is a <details> element (no JS).
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { navFor, type NavItem } from "@/lib/navigation";
import type { Actor } from "@/lib/scope";
import { signOutAction } from "@/app/(app)/account/actions";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationBell } from "@/components/shell/notification-bell";

export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const t = await getTranslations();
  const items = navFor(actor);
  const sections = (["work", "reference", "admin"] as const)
    .map((section) => ({ section, items: items.filter((i) => i.section === section) }))
    .filter((s) => s.items.length > 0);
  const labelled = (list: NavItem[]) => list.map((i) => ({ href: i.href, label: t(`nav.${i.label}` as never) }));
  const nav = (
    <nav aria-label={t("nav.main")} className="space-y-4">
      {sections.map((s) => (
        <div key={s.section}>
          <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`nav.section.${s.section}`)}</p>
          <NavLinks items={labelled(s.items)} />
        </div>
      ))}
    </nav>
  );
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="bg-brand-800 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2.5">
          <details className="relative lg:hidden">
            <summary className="cursor-pointer list-none rounded px-2 py-1 text-sm ring-1 ring-white/40" aria-label={t("nav.menu")}>
              {t("nav.menu")}
            </summary>
            <div className="absolute left-0 z-20 mt-2 w-64 rounded-md bg-white p-3 text-slate-900 shadow-lg">
              {nav}
              <Link href="/account/password" className="mt-3 block border-t border-slate-200 px-3 pt-2 text-sm text-brand-700">
                {t("account.changePassword")}
              </Link>
            </div>
          </details>
          <Link href="/" className="flex min-w-0 items-baseline gap-2">
            <span className="text-lg font-bold tracking-wide">{t("common.appName")}</span>
            <span className="hidden truncate text-xs text-brand-100 sm:inline">{t("common.appTagline")}</span>
          </Link>
          <div className="ml-auto flex items-center gap-2 text-sm">
            <div className="hidden min-w-0 text-right leading-tight md:block">
              <p className="truncate font-medium" data-testid="current-org">{actor.orgName}</p>
              <p className="truncate text-xs text-brand-100">
                {actor.name} · {t(`org.role.${actor.role}`)}
              </p>
            </div>
            <NotificationBell actor={actor} />
            <LanguageSwitch className="text-white" />
            <Link href="/account/password" className="hidden rounded px-2 py-1 text-xs hover:bg-white/10 sm:inline">
              {t("account.changePassword")}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded px-2 py-1 text-xs ring-1 ring-white/40 hover:bg-white/10">
                {t("auth.signOut")}
              </button>
            </form>
          </div>
        </div>
        <div className="border-t border-white/10 bg-brand-900/40 px-4 py-1 text-xs text-brand-100 md:hidden">
          <span data-testid="current-org-mobile">{actor.orgName}</span> · {actor.name}
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 gap-6 px-4 py-5">
        <aside className="hidden w-52 shrink-0 lg:block print:hidden">{nav}</aside>
        <main id="main" className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
