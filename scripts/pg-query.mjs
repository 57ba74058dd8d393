#!/usr/bin/env node
// One statement on PostgreSQL, for callers that must wait synchronously (the e2e suite's database
// helpers, e2e/db.ts, run through execFileSync): reads {url, sql, params} as JSON on stdin, prints
// {rows, rowCount} as JSON. Values come back in SQLite's shapes, as the app's read path returns
// them (lib/db-read.ts): DateTime as ISO text with +00:00, Boolean 1/0, counts as numbers.
import pg from "pg";

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const types = {
  getTypeParser(oid, format) {
    if (oid === 16) return (v) => (v === "t" ? 1 : 0);
    if (oid === 20 || oid === 1700) return (v) => Number(v);
    if (oid === TIMESTAMP) {
      return (text) => {
        const [date, time = "00:00:00"] = text.split(" ");
        const [hms, fraction = ""] = time.split(".");
        return `${date}T${hms}.${fraction.padEnd(3, "0").slice(0, 3)}+00:00`;
      };
    }
    if (oid === TIMESTAMPTZ) return (v) => new Date(v).toISOString().replace("Z", "+00:00");
    return pg.types.getTypeParser(oid, format);
  },
};

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
