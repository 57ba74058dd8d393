"use server";
// The signed-in user's own account: password, language, sign-out.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionActor, reissueSession, requestIp, requireSessionActor } from "@/lib/auth";
import { parseInput, runAction, type ActionResult } from "@/lib/action-result";
import { signOutSession } from "@/lib/data/auth";
import { sameOriginPath } from "@/lib/domain/safe-redirect";
import { changeOwnPassword, setOwnLocale } from "@/lib/data/users";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { sessionCookieName } from "@/lib/session-cookie";
import { changePasswordSchema } from "@/lib/validation/account";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    // The one action a user on a temporary password may take.
    const session = await requireSessionActor();
    const parsed = parseInput(changePasswordSchema, input);
    if (!parsed.ok) return parsed.result;
    const sessionVersion = await changeOwnPassword(session, parsed.data.currentPassword, parsed.data.newPassword, await requestIp());
    // Other sessions end with the new session version; this one carries on.
    await reissueSession(session.userId, sessionVersion, session.sessionId, session.sessionExpires);
    return { ok: true };
  });
}

/** Works signed in (saved to the account) and on the sign-in page (cookie only). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  // Back to the page the switch was pressed on (same origin only).
  const referer = (await headers()).get("referer");
  const back = referer && URL.canParse(referer) ? new URL(referer).pathname + new URL(referer).search : "/";
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const actor = await getSessionActor();
  if (actor) await setOwnLocale(actor, locale);
  redirect(sameOriginPath(back));
}

/** Ends this session: its token is refused from now on, even if a copy of it was taken. */
export async function signOutAction(): Promise<void> {
  const session = await getSessionActor();
  if (session) await signOutSession(session, session.sessionId, session.sessionExpires, await requestIp());
  (await cookies()).delete(sessionCookieName());
  redirect("/sign-in");
}
