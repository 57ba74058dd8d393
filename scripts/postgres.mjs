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

/** Drops database `name` if it exists (closing its sessions) and creates it empty; returns its URL. */
export async function freshDatabase(serverUrl, name) {
  if (!/^liandong_[a-z0-9_]+$/.test(name)) throw new Error(`freshDatabase: refusing to recreate ${name}: test databases are named liandong_…`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return databaseOn(serverUrl, name);
}
