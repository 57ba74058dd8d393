#!/usr/bin/env node
// `npm run drill:crash`: the kill -9 drill (issue 11). Serves the production build on a fresh demo
// city (data/drill/), has a street clerk register complaints from several connections at once,
// kills the server with SIGKILL in the middle, starts it again and checks:
//   - every registration the server acknowledged is there, exactly once, under the id it answered;
//   - every registration left without an answer, sent again with the same form key (what the form
//     does on a retry), ends up there exactly once: no loss, no duplicate;
//   - the database passes SQLite's integrity check and the audit log's hash chain is whole.
// Three rounds. Needs `npx next build` first (npm test makes one). Exit code 1 on any failure.
//   npm run drill:crash [-- --rounds 3 --port 3230]
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { configureEnv, ensureDataDir, log, migrateAndSeed, root, serverNodeOptions } from "./lib.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg("--rounds", "3"));
const port = Number(arg("--port", "3230"));
const writers = 6;
const demo = JSON.parse(fs.readFileSync(path.join(root, "prisma", "demo-users.json"), "utf8"));

const dataDir = path.join(root, "data", "drill");
fs.rmSync(dataDir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
configureEnv(dataDir, String(port));
process.env.NEXTAUTH_SECRET = "drill-only-secret-not-for-production-0123456789";
ensureDataDir(dataDir);
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npx next build` first.");
  process.exit(1);
}
migrateAndSeed({ demo: true });
const dbFile = path.join(dataDir, "liandong.db");

// ─── HTTP ───
function request({ method = "GET", path: p, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: p, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}
const cookiesOf = (res) => Object.fromEntries((res.headers["set-cookie"] ?? []).map((l) => l.split(";")[0]).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(username) {
  const csrf = await request({ path: "/api/auth/csrf" });
  const jar = cookiesOf(csrf);
  const body = new URLSearchParams({ username, password: demo.password, csrfToken: JSON.parse(csrf.text).csrfToken, callbackUrl: "/", json: "true" }).toString();
  const res = await request({ method: "POST", path: "/api/auth/callback/credentials", headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), "content-length": Buffer.byteLength(body) }, body });
  const all = { ...jar, ...cookiesOf(res) };
  if (!Object.keys(all).some((k) => k.endsWith("session-token"))) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  return cookieHeader(all);
}

// ─── Server ───
let server = null;
function startServer() {
  server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root, detached: true, stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions() },
  });
}
async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await request({ path: "/api/health" })).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not start");
}
function killServer(signal) {
  if (!server) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
  server = null;
}
process.on("exit", () => killServer("SIGKILL"));

// ─── The registration, as the form sends it ───
const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"));
const actionId = Object.entries(manifest.node).find(([, v]) => v.filename === "app/(app)/complaints/actions.ts" && v.exportedName === "registerComplaintAction")?.[0];
if (!actionId) throw new Error("registerComplaintAction not found in the build's server-reference manifest");
const seed = new Database(dbFile, { readonly: true });
const areaId = seed.prepare(`SELECT id FROM ResidentialArea WHERE name = '海城花园小区'`).get().id;
const categoryId = seed.prepare(`SELECT id FROM DutyCategory WHERE code = 'PROPERTY_SERVICE'`).get().id;
seed.close();

function cityNow() {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);
}

async function register(cookie, submission) {
  const values = {
    channel: "VISIT", channelRef: "", receivedAt: cityNow(), residentName: "演练居民", residentPhone: "13812345678", areaId, categoryId,
    aboutOrgId: "", description: submission.description, duplicateOfId: "", isPetition: false, petitionHeadcount: "", submissionKey: submission.key,
  };
  const body = JSON.stringify([values, []]);
  const res = await request({
    method: "POST", path: "/complaints/new", body,
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: `http://127.0.0.1:${port}`, cookie, "content-length": Buffer.byteLength(body) },
  });
  const m = /"ok":true,"data":\{"id":(\d+)\}/.exec(res.text);
  if (res.status !== 200 || !m) throw new Error(`not acknowledged: ${res.status} ${res.text.slice(0, 200)}`);
  return Number(m[1]);
}

function complaintsWith(description) {
  const db = new Database(dbFile, { readonly: true, timeout: 10_000 });
  try {
    return db.prepare(`SELECT id FROM Complaint WHERE description = ?`).all(description).map((r) => r.id);
  } finally {
    db.close();
  }
}

// ─── The drill ───
const failures = [];
let acknowledgedTotal = 0;
let retriedTotal = 0;
for (let round = 1; round <= rounds; round++) {
  startServer();
  await waitForServer();
  const cookie = await signIn("street.clerk");
  const acknowledged = [];
  const unanswered = [];
  let stop = false;
  let serial = 0;
  const worker = async (w) => {
    while (!stop) {
      const submission = { key: crypto.randomUUID(), description: `崩溃演练 第${round}轮 ${w}-${++serial} ${crypto.randomBytes(3).toString("hex")}` };
      try {
        acknowledged.push({ ...submission, id: await register(cookie, submission) });
      } catch {
        unanswered.push(submission);
        return;
      }
    }
  };
  // A first registration warms the server up (its first request of a route is slow).
  const warm = { key: crypto.randomUUID(), description: `崩溃演练 第${round}轮 预热 ${crypto.randomBytes(3).toString("hex")}` };
  acknowledged.push({ ...warm, id: await register(cookie, warm) });
  const running = Array.from({ length: writers }, (_, w) => worker(w));
  await new Promise((r) => setTimeout(r, 2500 + Math.random() * 2500));
  killServer("SIGKILL");
  stop = true;
  await Promise.all(running);
  log(`round ${round}: killed the server with SIGKILL after ${acknowledged.length} acknowledged registrations, ${unanswered.length} in flight`);

  startServer();
  await waitForServer();
  const again = await signIn("street.clerk");
  for (const a of acknowledged) {
    const ids = complaintsWith(a.description);
    if (ids.length !== 1 || ids[0] !== a.id) failures.push(`round ${round}: acknowledged complaint ${a.id} (${a.description}) found as [${ids.join(", ")}]`);
  }
  for (const u of unanswered) {
    const id = await register(again, u).catch((e) => failures.push(`round ${round}: retry of ${u.description} failed: ${e.message}`));
    const ids = complaintsWith(u.description);
    if (ids.length !== 1 || (typeof id === "number" && ids[0] !== id)) failures.push(`round ${round}: retried ${u.description} found as [${ids.join(", ")}] (answer ${id})`);
  }
  acknowledgedTotal += acknowledged.length;
  retriedTotal += unanswered.length;
  killServer("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
}

const db = new Database(dbFile, { readonly: true });
const integrity = db.pragma("integrity_check", { simple: true });
db.close();
if (integrity !== "ok") failures.push(`integrity check: ${integrity}`);
const audit = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/audit-verify.ts"], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
if (audit.status !== 0) failures.push(`audit chain: ${audit.stderr || audit.stdout}`);

if (failures.length) {
  console.error(`[liandong] crash drill FAILED:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
log(`crash drill passed: ${rounds} kill -9 rounds, ${acknowledgedTotal} acknowledged registrations all kept once, ${retriedTotal} unanswered ones retried with their key and kept once; integrity ok; ${audit.stdout.trim().split("\n")[0]}`);
process.exit(0);
