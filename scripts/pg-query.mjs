#!/usr/bin/env node
// One statement on PostgreSQL, for callers that must wait synchronously (the e2e suite's database
// helpers, e2e/db.ts, run through execFileSync): reads {url, sql, params} as JSON on stdin, prints
// {rows, rowCount} as JSON. Values come back in SQLite's shapes, as the app's read path returns
// them (lib/postgres-types.mjs): DateTime as ISO text with +00:00, Boolean 1/0, counts as numbers.
import pg from "pg";
import { sqliteShapedTypes as types } from "../lib/postgres-types.mjs";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { url, sql, params } = JSON.parse(input);
const client = new pg.Client({ connectionString: url, types });
await client.connect();
try {
  const result = await client.query(sql, params);
  process.stdout.write(JSON.stringify({ rows: result.rows, rowCount: result.rowCount }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${sql}\n`);
  process.exitCode = 1;
} finally {
  await client.end();
}
