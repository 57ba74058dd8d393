// The proxy gives every page its Content Security Policy with a fresh script nonce (lib/csp.ts),
// sends anonymous visitors to the sign-in page, and keeps an active session alive by re-issuing
// its cookie with a fresh "last seen" time (idle timeout, 等保2.0) and the same absolute expiry.
// Authorization is never decided here: every page, action and route handler calls
// requireActor() and scopes its queries (lib/scope.ts).
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { authSecret, secureCookies, sessionIdleMinutes } from "@/lib/config";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";
import { isIdleExpired, isSessionClaims, needsRefresh, remainingLifetime } from "@/lib/domain/session";
import { sessionCookieName } from "@/lib/session-cookie";

/** Paths anyone may open: next-auth's routes, the health check, the public resident pages,
 * calendar feeds (authenticated by their own token), the integration API (by its keys, lib/api/http.ts)
 * and its documents, and the sign-in page. */
function isPublic(pathname: string): boolean {
  return /^\/(sign-in|public|api\/auth|api\/health|api\/public|api\/ical|api\/v1)(\/|$)/.test(pathname);
}

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
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  // The current path, for the layout's "must change password first" redirect.
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const next = () => {
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };
  if (isPublic(request.nextUrl.pathname)) return next();

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

  const response = next();
  if (needsRefresh(token.ls, now)) {
    // Keep the absolute expiry of the sign-in; only "last seen" moves.
    const maxAge = remainingLifetime(token.exp, now);
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
  // Everything but static files (public/: icons, manifest, robots.txt): pages get their policy;
  // the public ones are let through above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|icon-512.png|apple-touch-icon.png|manifest.webmanifest).*)"],
};
