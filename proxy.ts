// The proxy only sends anonymous visitors to the sign-in page, and keeps an active session
// alive by re-issuing its cookie with a fresh "last seen" time (idle timeout, 等保2.0).
// Authorization is never decided here: every page, action and route handler calls
// requireActor() and scopes its queries (lib/scope.ts).
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { authSecret, secureCookies, sessionIdleMinutes } from "@/lib/config";
import { isIdleExpired, isSessionClaims, needsRefresh, SESSION_MAX_AGE_SECONDS } from "@/lib/domain/session";
import { sessionCookieName } from "@/lib/session-cookie";

function toSignIn(request: NextRequest, expired: boolean): NextResponse {
  const url = new URL("/sign-in", request.url);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  if (expired) url.searchParams.set("expired", "1");
  const response = NextResponse.redirect(url);
  if (expired) response.cookies.delete(sessionCookieName());
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const cookieName = sessionCookieName();
  const raw = request.cookies.get(cookieName)?.value;
  if (!raw) return toSignIn(request, false);
  const secret = authSecret();
  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: raw, secret });
  } catch {
    token = null;
  }
  if (!isSessionClaims(token)) return toSignIn(request, true);
  const now = Math.floor(Date.now() / 1000);
  if (isIdleExpired(token.ls, now, sessionIdleMinutes())) return toSignIn(request, true);

  // The current path, for the layout's "must change password first" redirect.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (needsRefresh(token.ls, now)) {
    const exp = typeof token.exp === "number" ? token.exp : now + SESSION_MAX_AGE_SECONDS;
    // Keep the absolute expiry of the sign-in; only "last seen" moves.
    const maxAge = Math.max(0, exp - now);
    const value = await encode({ token: { ...token, ls: now }, secret, maxAge });
    response.cookies.set(cookieName, value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookies(),
      maxAge,
    });
  }
  return response;
}

export const config = {
  // Everything except: next-auth's own routes, the health check, the public resident pages,
  // calendar feeds (authenticated by their own token), the sign-in page and static files.
  matcher: ["/((?!api/auth|api/health|api/public|api/ical|public|sign-in|_next/static|_next/image|favicon.ico|robots.txt|icon.svg|icon-512.png|apple-touch-icon.png|manifest.webmanifest).*)"],
};
