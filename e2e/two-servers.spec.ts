// Two app servers on one database (issue 13; decision 085): a second production server is started
// beside the suite's on the same SQLite file, as a deployment would run one process per core behind
// a load balancer. A session begun on one holds on the other and ends on both; a duty-matrix edit
// made through one reaches the other's classifier, which it had already trained; an API key's rate
// limit counts the calls to both.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import createClient from "openapi-fetch";
import { e2eServerEnv } from "../scripts/lib.mjs";
import type { paths } from "./generated/api-v1";
import { queryOne, systemWithKey } from "./db";
import { signInAs, signInWithForm } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const OTHER = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let log = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { env: e2eServerEnv(String(PORT)), stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (b: Buffer) => (log += b.toString()));
  server.stderr!.on("data", (b: Buffer) => (log += b.toString()));
  const until = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the second server exited with ${server.exitCode}: ${log.slice(-2000)}`);
    const ok = await fetch(`${OTHER}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > until) throw new Error(`the second server did not answer within 60 s: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
});

test.describe("two app servers on one database", () => {
  test("a session begun on one server holds on the other, and signing out on one ends it on both", async ({ page, browser }) => {
    // Cookies belong to the host, not the port: the browser sends the same session to both servers.
    await signInWithForm(page, "district.clerk");
    const user = queryOne<{ name: string }>(`SELECT o.name FROM User u JOIN Organisation o ON o.id = u.orgId WHERE u.username = 'district.clerk'`)!;
    await page.goto(`${OTHER}/`);
    await expect(page).toHaveURL(`${OTHER}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(user.name);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // The cookie as it was before signing out, replayed to the server the user signed out on and
    // to the other one: both refuse it (the session is revoked in the database, not in a process).
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    for (const base of ["", OTHER]) {
      await again.goto(`${base}/areas`);
      await expect(again).toHaveURL(/\/sign-in/);
    }
    await replay.close();
  });

  test("a duty-matrix word added through one server routes complaints at once on the other, whose classifier was already trained", async ({ page, browser }) => {
    const duty = queryOne<{ id: number; name: string }>(`SELECT id, name FROM DutyCategory WHERE code = 'UTILITY_POST'`)!;
    const clerk = await signInAs(browser, "street.clerk");
    await clerk.goto("/complaints/new");
    await clerk.getByLabel("居住区").selectOption({ label: "海城花园小区" });
    // This server trains its classifier for the first suggestion; the word means nothing to it yet.
    await clerk.getByLabel("投诉内容").fill("楼下蓝鲸鸣叫，夜里无法休息");
    await expect(clerk.getByTestId("routing-suggestion").first()).toBeVisible();
    await expect(clerk.getByTestId("routing-suggestions")).not.toContainText("蓝鲸鸣叫");
    await signInWithForm(page, "admin");
    await page.goto(`${OTHER}/admin/duties/${duty.id}`);
    const keywords = page.getByLabel("分派关键词");
    await keywords.fill(`${await keywords.inputValue()}、蓝鲸鸣叫`);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await clerk.getByLabel("投诉内容").fill("楼下蓝鲸鸣叫，夜里无法休息，请处理");
    await expect(clerk.getByTestId("routing-suggestion").first()).toContainText(duty.name);
    await expect(clerk.getByTestId("routing-suggestion").first()).toContainText(/依据词语：.*蓝鲸鸣叫/);
  });

  test("an API key's rate limit counts its calls to both servers", async ({ baseURL }) => {
    const key = systemWithKey("e2e-two-servers", "哈尔滨市住房保障和房产管理局", 3);
    const api = (base: string) => createClient<paths>({ baseUrl: `${base}/api/v1`, headers: { Authorization: `Bearer ${key}` } });
    const statuses: number[] = [];
    for (const base of [baseURL!, OTHER, baseURL!, OTHER]) statuses.push((await api(base).GET("/categories")).response.status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
