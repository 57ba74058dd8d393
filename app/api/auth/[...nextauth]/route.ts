// next-auth's own routes (sign-in callback, CSRF token, sign-out), and the session endpoint.
import NextAuth from "next-auth";
import { authOptions, getSessionActor } from "@/lib/auth";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/**
 * GET/POST /api/auth/session is answered here, not by next-auth: next-auth's answer re-issues the
 * session cookie with a new 12-hour expiry, so polling it would keep a session alive forever
 * (issue 11). This one only reads: the signed-in user and when the session ends.
 */
async function session(): Promise<Response> {
  const actor = await getSessionActor();
  const body = actor ? { user: { name: actor.name }, expires: actor.sessionExpires.toISOString() } : {};
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

async function handler(req: Request, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth.length === 1 && nextauth[0] === "session") return session();
  // Options are built per request: the secret may be generated after the build.
  return (NextAuth(authOptions()) as (req: Request, ctx: Ctx) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
