// Authentication: next-auth (Credentials, JWT sessions) and session -> Actor.
// The session token carries only the user id, the session version and when the user was last
// seen; everything else is read from the database on each request, so deactivating a user or
// resetting a password ends their sessions at once.
import "server-only";
import { randomUUID } from "node:crypto";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decode, encode } from "next-auth/jwt";
import { authSecret, secureCookies, sessionIdleMinutes } from "@/lib/config";
import { actorForSession, authenticate } from "@/lib/data/auth";
import { isIdleExpired, isSessionClaims, remainingLifetime, SESSION_MAX_AGE_SECONDS } from "@/lib/domain/session";
import type { Actor } from "@/lib/scope";
import { sessionCookieName } from "@/lib/session-cookie";
import { noteActionUser } from "@/lib/action-context";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceAfterSignIn, deviceCookieName, isRecognised, readDevice } from "@/lib/device-cookie";

export type { Actor } from "@/lib/scope";

/**
 * The client's address. scripts/server.mjs puts the one address it decided in X-Forwarded-For
 * (the peer, or what a trusted proxy forwarded: TRUSTED_PROXIES) before Next.js sees the request.
 */
function clientIp(h: Headers | Record<string, unknown> | undefined): string {
  if (!h) return "";
  const value = (h instanceof Headers ? h.get("x-forwarded-for") : (h["x-forwarded-for"] as string | undefined)) ?? "";
  return (value.split(",")[0] ?? "").trim().slice(0, 64);
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: {
      // next-auth re-encodes the token with a fresh maxAge whenever it touches the session;
      // keep the sign-in's absolute expiry instead (等保: absolute session lifetime).
      encode: (params) => encode({ ...params, maxAge: remainingLifetime(params.token?.exp, Math.floor(Date.now() / 1000)) }),
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const username = credentials?.username ?? "";
          const password = credentials?.password ?? "";
          if (!username || !password || username.length > 100 || password.length > 200) throw new Error("invalid");
          const jar = await cookies();
          const device = readDevice(jar.get(deviceCookieName())?.value);
          const outcome = await authenticate(username, password, clientIp(req?.headers), device ? { id: device.id, recognised: isRecognised(device, username) } : null);
          if (!outcome.ok) {
            // The sign-in form turns these codes into messages (messages/*/auth.json).
            throw new Error(outcome.reason === "throttled" ? `throttled:${outcome.until.toISOString()}` : "invalid");
          }
          // This browser now counts as the user's own: strangers' failures no longer slow it down.
          jar.set(deviceCookieName(), deviceAfterSignIn(device, username), {
            httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
          });
          return { id: String(outcome.userId), sv: outcome.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as { id: string; sv: number };
          token.uid = Number(u.id);
          token.sv = u.sv;
          token.sid = randomUUID();
          token.ls = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid };
      },
    },
  };
}

type SessionActor = NonNullable<Awaited<ReturnType<typeof actorForSession>>> & { sessionId: string; sessionExpires: Date };

/** The signed-in actor of this request, or null. Cached per request. */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let token: unknown;
  try {
    token = await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
  if (!isSessionClaims(token)) return null;
  const now = Math.floor(Date.now() / 1000);
  if (isIdleExpired(token.ls, now, sessionIdleMinutes())) return null;
  const actor = await actorForSession(token.uid, token.sv, token.sid);
  if (!actor) return null;
  return { ...actor, sessionId: token.sid, sessionExpires: new Date(((token.exp ?? now + SESSION_MAX_AGE_SECONDS) as number) * 1000) };
});

/**
 * For pages and actions: the actor, or a redirect to the sign-in page. A user whose password was
 * set by an administrator is sent to change it first: nothing else works with a temporary
 * password, pages or server actions alike (issue 11).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await requireSessionActor();
  if (actor.mustChangePassword) redirect("/account/password");
  return actor;
}

/** Like requireActor, but also for a user who must still change the password (that page and action, sign-out). */
export async function requireSessionActor(): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in");
  noteActionUser(actor.userId);
  return actor;
}

/** For route handlers (exports, downloads): the actor, or null when signed out or still on a temporary password. */
export async function getActor(): Promise<Actor | null> {
  const actor = await getSessionActor();
  return actor && !actor.mustChangePassword ? actor : null;
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** Re-issues the current session cookie (after the user changed their own password), with the same absolute expiry. */
export async function reissueSession(userId: number, sessionVersion: number, sessionId: string, expires: Date): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const maxAge = remainingLifetime(Math.floor(expires.getTime() / 1000), now);
  const value = await encode({ token: { uid: userId, sv: sessionVersion, sid: sessionId, ls: now }, secret: authSecret(), maxAge });
  (await cookies()).set(sessionCookieName(), value, {
    httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge,
  });
}
