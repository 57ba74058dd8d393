// Actors for data-layer tests: the demo users, loaded exactly as a session would load them.
import { db } from "@/lib/db";
import { actorForSession } from "@/lib/data/auth";
import type { Actor } from "@/lib/scope";

export async function actorFor(username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, sessionVersion: true } });
  const actor = await actorForSession(user.id, user.sessionVersion, `test-${username}`);
  if (!actor) throw new Error(`No actor for ${username}`);
  return actor;
}

export async function idOf(table: "organisation" | "residentialArea", name: string): Promise<number> {
  const row = table === "organisation"
    ? await db.organisation.findFirstOrThrow({ where: { name }, select: { id: true } })
    : await db.residentialArea.findFirstOrThrow({ where: { name }, select: { id: true } });
  return row.id;
}
