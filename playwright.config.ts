import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/lib.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * E2E runs against the production build (`next build` first) with a throwaway database,
 * migrated and seeded fresh by scripts/e2e-server.mjs. Chromium is Debian's, its old headless shell
 * when installed (chromiumPath in scripts/lib.mjs, docs/decisions/086):
 * Playwright cannot download browsers here.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Generous: several signed-in roles per test, two workers on a two-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
