// Signing in as the demo roles, and replaying a captured server action as another user.
import { expect, type Browser, type BrowserContext, type Page, type Request, type Route } from "@playwright/test";
import { DEMO_PASSWORD } from "./db";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
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
