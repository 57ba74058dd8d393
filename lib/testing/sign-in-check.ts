// Used by scripts/backup.test.ts on a restored data folder (DATABASE_URL points at it): signs a
// demo user in through the application's own authenticate() and lists what that user sees.
// Prints one JSON line.
import { actorForSession, authenticate } from "@/lib/data/auth";
import { listComplaints } from "@/lib/data/complaints";
import { listDisputes } from "@/lib/data/disputes";
import { db } from "@/lib/db";

const [username, password] = process.argv.slice(2);
const outcome = await authenticate(username!, password!, "127.0.0.1");
let seen: { complaints: string[]; disputes: string[] } | null = null;
if (outcome.ok) {
  const actor = await actorForSession(outcome.userId, outcome.sessionVersion, "restore-check");
  if (actor) {
    const complaints = await listComplaints(actor, { sort: "recent" }, { size: 20 });
    const disputes = await listDisputes(actor, {}, { size: 20 });
    seen = { complaints: complaints.rows.map((c) => c.ref), disputes: disputes.rows.map((d) => d.ref) };
  }
}
console.log(JSON.stringify({ ok: outcome.ok, seen }));
await db.$disconnect();
