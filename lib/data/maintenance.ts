// Rows that are kept only for a while, pruned by scripts/maintenance.ts (and, for the attempt
// tables, as new rows are written). The audit log keeps the history of all of them.
import "server-only";
import { db } from "@/lib/db";

const DAY = 24 * 3600 * 1000;

export async function pruneExpiredRows(now = new Date()): Promise<Record<string, number>> {
  const dayAgo = new Date(now.getTime() - DAY);
  const [signIn, lookups, revoked, submissions] = await db.$transaction([
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: dayAgo } } }),
    db.publicRatingAttempt.deleteMany({ where: { createdAt: { lt: dayAgo } } }),
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.formSubmission.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 7 * DAY) } } }),
  ]);
  return { signInAttempts: signIn.count, publicLookups: lookups.count, revokedSessions: revoked.count, submissionKeys: submissions.count };
}
