// `npm run audit:verify`: checks the audit log's hash chain (docs/decisions/055). Exit code 0 when
// every row links to the one before it, 1 when the chain is broken (and where), so a scheduled
// job can alert. Prints the last hash: kept outside the server (in the backup log, say), it also
// shows whether rows were cut off the end since.
//   DATA_DIR=/srv/liandong npm run audit:verify
import { verifyAuditChain } from "@/lib/data/audit";
import { db } from "@/lib/db";

const report = await verifyAuditChain();
if (report.ok) {
  console.log(`Audit log intact: ${report.checked} rows checked${report.unchained ? ` (${report.unchained} written before the chain began)` : ""}.`);
  console.log(`Last hash: ${report.lastHash || "(none)"}`);
} else {
  console.error(`Audit log broken at row ${report.brokenAt}: that row, or the one before it, was changed, removed or inserted outside the application.`);
}
await db.$disconnect();
process.exit(report.ok ? 0 : 1);
