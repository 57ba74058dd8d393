// Demo activity on top of the demo city: each feature adds its records here (disputes,
// meetings, complaints, ...), so a newcomer sees a living system. DEMO ONLY.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import type { seedDemoCity } from "./demo-city.ts";
import { seedDemoDisputes } from "./demo-disputes.ts";
import { seedDemoIntake } from "./demo-intake.ts";
import { seedDemoSupervision } from "./demo-supervision.ts";
import { seedDemoAssessment } from "./demo-assessment.ts";
import { seedDemoHistory } from "./demo-history.ts";

export type DemoOrgs = Awaited<ReturnType<typeof seedDemoCity>>;

export async function seedDemoActivity(db: PrismaClient, orgs: DemoOrgs): Promise<void> {
  // Disputes and joint meetings (issue 3)
  await seedDemoDisputes(db, orgs);
  // Complaints, enforcement referrals, planned works and outages (prisma/demo-intake.ts).
  await seedDemoIntake(db, orgs);
  // Supervision, collective petitions and accountability records (issue 5).
  await seedDemoSupervision(db, orgs);
  // Satisfaction and assessment history (prisma/demo-assessment.ts).
  await seedDemoAssessment(db, orgs);
  // Past years' closed complaints in every duty line: what the routing classifier learns from.
  await seedDemoHistory(db);
  // The demo's notices marked read were read by every user of their organisation (read state is
  // per user: docs/decisions/062).
  // ON CONFLICT DO NOTHING: the same statement on SQLite and PostgreSQL.
  await db.$executeRawUnsafe(`INSERT INTO "NotificationRead" ("notificationId", "userId", "readAt")
    SELECT n."id", u."id", n."readAt" FROM "Notification" n JOIN "User" u ON u."orgId" = n."orgId" WHERE n."readAt" IS NOT NULL
    ON CONFLICT DO NOTHING`);
}
