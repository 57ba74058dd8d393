// Housekeeping `npm start` runs before the server starts (no request is in flight then): removes
// uploaded files no record refers to (left by a crash between storing and committing, or by
// versions before issue 11) and rows kept only for a while: throttling attempts, revocations of
// expired sessions, old form-submission keys. Safe to run at any time: `npm run maintenance`.
import { pruneExpiredRows } from "@/lib/data/maintenance";
import { removeOrphanUploads } from "@/lib/data/attachments";
import { db } from "@/lib/db";

const files = await removeOrphanUploads();
const rows = await pruneExpiredRows();
console.log(`[liandong] maintenance: ${files} orphaned upload(s) removed; pruned ${Object.entries(rows).map(([k, n]) => `${n} ${k}`).join(", ")}.`);
await db.$disconnect();
