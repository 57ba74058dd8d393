#!/usr/bin/env node
// Screenshots of pages as the demo users, for looking at the UI and for the README.
// Usage: node scripts/screenshots.mjs <baseUrl> <outDir> [width] < pages.txt
//   pages.txt lines: "<username> <path> <file-name>"
// Needs a running server (npm start) and Debian's Chromium with fonts-noto-cjk.
// SCREENSHOT_PASSWORD signs in users of another database (the benchmark city's, say).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./lib.mjs";

const [baseUrl = "http://localhost:3000", outDir = "screenshots", width = "1280"] = process.argv.slice(2);
const demo = JSON.parse(fs.readFileSync(new URL("../prisma/demo-users.json", import.meta.url), "utf8"));
const lines = fs.readFileSync(0, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const contexts = new Map();
async function pageFor(username) {
  if (contexts.has(username)) return contexts.get(username);
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  if (username !== "-") {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(process.env.SCREENSHOT_PASSWORD ?? demo.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  }
  contexts.set(username, page);
  return page;
}
for (const line of lines) {
  const [username, route, file] = line.split(/\s+/);
  const page = await pageFor(username);
  await page.goto(`${baseUrl}${route}`);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: path.join(outDir, file), fullPage: true });
  console.log(`${file}: ${username} ${route}`);
}
await browser.close();
