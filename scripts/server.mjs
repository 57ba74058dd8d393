#!/usr/bin/env node
// The production HTTP server (npm start, the e2e and benchmark servers): Next.js's own request
// handler behind a plain Node HTTP server, so that the connection's peer address is known.
// `next start` cannot do that: Next keeps a client's X-Forwarded-For as it came, so anyone could
// claim any address (issue 11). Here X-Forwarded-For is believed only from TRUSTED_PROXIES, and
// HSTS is sent when the public address is https (docs/decisions/051).
//   node scripts/server.mjs [-p PORT] [-H HOST]
import http from "node:http";
import path from "node:path";
import { installAbortReasonFix } from "./server/abort-reasons.mjs";
import { prepareRequest, trustedProxies } from "./server/transport.mjs";

// Before Next.js loads: a finished render must not stay in memory (abort-reasons.mjs).
installAbortReasonFix();
const { default: next } = await import("next");

function option(names, fallback) {
  const i = process.argv.findIndex((a) => names.includes(a));
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], undefined);
const isTrusted = trustedProxies(process.env.TRUSTED_PROXIES ?? "");
const publicUrl = process.env.NEXTAUTH_URL;

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  prepareRequest(req, res, { isTrusted, publicUrl });
  handle(req, res).catch((error) => {
    console.error("[liandong] request failed", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`[liandong] listening on http://${hostname ?? "localhost"}:${port}${process.env.TRUSTED_PROXIES ? ` (trusted proxies: ${process.env.TRUSTED_PROXIES})` : ""}`);
});
// MEMORY_LOG_MS=n: every n ms, one line of where the process's memory is (the benchmark reads it).
const memoryLogMs = Number(process.env.MEMORY_LOG_MS);
if (memoryLogMs > 0) {
  setInterval(() => {
    const m = process.memoryUsage();
    const mb = (v) => Math.round(v / 1048576);
    console.log(`[liandong] memory rss=${mb(m.rss)} heapUsed=${mb(m.heapUsed)} heapTotal=${mb(m.heapTotal)} external=${mb(m.external)} arrayBuffers=${mb(m.arrayBuffers)}`);
  }, memoryLogMs).unref();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
