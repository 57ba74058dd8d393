// Statistics over ten years of matters: the yearly count of complaints by district and status,
// read from the ComplaintYearCount summary (kept by triggers in the same transaction as every
// complaint write), so it costs the same at a million complaints as at a hundred.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions";
import { scoped, type Actor } from "@/lib/scope";

export type YearCountRow = { districtId: number; districtName: string; status: string; count: number };

/** Complaints registered in a (Shanghai) calendar year, by district and status, in the actor's scope. */
export async function complaintYearCounts(actor: Actor, year: number): Promise<YearCountRow[]> {
  requirePermission(actor, "complaints.view");
  let counts: { districtId: number; status: string; count: number }[];
  if (actor.scope.level === "ORG") {
    // Organisations see the complaints they held: not a territory the summary is kept by.
    const from = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
    const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000);
    const rows = await db.complaint.groupBy({ by: ["districtId", "status"], where: scoped(actor, "complaint", { receivedAt: { gte: from, lt: to } }), _count: { _all: true } });
    counts = rows.map((r) => ({ districtId: r.districtId, status: r.status, count: r._count._all }));
  } else {
    const rows = await db.complaintYearCount.groupBy({ by: ["districtId", "status"], where: scoped(actor, "complaintYearCount", { year }), _sum: { count: true } });
    counts = rows.map((r) => ({ districtId: r.districtId, status: r.status, count: r._sum.count ?? 0 })).filter((r) => r.count > 0);
  }
  const names = new Map((await db.organisation.findMany({ where: { id: { in: [...new Set(counts.map((c) => c.districtId))] } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return counts
    .map((c) => ({ ...c, districtName: names.get(c.districtId) ?? "" }))
    .sort((a, b) => a.districtName.localeCompare(b.districtName, "zh-CN") || a.status.localeCompare(b.status));
}

