// Name and options of the session cookie, shared by next-auth, the proxy and requireActor.
import { secureCookies } from "@/lib/config";

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
