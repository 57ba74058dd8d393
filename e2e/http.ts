// Raw HTTP against the e2e server, for what a browser cannot do: connecting from another
// loopback address (127.0.0.2 is not a trusted proxy of the e2e server; 127.0.0.1 is), sending
// X-Forwarded-For, and signing in through next-auth's endpoints without the sign-in page.
import http from "node:http";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

export function rawRequest(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The source address of the connection (the server sees it as the peer). */
  from?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: PORT, method: options.method ?? "GET", path: options.path, headers: options.headers, localAddress: options.from ?? "127.0.0.1" },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString("utf8") });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    if (options.body) request.write(options.body);
    request.end();
  });
}

/** name=value pairs of a response's Set-Cookie headers. */
export function setCookies(response: RawResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of response.headers["set-cookie"] ?? []) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    out[pair!.slice(0, i)] = pair!.slice(i + 1);
  }
  return out;
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ");
}

export type SignInResult = { ok: boolean; error: string | null; cookies: Record<string, string> };

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does. `from` is the
 * connection's source address, `forwardedFor` an X-Forwarded-For header, `cookies` what the
 * client already holds (a device cookie from an earlier sign-in).
 */
export async function credentialsSignIn(username: string, password: string, options: { from?: string; forwardedFor?: string; cookies?: Record<string, string> } = {}): Promise<SignInResult> {
  const extra: Record<string, string> = options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {};
  const csrf = await rawRequest({ path: "/api/auth/csrf", from: options.from, headers: { ...extra, cookie: cookieHeader(options.cookies ?? {}) } });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const jar = { ...(options.cookies ?? {}), ...setCookies(csrf) };
  const body = new URLSearchParams({ username, password, csrfToken, callbackUrl: "/", json: "true" }).toString();
  const response = await rawRequest({
    method: "POST",
    path: "/api/auth/callback/credentials",
    from: options.from,
    headers: { ...extra, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const cookies = { ...jar, ...setCookies(response) };
  // next-auth answers a JSON request with {url}: 200 on success, 401 with ?error=… on failure.
  const url = (response.headers["content-type"] ?? "").includes("json") ? (JSON.parse(response.text) as { url: string }).url : (response.headers.location ?? "");
  const error = new URL(url, "http://x").searchParams.get("error");
  return { ok: !error && Object.keys(cookies).some((k) => k.endsWith("next-auth.session-token")), error, cookies };
}
