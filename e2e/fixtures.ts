// Signing in as the demo roles, and replaying a captured server action as another user.
import { expect, type Browser, type BrowserContext, type Cookie, type Page, type Request, type Route } from "@playwright/test";
import { DEMO_PASSWORD } from "./db";

/**
 * Signs in as `username` and lands on the home page. The sign-in form is used the first time in
 * a worker; after that the session cookies it gave are reused for the demo password (each worker
 * keeps its own), as a user reopening the browser would be: the suite spends its time on the
 * features, not on the same sign-in again. A session that no longer holds (signed out, revoked,
 * idle too long, the user changed) lands on the sign-in page, and the form is used again.
 * e2e/auth.spec.ts and e2e/security.spec.ts test the sign-in form itself.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const cached = password === DEMO_PASSWORD ? sessions.get(username) : undefined;
  if (cached) {
    await page.context().addCookies(cached);
    await page.goto("/");
    if (new URL(page.url()).pathname === "/") return;
    sessions.delete(username);
    await page.context().clearCookies();
  }
  await signInWithForm(page, username, password);
  if (password === DEMO_PASSWORD && new URL(page.url()).pathname === "/") sessions.set(username, await page.context().cookies());
}

const sessions = new Map<string, Cookie[]>();

/** Signs in through the sign-in form, every time. */
export async function signInWithForm(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  // Signing in and rendering the home page can take a while on a loaded two-core machine.
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
}

/** A fresh browser context signed in as the given user; returns its page. */
export async function signInAs(browser: Browser, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, username, password);
  return page;
}

export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

/** Runs `trigger` and captures the server-action request it sends (Next-Action header); with
 * `matches`, the first whose body it accepts (a form may send a debounced lookup meanwhile). */
export async function captureAction(page: Page, trigger: () => Promise<void>, matches: (body: string) => boolean = () => true): Promise<CapturedAction> {
  const request = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]) && matches(r.postData() ?? ""));
  await trigger();
  return capturedFrom(await request);
}

function capturedFrom(r: Request): CapturedAction {
  const headers = r.headers();
  return {
    url: r.url(),
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: r.postData() ?? "",
  };
}

/** Sends a captured server action again with another user's cookies; returns the response text. */
export async function replayAction(context: BrowserContext, action: CapturedAction): Promise<{ status: number; text: string }> {
  const response = await context.request.post(action.url, { headers: action.headers, data: action.body, maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

/** Captures the server action `click` sends without letting any action reach the server. The
 * capture is taken inside the route handler, after the request is aborted: a capture taken from a
 * "request" event could let the test remove the route before the handler ran, and the action
 * would then reach the server (seen under load in CI). */
export async function captureWithoutSending(page: Page, click: () => Promise<void>, matches: (body: string) => boolean = () => true): Promise<CapturedAction> {
  let capture!: (action: CapturedAction) => void;
  const captured = new Promise<CapturedAction>((resolve) => (capture = resolve));
  const handler = async (route: Route) => {
    const r = route.request();
    if (r.method() !== "POST" || !r.headers()["next-action"]) return route.continue();
    await route.abort();
    if (matches(r.postData() ?? "")) capture(capturedFrom(r));
  };
  await page.route("**/*", handler);
  await click();
  const action = await captured;
  await page.unroute("**/*", handler);
  return action;
}
