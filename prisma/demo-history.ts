// DEMO ONLY: the demo city's complaints of past years, closed, in every duty line — brought in
// from the city's old ledger (IMPORTED, like lib/data/complaint-import.ts writes them), dated 13
// to 24 months back so they stay out of this year's assessment. The routing classifier learns
// from them (docs/decisions/064).
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { cityDate } from "../lib/domain/dates.ts";
import { nextRef } from "../lib/domain/reference-number.ts";
import { COMPLAINT_HISTORY, HISTORY_FRAMES } from "./data/complaint-history.ts";

const DAY = 86_400_000;

export async function seedDemoHistory(db: PrismaClient): Promise<void> {
  const duties = new Map((await db.dutyCategory.findMany({ select: { id: true, code: true, name: true, policyText: true } })).map((d) => [d.code, d]));
  const streets = await db.organisation.findMany({ where: { kind: "STREET_OFFICE", users: { some: {} } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
  const areas = await db.residentialArea.findMany({ where: { streetId: { in: streets.map((s) => s.id) } }, select: { id: true, name: true, streetId: true, districtId: true }, orderBy: { id: "asc" } });
  const staff = new Map((await db.user.findMany({ where: { orgId: { in: streets.map((s) => s.id) } }, select: { id: true, name: true, orgId: true }, orderBy: { id: "asc" } })).map((u) => [u.orgId, u]));
  const issued = new Map<string, string | null>();
  const ref = async (at: Date) => {
    const year = cityDate(at).slice(0, 4);
    if (!issued.has(year)) issued.set(year, (await db.complaint.findFirst({ where: { ref: { startsWith: `TS-${year}-` } }, orderBy: { ref: "desc" }, select: { ref: true } }))?.ref ?? null);
    const next = nextRef("Complaint", Number(year), issued.get(year) ?? null);
    issued.set(year, next);
    return next;
  };
  let n = 0;
  for (const [code, texts] of Object.entries(COMPLAINT_HISTORY)) {
    const duty = duties.get(code);
    if (!duty) continue;
    for (const [i, text] of texts.entries()) {
      for (const [f, frame] of HISTORY_FRAMES.entries()) {
        n++;
        const area = areas[(n * 7) % areas.length]!;
        const street = streets.find((s) => s.id === area.streetId)!;
        const clerk = staff.get(street.id);
        if (!clerk) continue;
        const receivedAt = new Date(Date.now() - (400 + ((i * 37 + f * 113 + n) % 320)) * DAY);
        const closedAt = new Date(receivedAt.getTime() + 20 * DAY);
        const date = cityDate(receivedAt);
        await db.complaint.create({
          data: {
            ref: await ref(receivedAt), channel: f === 1 ? "MAYOR_HOTLINE" : "VISIT", receivedAt, residentName: `居民${String(n).padStart(4, "0")}`, residentPhone: `1390451${String(n).padStart(4, "0")}`,
            areaId: area.id, streetId: area.streetId, districtId: area.districtId, categoryId: duty.id, description: frame(area.name, text),
            registeredOrgId: street.id, registeredById: clerk.id, handlerOrgId: street.id, status: "CLOSED",
            acceptDueDate: date, handleDueDate: date, currentDueDate: null, acceptedAt: receivedAt,
            matchedDutyCode: duty.code, matchedDutyName: duty.name, matchedPolicyText: duty.policyText,
            result: "已按职责办结并答复居民。", handledAt: closedAt, repliedAt: closedAt, closedAt, createdAt: receivedAt, updatedAt: closedAt,
            events: { create: [{ kind: "IMPORTED", at: receivedAt, actorUserId: clerk.id, actorOrgId: street.id, actorName: clerk.name, actorOrgName: street.name, note: "历史台账" }] },
          },
        });
      }
    }
  }
}
