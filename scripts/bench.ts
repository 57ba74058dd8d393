// `npm run bench`: the city-scale benchmark (issue 6, docs/decisions/040). Generates a city into
// data/bench/ (never the user's database), measures the data layer in process and the pages over
// HTTP against the production build, prints one table and writes it as JSON under data/bench/.
// Options: --scale 0.01  --quick  --seed N  --out file.json  --skip-http  --skip-data  --reuse  --port 3400
// --postgres: the same city copied into PostgreSQL (TEST_POSTGRES_URL's server, else the local one;
// database liandong_bench_<scale>_<seed>), and every measurement made there (docs/decisions/091).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generate, type BenchMeta } from "./bench/generate.ts";
import type { Measurement } from "./bench/datalayer.ts";
import type { PlanFinding } from "./bench/plans.ts";
import type { MemoryAtPeak } from "./bench/http.ts";
import { formatTable, tableRows } from "./bench/report.ts";
import { parseArgs } from "./bench/stats.ts";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const benchDir = path.join(root, "data", "bench");

function log(message: string): void {
  console.log(`\x1b[36m[bench]\x1b[0m ${message}`);
}

/**
 * The city in PostgreSQL: copied from the SQLite file into liandong_bench_<scale>_<seed> unless
 * `reuse` and that database already holds it. Ids, counts and the sample records the measurements
 * pick are then the same as the file's, which they keep reading for their samples.
 */
async function postgresCity(file: string, meta: BenchMeta, reuse: boolean): Promise<string> {
  const { LOCAL_TEST_SERVER, databaseOn, freshDatabase, reachable } = await import("./postgres.mjs");
  const server = process.env.TEST_POSTGRES_URL ?? LOCAL_TEST_SERVER;
  if (!(await reachable(server))) throw new Error(`--postgres: no PostgreSQL server at ${server.replace(/:[^:@/]*@/, ":***@")} (set TEST_POSTGRES_URL; npm run test:postgres starts a local one)`);
  const name = `liandong_bench_${String(meta.scale).replace(/\W/g, "_")}_${meta.seed}`;
  const url = databaseOn(server, name);
  if (reuse) {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    const held = await client.connect().then(() => client.query(`SELECT COUNT(*)::int AS n FROM "Organisation"`)).then((r) => r.rows[0].n > 0, () => false).finally(() => client.end().catch(() => undefined));
    if (held) {
      log(`reusing PostgreSQL database ${name}`);
      return url;
    }
  }
  log(`copying the city into PostgreSQL (${name})…`);
  const t0 = performance.now();
  await freshDatabase(server, name);
  const { copySqliteToPostgres } = await import("./copy-to-postgres.ts");
  const report = await copySqliteToPostgres(file, url);
  log(`copied ${report.reduce((s, r) => s + r.rows, 0).toLocaleString("en")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return url;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  fs.mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `city-${options.scale}-${options.seed}.db`);
  const metaFile = file.replace(/\.db$/, ".json");
  let meta: BenchMeta;
  const migrationsDir = path.join(root, "prisma", "migrations");
  const migrations = fs.readdirSync(migrationsDir).filter((m) => /^\d/.test(m)).sort()
    .map((m) => `${m}:${createHash("sha1").update(fs.readFileSync(path.join(migrationsDir, m, "migration.sql"))).digest("hex").slice(0, 12)}`);
  const previous = options.reuse && fs.existsSync(file) && fs.existsSync(metaFile) ? (JSON.parse(fs.readFileSync(metaFile, "utf8")) as BenchMeta) : null;
  // A dataset made before a new migration is stale: it would not have that migration's schema.
  if (previous && JSON.stringify(previous.migrations) === JSON.stringify(migrations)) {
    meta = previous;
    log(`reusing ${path.relative(root, file)}`);
  } else {
    meta = { ...(await generate(file, options.scale, options.seed, log)), migrations };
    fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2));
    log(`generated in ${meta.seconds.total.toFixed(1)} s (migrate ${meta.seconds.migrate.toFixed(1)}, load ${meta.seconds.load.toFixed(1)}, indexes ${meta.seconds.indexes.toFixed(1)})`);
  }
  const measurements: Measurement[] = [];
  let plans: PlanFinding[] = [];
  let failures: string[] = [];
  process.env.DATABASE_URL = `file:${file}`;
  if (options.postgres) process.env.DATABASE_URL = await postgresCity(file, meta, options.reuse && meta === previous);
  if (!options.skipData) {
    log("data layer (in process)…");
    const { measureDataLayer } = await import("./bench/datalayer.ts");
    const data = await measureDataLayer(meta, { quick: options.quick, log });
    measurements.push(...data.measurements);
    plans = data.plans;
    for (const p of plans) log(`plan without an index for ${p.measurement}:\n    ${p.sql}\n    ${p.plan.join("\n    ")}`);
  }
  let server: { peakRssMb: number; memoryAtPeak: MemoryAtPeak | null; firstLoadJs: { route: string; kb: number }[]; listsAndRecords: { fast: number; total: number } } | null = null;
  if (!options.skipHttp) {
    log("pages over HTTP (production build)…");
    const { measureHttp } = await import("./bench/http.ts");
    const http = await measureHttp(meta, { port: options.port, quick: options.quick, root, log });
    measurements.push(...http.measurements);
    server = { peakRssMb: http.peakRssMb, memoryAtPeak: http.memoryAtPeak, firstLoadJs: http.firstLoadJs, listsAndRecords: http.listsAndRecords };
  }
  failures = measurements.filter((m) => (m.errors ?? 0) > 0).map((m) => `${m.name}: ${m.errors} errors`);
  const rows = tableRows(measurements);
  console.log(`\nLiandong benchmark${options.postgres ? " on PostgreSQL" : ""}: scale ${meta.scale} (${meta.size.complaints.toLocaleString("en")} complaints), seed ${meta.seed}, ${new Date().toISOString()}`);
  console.log(`generation: ${meta.seconds.total.toFixed(1)} s (migrations ${meta.seconds.migrate.toFixed(1)} s, rows ${meta.seconds.load.toFixed(1)} s, indexes ${meta.seconds.indexes.toFixed(1)} s)\n`);
  console.log(formatTable(rows));
  if (server) {
    const heaviest = [...server.firstLoadJs].sort((a, b) => b.kb - a.kb)[0];
    console.log(`\nserver peak RSS: ${server.peakRssMb.toFixed(0)} MB (target ≤ 400 MB)`);
    const m = server.memoryAtPeak;
    if (m) console.log(`  at its peak the server counted rss ${m.rss} MB: JS heap ${m.heapUsed} used of ${m.heapTotal} MB, external ${m.external} MB (array buffers ${m.arrayBuffers} MB); the rest is code, native modules and SQLite`);
    const over = server.firstLoadJs.filter((r) => r.kb > 150).length;
    console.log(`first-load JS: ${server.firstLoadJs.length} routes, largest ${heaviest ? `${heaviest.route} ${heaviest.kb.toFixed(1)} kB gzipped` : "–"}, ${over} over 150 kB (target ≤ 150 kB)`);
    console.log(`lists and records within 1.5× the baseline's p95: ${server.listsAndRecords.fast} of ${server.listsAndRecords.total} (every page within 3×: see the verdicts)`);
  }
  const outFile = options.out ?? path.join(benchDir, `result-${meta.scale}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(outFile, JSON.stringify({ at: new Date().toISOString(), options, meta, measurements, table: rows, server, plans }, null, 2));
  log(`wrote ${path.relative(root, outFile)}`);
  if (failures.length > 0) {
    console.error(`\n[bench] errors:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
