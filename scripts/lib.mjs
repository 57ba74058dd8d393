// Shared steps of `npm start`, `npm test` and the e2e server. Plain JavaScript: it must run on
// a fresh clone before dependencies are installed.
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export function log(message) {
  console.log(`\x1b[36m[liandong]\x1b[0m ${message}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  if (result.status !== 0) {
    console.error(`\n[liandong] failed: ${command} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

/** Installs npm packages when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  const stale = !fs.existsSync(marker) || (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000);
  if (stale) {
    log("Installing dependencies (npm ci)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  if (!fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts")) || !fs.existsSync(path.join(root, "lib", "generated", "prisma-pg", "client.ts"))) {
    log("Generating the Prisma clients (SQLite and PostgreSQL)…");
    run("npm", ["run", "postinstall"]);
  }
}

/** The data folder and the auth secret (generated once, stored outside git). */
export function ensureDataDir(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`Generated a session secret in ${path.relative(root, file)}.`);
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

export function configureEnv(dataDir, port) {
  process.env.DATA_DIR = dataDir;
  // next-auth builds its own callback URLs from this; the browser side uses the page's origin.
  if (port) process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.DATABASE_URL ??= `file:${path.join(dataDir, "liandong.db")}`;
}

export function migrateAndSeed({ demo }) {
  log("Applying database migrations…");
  run("npx", ["prisma", "migrate", "deploy"]);
  log(demo ? "Seeding reference data (and the demo city into an empty database)…" : "Seeding reference data…");
  run("npx", ["tsx", "prisma/seed.ts", ...(demo ? [] : ["--no-demo"])]);
}

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.mjs", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when there is no production build or a source file changed since it was made. */
export function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/** `next build`; `typechecked` when the caller has just run tsc over the same sources (npm test),
 * so the build skips its own second pass of the type checker (next.config.mjs). */
export function build({ typechecked = false } = {}) {
  log("Building the application (next build)…");
  run("npx", ["next", "build"], typechecked ? { env: { ...process.env, LIANDONG_TYPECHECKED: "1" } } : {});
}

export function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The server's Node options: the JavaScript heap held to 256 MB. Under load V8 otherwise grows
 * the heap far past what is live (59 MB live at 450 MB resident in the full-city benchmark) and
 * the server's memory reached 1.2–2 GB; held, it stays under 300 MB at the same speed
 * (docs/decisions/045). A `--max-old-space-size` of the operator's own in NODE_OPTIONS wins.
 */
export function serverNodeOptions(current = process.env.NODE_OPTIONS ?? "") {
  return /--max-old-space-size/.test(current) ? current : `${current} --max-old-space-size=256`.trim();
}

/**
 * The browser the e2e suite and the screenshot script drive: CHROMIUM_PATH if set, else Debian's
 * old headless shell (package chromium-headless-shell) when installed, else Debian's chromium.
 * The headless shell is the same engine without the desktop browser around it: the suite ran in
 * 9.5 minutes with it against 23 with the full browser on the same two cores (docs/decisions/086).
 */
export function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return fs.existsSync(CHROMIUM_HEADLESS_SHELL) ? CHROMIUM_HEADLESS_SHELL : CHROMIUM;
}
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** Where the e2e run keeps its throwaway database and files (scripts/e2e-server.mjs). */
export const E2E_DATA_DIR = path.join(root, "data", "e2e");

/**
 * The e2e database: data/e2e/liandong.db, or with TEST_POSTGRES_URL set, the database liandong_e2e
 * on that PostgreSQL server (docs/decisions/091), which scripts/e2e-server.mjs recreates.
 */
export function e2eDatabaseUrl() {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return `file:${path.join(E2E_DATA_DIR, "liandong.db")}`;
  const url = new URL(server);
  url.pathname = "/liandong_e2e";
  return url.toString();
}

/**
 * The environment of an app server Playwright tests against, on the e2e database: the one
 * scripts/e2e-server.mjs starts, and the second one e2e/two-servers.spec.ts starts beside it.
 */
export function e2eServerEnv(port) {
  return {
    ...process.env,
    DATA_DIR: E2E_DATA_DIR,
    DATABASE_URL: e2eDatabaseUrl(),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    NODE_ENV: "production",
    E2E: "1",
    NODE_OPTIONS: serverNodeOptions(),
    // The browser's requests come from 127.0.0.1, which is also the "proxy" that security.spec.ts
    // sends X-Forwarded-For through; 127.0.0.2 stands for a client that is not a proxy.
    TRUSTED_PROXIES: "127.0.0.1",
  };
}
