#!/usr/bin/env node
// `npm run test:postgres`: the unit and e2e suites again, on PostgreSQL (docs/decisions/091).
// `npm test` has typechecked, linted and built the same sources; this reuses the build (or makes
// one if the sources changed since). The server is TEST_POSTGRES_URL (a role that may create
// databases; the suites use liandong_unit, liandong_matrix and liandong_e2e on it, recreated each
// run). Without it: the local server at 127.0.0.1:5432 with the role liandong; as root on Debian,
// PostgreSQL is installed from Debian's packages, its cluster started and the role created.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { build, buildIsStale, ensureDependencies, hasCommand, log, run } from "./lib.mjs";

ensureDependencies();
const { LOCAL_TEST_SERVER, reachable } = await import("./postgres.mjs");

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Debian's cluster (the first pg_lsclusters lists), started; the test role created if missing. */
function startLocalServer() {
  if (!hasCommand("pg_lsclusters") && isRoot && hasCommand("apt-get")) {
    log("Installing PostgreSQL from Debian's packages (apt-get)…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "postgresql", "postgresql-contrib"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  if (!hasCommand("pg_lsclusters") || !isRoot) return false;
  const clusters = () => execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).trim().split("\n").filter(Boolean).map((l) => l.trim().split(/\s+/));
  if (clusters().length === 0) {
    // Packages installed without their default cluster: create it for the newest version installed.
    const version = fs.readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
    if (!version) return false;
    log(`Creating the PostgreSQL ${version} cluster "main"…`);
    run("pg_createcluster", [version, "main"]);
  }
  const [cluster] = clusters();
  if (!cluster || cluster.length < 4) return false;
  const [version, name, , status] = cluster;
  if (status !== "online") {
    log(`Starting PostgreSQL ${version}/${name}…`);
    run("pg_ctlcluster", [version, name, "start"]);
  }
  const psql = (sql) => execFileSync("runuser", ["-u", "postgres", "--", "psql", "-tAc", sql], { encoding: "utf8" }).trim();
  if (psql("SELECT 1 FROM pg_roles WHERE rolname = 'liandong'") !== "1") {
    log("Creating the test role liandong…");
    psql("CREATE ROLE liandong LOGIN SUPERUSER PASSWORD 'liandong-dev'");
  }
  return true;
}

const server = process.env.TEST_POSTGRES_URL ?? LOCAL_TEST_SERVER;
if (!(await reachable(server))) {
  if (process.env.TEST_POSTGRES_URL || !startLocalServer() || !(await reachable(server))) {
    console.error(`[liandong] No PostgreSQL server at ${server.replace(/:[^:@/]*@/, ":***@")}. Set TEST_POSTGRES_URL to a server and a role that may create databases (see README, PostgreSQL mode).`);
    process.exit(1);
  }
}
process.env.TEST_POSTGRES_URL = server;
log("Unit tests on PostgreSQL…");
run("npx", ["vitest", "run"]);
if (buildIsStale()) build();
log("End-to-end tests on PostgreSQL (Playwright, Chromium)…");
run("npx", ["playwright", "test"]);
log("All tests passed on PostgreSQL.");
