// Seeds the database: reference data always (idempotent), the demo city only into an empty one.
// Run by `npm start` after the migrations; `npm run db:seed` runs it by hand.
import { createPrismaClient } from "../lib/db-client.ts";
import { databaseUrl } from "../lib/config.ts";
import { seedReferenceData } from "./reference-data.ts";
import { seedDemoCity } from "./demo-city.ts";
import { seedDemoActivity } from "./demo-activity.ts";

export async function seed(options: { demo: boolean }): Promise<{ demoSeeded: boolean }> {
  const db = createPrismaClient(databaseUrl());
  try {
    await seedReferenceData(db);
    const empty = (await db.organisation.count()) === 0;
    if (options.demo && empty) {
      const orgs = await seedDemoCity(db);
      await seedDemoActivity(db, orgs);
      return { demoSeeded: true };
    }
    return { demoSeeded: false };
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const demo = !process.argv.includes("--no-demo");
  seed({ demo })
    .then((r) => console.log(r.demoSeeded ? "Seeded reference data and the demo city." : "Reference data up to date."))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
