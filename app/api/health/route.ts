// Liveness and database check for monitoring (no sign-in, no data).
import { NextResponse } from "next/server";
import { databaseHealthy } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseHealthy();
  return NextResponse.json({ status: ok ? "ok" : "degraded", time: new Date().toISOString() }, { status: ok ? 200 : 503 });
}
