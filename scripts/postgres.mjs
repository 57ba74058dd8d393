// The PostgreSQL mode's test databases (docs/decisions/091). TEST_POSTGRES_URL names a server
// and a role that may create databases, e.g.
//   TEST_POSTGRES_URL=postgresql://liandong:liandong-dev@127.0.0.1:5432/postgres
// The suites then run on databases of their own on that server (liandong_unit, liandong_e2e),
// dropped and created afresh at each run: never on the database the URL names.
import pg from "pg";

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseOn(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function checkName(name) {
  if (!/^liandong_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate ${name}: test databases are named liandong_…`);
}

async function onServer(serverUrl, statements) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** Database `name` afresh as a copy of database `from` (which nobody may be connected to); returns its URL. */
export async function copyDatabase(serverUrl, from, name) {
  checkName(name);
  await onServer(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}" TEMPLATE "${from}"`]);
  return databaseOn(serverUrl, name);
}

/** Drops database `name` if it exists (closing its sessions) and creates it empty; returns its URL. */
export async function freshDatabase(serverUrl, name) {
  checkName(name);
  await onServer(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  return databaseOn(serverUrl, name);
}

/** The server the PostgreSQL test run uses unless TEST_POSTGRES_URL names another. */
export const LOCAL_TEST_SERVER = "postgresql://liandong:liandong-dev@127.0.0.1:5432/postgres";

/** Whether the server answers at `serverUrl` (a connection within five seconds). */
export async function reachable(serverUrl) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
