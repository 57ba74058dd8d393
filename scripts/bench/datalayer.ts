// The data layer, in process: the app's own lib/data functions called as a street clerk, a
// district official and the housing bureau against the generated city. Must be imported after
// DATABASE_URL points at the bench file, or its PostgreSQL copy with --postgres (lib/db opens the
// database on import); samples are picked from the file, which holds the same rows.
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { isPostgresUrl } from "../../lib/config.ts";
import type { Actor } from "../../lib/scope.ts";
import type { BenchMeta, BenchUser } from "./generate.ts";
import { planFindings, recordStatements, type PlanFinding } from "./plans.ts";
import { summarize, type Summary } from "./stats.ts";

export type Measurement = {
  group: string;
  name: string;
  actor: string;
  summary: Summary;
  /** p95 target in ms (or, for throughput rows, the minimum per second). */
  target: number | null;
  /** For throughput rows: operations per second. */
  perSecond?: number;
  errors?: number;
  note?: string;
  ok: boolean | null;
};

type Options = { quick: boolean; log: (m: string) => void };

async function time(fn: () => Promise<unknown>, iterations: number): Promise<number[]> {
  for (let i = 0; i < Math.min(3, iterations); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

function row(group: string, name: string, actor: string, samples: number[], target: number | null, note?: string): Measurement {
  const summary = summarize(samples);
  return { group, name, actor, summary, target, note, ok: target === null ? null : summary.p95 <= target };
}

export async function measureDataLayer(meta: BenchMeta, options: Options): Promise<{ measurements: Measurement[]; plans: PlanFinding[] }> {
  const n = options.quick ? 10 : 100;
  let current = "setup";
  recordStatements(() => current);
  const measure = async (group: string, name: string, who: string, fn: () => Promise<unknown>, target: number | null, iterations = n) => {
    current = `${name} (${who})`;
    return row(group, name, who, await time(fn, iterations), target);
  };
  const { actorForSession } = await import("../../lib/data/auth.ts");
  const complaints = await import("../../lib/data/complaints.ts");
  const disputes = await import("../../lib/data/disputes.ts");
  const meetings = await import("../../lib/data/meetings.ts");
  const referrals = await import("../../lib/data/referrals.ts");
  const resolutions = await import("../../lib/data/resolutions.ts");
  const escalations = await import("../../lib/data/escalations.ts");
  const works = await import("../../lib/data/works.ts");
  const outages = await import("../../lib/data/outages.ts");
  const notifications = await import("../../lib/data/notifications.ts");
  const { jointMeetingInbox } = await import("../../lib/data/joint-meeting-inbox.ts");
  const statistics = await import("../../lib/data/statistics.ts");
  const supervision = await import("../../lib/data/supervision.ts");
  const assessment = await import("../../lib/data/assessment.ts");

  const actorOf = async (u: BenchUser) => {
    const a = await actorForSession(u.userId, 1, "bench");
    if (!a) throw new Error(`bench user ${u.username} has no session`);
    return a;
  };
  const actors = { street: await actorOf(meta.users.street), district: await actorOf(meta.users.district), bureau: await actorOf(meta.users.bureau) };
  const out: Measurement[] = [];
  const ro = new Database(meta.file, { readonly: true });
  // Shared readings (lib/data/shared-cache.ts) are measured twice: as served (kept) and "after a
  // change", with the "matters" counter bumped before every call, as after every write in the city.
  const postgres = isPostgresUrl(process.env.DATABASE_URL ?? "");
  const rw = postgres ? null : new Database(meta.file);
  const bumpSql = `UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'`;
  const pgClient = postgres ? new (await import("pg")).default.Client({ connectionString: process.env.DATABASE_URL }) : null;
  await pgClient?.connect();
  const bumpStatement = rw?.prepare(bumpSql);
  const bump = { run: async () => (pgClient ? void (await pgClient.query(bumpSql)) : void bumpStatement!.run()) };
  const periodId = (ro.prepare(`SELECT MAX(id) AS id FROM "AssessmentPeriod"`).get() as { id: number | null }).id;
  const one = <T>(sql: string, ...params: unknown[]) => ro.prepare(sql).get(...params) as T;
  const hotCategory = one<{ id: number }>(`SELECT categoryId AS id FROM "Complaint" GROUP BY categoryId ORDER BY COUNT(*) DESC LIMIT 1`).id;
  const lastYear = new Date(Date.parse(meta.now) - 365 * 86_400_000).toISOString().slice(0, 10);
  const LIST_MS = 10;

  for (const [who, actor] of Object.entries(actors)) {
    const streetId = actor.scope.level === "STREET" ? actor.scope.streetId : null;
    const districtId = actor.scope.level === "DISTRICT" || actor.scope.level === "STREET" ? actor.scope.districtId : null;
    const where = streetId ? `streetId = ${streetId}` : districtId ? `districtId = ${districtId}` : "1 = 1";
    const page = { size: 20 };
    options.log(`  data layer as ${who} (${actor.orgName})`);
    const lists: [string, () => Promise<unknown>][] = [
      ["complaints: list", () => complaints.listComplaints(actor, { sort: "recent" }, page)],
      ["complaints: list, 3 filters", () => complaints.listComplaints(actor, { sort: "recent", status: "OPEN", channel: "MAYOR_HOTLINE", categoryId: hotCategory }, page)],
      ["disputes: list", () => disputes.listDisputes(actor, {}, page)],
      ["disputes: list, 3 filters", () => disputes.listDisputes(actor, { open: true, level: "STREET", crossDistrict: false, status: "IMPLEMENTING" }, page)],
      ["meetings: list", () => meetings.listMeetings(actor, { when: "past" }, page)],
      ["meetings: list, 3 filters", () => meetings.listMeetings(actor, { when: "past", level: "STREET", from: lastYear }, page)],
      ["referrals: list", () => referrals.listReferrals(actor, { sort: "recent" }, page)],
      ["referrals: list, 3 filters", () => referrals.listReferrals(actor, { sort: "recent", status: "OPEN", from: lastYear, overdue: true }, page)],
      ["resolutions: list", () => resolutions.listResolutions(actor, {}, page)],
      ["resolutions: list, 3 filters", () => resolutions.listResolutions(actor, { role: "convened", status: "OPEN" }, page)],
      ["escalations: list", () => escalations.listEscalations(actor, {}, page)],
      ["escalations: list, 3 filters", () => escalations.listEscalations(actor, { direction: "sent", status: "ACCEPTED" }, page)],
    ];
    for (const [name, fn] of lists) out.push(await measure("list", name, who, fn, LIST_MS));

    const cid = one<{ id: number }>(`SELECT MAX(id) AS id FROM "Complaint" WHERE ${where}`).id;
    const rid = one<{ id: number }>(`SELECT MAX(id) AS id FROM "EnforcementReferral" WHERE ${where}`).id;
    const did = one<{ id: number | null }>(`SELECT MAX(d.id) AS id FROM "Dispute" d WHERE ${streetId ? `d.originStreetId = ${streetId}` : districtId ? `d.originDistrictId = ${districtId}` : "1 = 1"}`).id;
    const mid = one<{ id: number | null }>(`SELECT MAX(a.meetingId) AS id FROM "AgendaItem" a WHERE a.disputeId = ?`, did).id;
    const resId = one<{ id: number | null }>(`SELECT MAX(id) AS id FROM "Resolution" WHERE meetingId = ?`, mid)?.id;
    const records: [string, () => Promise<unknown>][] = [
      ["complaint record", () => complaints.getComplaint(actor, cid)],
      ["referral record", () => referrals.getReferral(actor, rid)],
      ...(did ? [["dispute record", () => disputes.getDispute(actor, did)] as [string, () => Promise<unknown>]] : []),
      ...(mid ? [["meeting record", () => meetings.getMeeting(actor, mid)] as [string, () => Promise<unknown>]] : []),
      ...(resId ? [["resolution record", () => resolutions.getResolution(actor, resId)] as [string, () => Promise<unknown>]] : []),
    ];
    for (const [name, fn] of records) out.push(await measure("record", name, who, fn, LIST_MS));

    // The notices are per user; the organisation's inboxes are shared readings (below).
    const inboxes: [string, () => Promise<unknown>][] = [
      ["notifications", () => notifications.listNotifications(actor, { unreadOnly: true }, { size: 20 })],
    ];
    for (const [name, fn] of inboxes) out.push(await measure("inbox", name, who, fn, LIST_MS));

    out.push(await measure("search", `complaints: 2-char "${meta.terms.short}"`, who, () => complaints.listComplaints(actor, { sort: "recent", q: meta.terms.short }, page), LIST_MS));
    out.push(await measure("search", `complaints: 4-char "${meta.terms.long}"`, who, () => complaints.listComplaints(actor, { sort: "recent", q: meta.terms.long }, page), LIST_MS));
    const year = Number(meta.now.slice(0, 4)) - 1;
    out.push(await measure("aggregate", `complaints ${year} by district and status`, who, () => statistics.complaintYearCounts(actor, year), 50));

    const sharedReadings: [string, () => Promise<unknown>][] = [
      ["complaints: header counts", () => complaints.complaintCounts(actor)],
      ["complaint inbox", () => complaints.complaintInbox(actor)],
      ["referral inbox", () => referrals.referralInbox(actor)],
      ["joint-meeting inbox", () => jointMeetingInbox(actor)],
      ["works inbox", () => works.worksInbox(actor)],
      ["outage inbox", () => outages.outageInbox(actor)],
      ["supervision: home summary", () => supervision.supervisionSummary(actor)],
      ["supervision: overview", () => supervision.supervisionOverview(actor)],
      ["weekly report", () => assessment.weeklyReport(actor)],
      ...(periodId ? ([
        ["ranking: streets", () => assessment.ranking(actor, periodId, "STREET")],
        ["ranking: districts", () => assessment.ranking(actor, periodId, "DISTRICT")],
        ["ranking: property companies", () => assessment.ranking(actor, periodId, "PROPERTY_COMPANY")],
      ] as [string, () => Promise<unknown>][]) : []),
    ];
    for (const [name, fn] of sharedReadings) {
      out.push(await measure("shared", `${name} (kept)`, who, fn, LIST_MS));
      const cold = await measure("shared", `${name} (after a change)`, who, async () => {
        await bump.run();
        await fn();
      }, null, options.quick ? 3 : 10);
      cold.note = "recomputed: every call follows a write";
      out.push(cold);
    }
  }
  rw?.close();

  const term = meta.terms.long;
  if (pgClient) {
    // PostgreSQL: the trigram index against a sequential scan of the same rows (raw SQL, the whole table).
    const count = `SELECT COUNT(*) AS n FROM "Complaint" WHERE "description" ILIKE $1`;
    const indexed = await time(async () => pgClient.query(count, [`%${term}%`]), n);
    await pgClient.query("SET enable_bitmapscan = off");
    await pgClient.query("SET enable_indexscan = off");
    const scanned = await time(async () => pgClient.query(count, [`%${term}%`]), options.quick ? 5 : 15);
    const indexRow = row("search", `trigram index ILIKE '%${term}%' (all rows)`, "sql", indexed, LIST_MS);
    const scanRow = row("search", `ILIKE '%${term}%' scan (all rows)`, "sql", scanned, null);
    const speedup = scanRow.summary.p95 / indexRow.summary.p95;
    indexRow.note = `${speedup.toFixed(0)}× faster than the scan`;
    out.push(indexRow, scanRow);
    await pgClient.end();
  } else {
    // Full-text index against a LIKE scan of the same rows (raw SQL, the whole table).
    const fts = ro.prepare(`SELECT COUNT(*) AS n FROM "ComplaintFts" WHERE "ComplaintFts" MATCH ?`);
    const like = ro.prepare(`SELECT COUNT(*) AS n FROM "Complaint" WHERE description LIKE ?`);
    const ftsSamples = await time(async () => fts.get(`"${term}"`), n);
    const likeSamples = await time(async () => like.get(`%${term}%`), options.quick ? 5 : 15);
    const ftsRow = row("search", `FTS5 trigram MATCH "${term}" (all rows)`, "sql", ftsSamples, LIST_MS);
    const likeRow = row("search", `LIKE '%${term}%' scan (all rows)`, "sql", likeSamples, null);
    const speedup = likeRow.summary.p95 / ftsRow.summary.p95;
    ftsRow.note = `${speedup.toFixed(0)}× faster than LIKE (target ≥ 50×)`;
    ftsRow.ok = ftsRow.ok && speedup >= 50;
    out.push(ftsRow, likeRow);
  }
  ro.close();

  out.push(...(await measureWriters(meta, actors.street, options)));
  out.push(await measureImport(actors.street, options));
  // The query plans are SQLite's (EXPLAIN QUERY PLAN); not read on PostgreSQL.
  return { measurements: out, plans: postgres ? [] : planFindings(meta.file, ["Complaint", "ComplaintEvent", "ComplaintHolder", "Dispute", "DisputeArea", "DisputeUnit", "DisputeEvent", "JointMeeting", "MeetingInvitation", "AgendaItem", "Attendance", "Resolution", "Escalation", "EnforcementReferral", "ReferralEvent", "Notification"]) };
}

/** Complaint registration through the app's own function: one writer, then 8 writer processes. */
async function measureWriters(meta: BenchMeta, actor: Actor, options: Options): Promise<Measurement[]> {
  const { createComplaints } = await import("./writer.ts");
  const count = options.quick ? 50 : 2_000;
  options.log(`  complaint creation: ${count} by one writer`);
  const single = await createComplaints(actor, count);
  const out: Measurement[] = [];
  const perSecond = (single.ok / single.seconds);
  out.push({
    group: "write", name: "register complaint, 1 writer", actor: "street", summary: summarize(single.samples), target: 2_000, perSecond, errors: single.errors,
    ok: perSecond >= 2_000 && single.errors === 0, note: `${perSecond.toFixed(0)}/s`,
  });
  const writers = 8;
  const each = options.quick ? 20 : 500;
  options.log(`  complaint creation: ${writers} writer processes × ${each}`);
  const script = path.join(path.dirname(new URL(import.meta.url).pathname), "writer.ts");
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: writers }, () =>
      new Promise<{ ok: number; errors: number; busy: number; samples: number[]; messages: string[] }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, String(meta.users.street.userId), String(each)], {
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? `file:${meta.file}` },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let text = "";
        child.stdout.on("data", (b: Buffer) => (text += b.toString()));
        child.on("error", reject);
        child.on("close", (code) => {
          const line = text.trim().split("\n").at(-1) ?? "";
          try {
            resolve(JSON.parse(line) as { ok: number; errors: number; busy: number; samples: number[]; messages: string[] });
          } catch {
            reject(new Error(`writer exited ${code}: ${text}`));
          }
        });
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const ok = results.reduce((s, r) => s + r.ok, 0);
  const errors = results.reduce((s, r) => s + r.errors, 0);
  const busy = results.reduce((s, r) => s + r.busy, 0);
  for (const m of new Set(results.flatMap((r) => r.messages))) options.log(`  writer error: ${m}`);
  out.push({
    group: "write", name: `register complaint, ${writers} writer processes`, actor: "street", summary: summarize(results.flatMap((r) => r.samples)), target: null,
    perSecond: ok / seconds, errors, ok: errors === 0 && busy === 0, note: `${ok} created, ${errors} errors, ${busy} SQLITE_BUSY (incl. process start-up: ${(ok / seconds).toFixed(0)}/s)`,
  });
  return out;
}

/** The complaint ledger import (docs/decisions/046): whole files, all rows in one transaction. */
async function measureImport(actor: Actor, options: Options): Promise<Measurement> {
  const { importLedger } = await import("./writer.ts");
  const rows = options.quick ? 2_000 : 5_000;
  const runs = options.quick ? 1 : 3;
  options.log(`  complaint ledger import: ${runs} × ${rows} rows`);
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await importLedger(actor, rows, run));
  for (const p of new Set(results.flatMap((r) => r.problems))) options.log(`  import problem: ${p}`);
  const created = results.reduce((s, r) => s + r.rows, 0);
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  const perSecond = created / seconds;
  const errors = results.filter((r) => !r.ok).length;
  return {
    group: "write", name: `import complaint ledger (${rows} rows)`, actor: "street", summary: summarize(results.map((r) => r.seconds * 1000)), target: 2_000,
    perSecond, errors, ok: errors === 0 && perSecond >= 2_000, note: `${perSecond.toFixed(0)} rows/s, ${created} created in ${runs} file(s)`,
  };
}
