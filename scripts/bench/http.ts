// Pages over HTTP: the production build (`next start`) on the bench file, signed in through the
// real next-auth credentials flow, measured with autocannon at concurrency 10. Every page is
// compared with the baseline page (/about: the signed-in shell, same layout and session check,
// no data) in the same run; the JSON health route is measured for the shell's throughput target.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import type { Measurement } from "./datalayer.ts";
import { BENCH_PASSWORD, type BenchMeta, type BenchUser } from "./generate.ts";
import { summarize } from "./stats.ts";
// @ts-expect-error -- plain ESM script without types
import { serverNodeOptions } from "../lib.mjs";

/** A page to measure: its path is built from ids of the actor's own records in the bench file. */
export type BenchPage = { name: string; group: "baseline" | "list" | "record" | "inbox" | "search" | "assessment" | "json"; path: (ids: RecordIds, meta: BenchMeta) => string | null };
export type RecordIds = { complaint: number | null; dispute: number | null; meeting: number | null; referral: number | null; resolution: number | null; category: number; assessmentPeriod: number | null };

/**
 * Every page the benchmark opens. Features add their list, record, inbox and assessment pages
 * here (one line each); `path` returns null when the dataset has no such record.
 */
export const PAGES: readonly BenchPage[] = [
  { name: "baseline: /about (signed-in shell)", group: "baseline", path: () => "/about" },
  { name: "home (inboxes)", group: "inbox", path: () => "/" },
  { name: "complaints", group: "list", path: () => "/complaints" },
  { name: "complaints, 3 filters", group: "list", path: (ids) => `/complaints?status=OPEN&channel=MAYOR_HOTLINE&category=${ids.category}` },
  { name: "complaints: search 2-char", group: "search", path: (_, m) => `/complaints?q=${encodeURIComponent(m.terms.short)}` },
  { name: "complaints: search 4-char", group: "search", path: (_, m) => `/complaints?q=${encodeURIComponent(m.terms.long)}` },
  { name: "complaint record", group: "record", path: (ids) => (ids.complaint ? `/complaints/${ids.complaint}` : null) },
  { name: "disputes", group: "list", path: () => "/disputes" },
  { name: "dispute record", group: "record", path: (ids) => (ids.dispute ? `/disputes/${ids.dispute}` : null) },
  { name: "meetings", group: "list", path: () => "/meetings?when=past" },
  { name: "meeting record", group: "record", path: (ids) => (ids.meeting ? `/meetings/${ids.meeting}` : null) },
  { name: "referrals", group: "list", path: () => "/referrals" },
  { name: "referral record", group: "record", path: (ids) => (ids.referral ? `/referrals/${ids.referral}` : null) },
  { name: "resolutions", group: "list", path: () => "/resolutions" },
  { name: "resolution record", group: "record", path: (ids) => (ids.resolution ? `/resolutions/${ids.resolution}` : null) },
  { name: "escalations", group: "list", path: () => "/escalations" },
  { name: "works", group: "list", path: () => "/works" },
  { name: "outages", group: "list", path: () => "/outages" },
  { name: "supervision (督办)", group: "inbox", path: () => "/supervision" },
  { name: "accountability records", group: "list", path: () => "/accountability" },
  { name: "assessment periods", group: "assessment", path: () => "/assessment" },
  { name: "assessment: street ranking", group: "assessment", path: (ids) => (ids.assessmentPeriod ? `/assessment/${ids.assessmentPeriod}?kind=STREET` : null) },
  { name: "assessment: district ranking", group: "assessment", path: (ids) => (ids.assessmentPeriod ? `/assessment/${ids.assessmentPeriod}?kind=DISTRICT` : null) },
  { name: "JSON: /api/health", group: "json", path: () => "/api/health" },
];

/** Every page's p95 must be at most this many times the baseline page's (issue 10)… */
export const PAGE_RATIO_TARGET = 3;
/** …and most lists and records within this (issue 10: "most lists/records ≤ 1.5×"). */
export const FAST_RATIO = 1.5;

type AutocannonResult = { requests: { average: number }; errors: number; non2xx: number; timeouts: number; duration: number };
type AutocannonInstance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

type Options = { port: number; quick: boolean; root: string; log: (m: string) => void };
/** The server's own account of its memory at the moment its resident size peaked (MEMORY_LOG_MS lines). */
export type MemoryAtPeak = { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
export type HttpResult = { measurements: Measurement[]; peakRssMb: number; memoryAtPeak: MemoryAtPeak | null; firstLoadJs: { route: string; kb: number }[]; listsAndRecords: { fast: number; total: number } };

function ensureBuild(root: string, log: (m: string) => void): void {
  // The same staleness rule as `npm start` (scripts/lib.mjs): build when a source changed.
  const r = spawnSync(process.execPath, ["-e", "import('./scripts/lib.mjs').then((m) => { if (m.buildIsStale()) m.build(); })"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("next build failed");
  log("production build is current");
}

/** Resident memory of the server and its child processes, in kB. */
function treeRssKb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
      }
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return total;
}

async function waitForServer(base: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start within 60 s");
}

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** The next-auth credentials flow a browser goes through: CSRF token, then the callback. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  cookiesOf(r, jar);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in as ${username} failed (HTTP ${r.status})`);
  return cookieHeader(jar);
}

function load(url: string, cookie: string, seconds: number): Promise<{ samples: number[]; perSecond: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    let bad = 0;
    const instance = autocannon({ url, connections: 10, duration: seconds, headers: { cookie }, timeout: 30 }, (err, result) => {
      if (err) reject(err);
      else resolve({ samples, perSecond: result.requests.average, errors: result.errors + result.timeouts + bad });
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status < 200 || status >= 300) bad++;
      samples.push(ms);
    });
  });
}

/** Time to first byte (the response's headers: a streamed page sends them with its shell) and
 * full time (the last byte) of GETs, `concurrency` at a time for `seconds`. */
function timings(url: string, cookie: string, concurrency: number, seconds: number): Promise<{ ttfb: number[]; full: number[]; errors: number }> {
  const ttfb: number[] = [];
  const full: number[] = [];
  let errors = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const deadline = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get(url, { agent, headers: { cookie }, timeout: 30_000 }, (res) => {
        ttfb.push(performance.now() - t0);
        if (res.statusCode !== 200) errors++;
        res.on("data", () => undefined);
        res.on("end", () => {
          full.push(performance.now() - t0);
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const loop = async () => {
    while (performance.now() < deadline) await one();
  };
  return Promise.all(Array.from({ length: concurrency }, loop)).then(() => {
    agent.destroy();
    return { ttfb, full, errors };
  });
}

/** Pages that stream their data after the shell: their first byte is held to the shell's (issue 10). */
const STREAMED = new Set(["home (inboxes)", "supervision (督办)", "assessment: street ranking", "assessment: district ranking"]);
/** A streamed page's time to first byte may be at most this many times the baseline page's. */
export const TTFB_RATIO_TARGET = 1.5;

function recordIds(meta: BenchMeta, user: BenchUser): RecordIds {
  const ro = new Database(meta.file, { readonly: true });
  try {
    const org = ro.prepare(`SELECT id, kind FROM "Organisation" WHERE id = ?`).get(user.orgId) as { id: number; kind: string };
    const col = org.kind === "STREET_OFFICE" ? "streetId" : org.kind === "DISTRICT_GOVERNMENT" ? "districtId" : null;
    const where = col ? `"${col}" = ${org.id}` : "1 = 1";
    const get = (sql: string, ...p: unknown[]) => ((ro.prepare(sql).get(...p) as { id: number | null } | undefined)?.id ?? null);
    const dispute = get(`SELECT MAX(disputeId) AS id FROM "DisputeArea" WHERE ${where}`);
    const meeting = dispute ? get(`SELECT MAX(meetingId) AS id FROM "AgendaItem" WHERE disputeId = ?`, dispute) : null;
    return {
      complaint: get(`SELECT MAX(id) AS id FROM "Complaint" WHERE ${where}`),
      referral: get(`SELECT MAX(id) AS id FROM "EnforcementReferral" WHERE ${where}`),
      dispute,
      meeting,
      resolution: meeting ? get(`SELECT MAX(id) AS id FROM "Resolution" WHERE meetingId = ?`, meeting) : null,
      category: get(`SELECT categoryId AS id FROM "Complaint" GROUP BY categoryId ORDER BY COUNT(*) DESC LIMIT 1`) ?? 1,
      assessmentPeriod: get(`SELECT MAX(id) AS id FROM "AssessmentPeriod"`),
    };
  } finally {
    ro.close();
  }
}

/** First-load JavaScript of each app route, gzipped, from the build's client reference manifests. */
export function firstLoadJs(root: string): { route: string; kb: number }[] {
  const serverApp = path.join(root, ".next", "server", "app");
  const out: { route: string; kb: number }[] = [];
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    if (!sizes.has(file)) {
      const full = path.join(root, ".next", file);
      sizes.set(file, fs.existsSync(full) ? zlib.gzipSync(fs.readFileSync(full)).length : 0);
    }
    return sizes.get(file)!;
  };
  // Every page loads the root main files (runtime, React, the router); polyfills only in old browsers.
  const manifest = path.join(root, ".next", "build-manifest.json");
  const build = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as { rootMainFiles?: string[]; polyfillFiles?: string[] }) : {};
  const rootMain = build.rootMainFiles ?? [];
  const polyfills = build.polyfillFiles ?? [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") {
        const text = fs.readFileSync(full, "utf8");
        // One key per file ("static/chunks/x.js"), however the manifest spells it.
        const files = new Set<string>(rootMain);
        for (const m of text.matchAll(/"(?:\/?_next\/)?(static\/chunks\/[^"]+?\.js)"/g)) files.add(m[1]!);
        for (const p of polyfills) files.delete(p);
        const route = "/" + path.relative(serverApp, dir).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
        out.push({ route: route.replace(/\/$/, "") || "/", kb: [...files].reduce((s, f) => s + gz(f), 0) / 1024 });
      }
    }
  };
  walk(serverApp);
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

export async function measureHttp(meta: BenchMeta, options: Options): Promise<HttpResult> {
  ensureBuild(options.root, options.log);
  const base = `http://127.0.0.1:${options.port}`;
  const dataDir = path.dirname(meta.file);
  const child = spawn(process.execPath, [path.join(options.root, "scripts", "server.mjs"), "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: options.root,
    env: {
      ...process.env, NODE_ENV: "production", DATABASE_URL: process.env.DATABASE_URL ?? `file:${meta.file}`, DATA_DIR: dataDir, NODE_OPTIONS: serverNodeOptions(),
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789", NEXTAUTH_URL: `http://localhost:${options.port}`,
      MEMORY_LOG_MS: "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let serverLog = "";
  child.stdout?.on("data", (b: Buffer) => (serverLog += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (serverLog += b.toString()));
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 200);
  const measurements: Measurement[] = [];
  const listsAndRecords = { fast: 0, total: 0 };
  try {
    await waitForServer(base, child);
    const seconds = options.quick ? 2 : 10;
    const who: [string, BenchUser][] = options.quick ? [["street", meta.users.street]] : [["street", meta.users.street], ["bureau", meta.users.bureau]];
    for (const [label, user] of who) {
      const cookie = await signIn(base, user.username, BENCH_PASSWORD);
      const ids = recordIds(meta, user);
      options.log(`  pages as ${label} (${user.username}), ${seconds} s each at concurrency 10`);
      let baseline: { p95: number; perSecond: number } | null = null;
      let json: { perSecond: number } | null = null;
      const rows: Measurement[] = [];
      const ttfbRows: Measurement[] = [];
      const listOrRecord = new Set<Measurement>();
      for (const page of PAGES) {
        const p = page.path(ids, meta);
        if (!p) continue;
        // Warm up (compiles nothing in production, but fills caches and JIT); quick mode skips it.
        if (!options.quick) await load(`${base}${p}`, cookie, 1);
        const r = await load(`${base}${p}`, cookie, seconds);
        const summary = summarize(r.samples);
        if (page.group === "baseline") baseline = { p95: summary.p95, perSecond: r.perSecond };
        if (page.group === "json") json = { perSecond: r.perSecond };
        rows.push({ group: "page", name: `${page.name} ${p.length > 40 ? "" : p}`.trim(), actor: label, summary, target: page.group === "baseline" || page.group === "json" ? null : PAGE_RATIO_TARGET, perSecond: r.perSecond, errors: r.errors, ok: null });
        if (page.group === "list" || page.group === "record") listOrRecord.add(rows.at(-1)!);
        options.log(`    ${page.name}: p95 ${summary.p95.toFixed(0)} ms, ${r.perSecond.toFixed(0)} req/s, ${r.errors} errors`);
        // First byte and last byte, one at a time and ten at a time.
        if (page.group !== "json") {
          const c1 = await timings(`${base}${p}`, cookie, 1, options.quick ? 1 : 3);
          const c10 = await timings(`${base}${p}`, cookie, 10, options.quick ? 1 : 3);
          const [t1, f1, t10, f10] = [summarize(c1.ttfb), summarize(c1.full), summarize(c10.ttfb), summarize(c10.full)];
          const ms = (v: number) => v.toFixed(v >= 100 ? 0 : 1);
          ttfbRows.push({
            group: "ttfb", name: page.name, actor: label, summary: t10, target: STREAMED.has(page.name) ? TTFB_RATIO_TARGET : null, errors: c1.errors + c10.errors, ok: null,
            note: `first byte at c10 (columns); full c10 p50 ${ms(f10.p50)} / p95 ${ms(f10.p95)}; c1: first byte p50 ${ms(t1.p50)} / p95 ${ms(t1.p95)}, full p50 ${ms(f1.p50)} / p95 ${ms(f1.p95)}`,
          });
        }
      }
      const shell = ttfbRows.find((m) => m.name.startsWith("baseline"));
      for (const m of ttfbRows) {
        if (!shell || m === shell) continue;
        const ratio = m.summary.p95 / shell.summary.p95;
        m.note = `${ratio.toFixed(2)}× baseline first-byte p95; ${m.note}`;
        if (m.target !== null) m.ok = ratio <= m.target && (m.errors ?? 0) === 0;
      }
      for (const m of rows) {
        const ratio = baseline ? m.summary.p95 / baseline.p95 : Number.NaN;
        const parts = [`${(m.perSecond ?? 0).toFixed(0)} req/s`];
        if (listOrRecord.has(m)) {
          listsAndRecords.total++;
          if (ratio <= FAST_RATIO) listsAndRecords.fast++;
        }
        if (m.target !== null) {
          parts.push(`${ratio.toFixed(2)}× baseline p95${ratio <= FAST_RATIO ? " (≤ 1.5×)" : ""}`);
          m.ok = ratio <= PAGE_RATIO_TARGET && (m.errors ?? 0) === 0;
        } else if (m.name.startsWith("baseline") && baseline && json) {
          const share = baseline.perSecond / json.perSecond;
          parts.push(`${(share * 100).toFixed(0)}% of JSON req/s (target ≥ 10%)`);
          m.ok = share >= 0.1 && (m.errors ?? 0) === 0;
        }
        if (m.errors) parts.push(`${m.errors} errors`);
        m.note = parts.join(", ");
      }
      measurements.push(...rows, ...ttfbRows);
    }
  } catch (error) {
    console.error(serverLog.slice(-4000));
    throw error;
  } finally {
    clearInterval(sampler);
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
  return { measurements, peakRssMb: peakKb / 1024, memoryAtPeak: memoryAtPeak(serverLog), firstLoadJs: firstLoadJs(options.root), listsAndRecords };
}

/** The server's memory line (scripts/server.mjs) with the largest resident size, in MB. */
export function memoryAtPeak(log: string): MemoryAtPeak | null {
  let best: MemoryAtPeak | null = null;
  for (const m of log.matchAll(/\[liandong\] memory rss=(\d+) heapUsed=(\d+) heapTotal=(\d+) external=(\d+) arrayBuffers=(\d+)/g)) {
    const line = { rss: Number(m[1]), heapUsed: Number(m[2]), heapTotal: Number(m[3]), external: Number(m[4]), arrayBuffers: Number(m[5]) };
    if (!best || line.rss > best.rss) best = line;
  }
  return best;
}
