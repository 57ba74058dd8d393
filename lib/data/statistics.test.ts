import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { actorFor, idOf } from "@/lib/testing/actors";
import { acceptComplaint, registerComplaint } from "@/lib/data/complaints";
import { complaintYearCounts } from "@/lib/data/statistics";

const year = Number(toCityDateTimeInput(new Date()).slice(0, 4));

function countOf(rows: Awaited<ReturnType<typeof complaintYearCounts>>, district: string, status: string): number {
  return rows.find((r) => r.districtName === district && r.status === status)?.count ?? 0;
}

describe("yearly complaint counts (the ComplaintYearCount summary kept by triggers)", () => {
  it("counts a registration and moves it between statuses in the same transaction as the change", async () => {
    const street = await actorFor("street.clerk");
    const bureau = await actorFor("bureau.leader");
    const before = await complaintYearCounts(bureau, year);
    const category = (await db.dutyCategory.findUniqueOrThrow({ where: { code: "ELEVATOR_BOILER" }, select: { id: true } })).id;
    const id = await registerComplaint(street, {
      channel: "VISIT", channelRef: "", receivedAt: toCityDateTimeInput(new Date()), residentName: "钱统计", residentPhone: "",
      areaId: await idOf("residentialArea", "海城花园小区"), categoryId: category, aboutOrgId: null, description: `统计测试：电梯异响 ${Math.random()}`, duplicateOfId: null,
    }, []);
    const registered = await complaintYearCounts(bureau, year);
    expect(countOf(registered, "南岗区人民政府", "REGISTERED")).toBe(countOf(before, "南岗区人民政府", "REGISTERED") + 1);

    const { version } = await db.complaint.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await acceptComplaint(street, id, version);
    const accepted = await complaintYearCounts(bureau, year);
    expect(countOf(accepted, "南岗区人民政府", "REGISTERED")).toBe(countOf(before, "南岗区人民政府", "REGISTERED"));
    expect(countOf(accepted, "南岗区人民政府", "ACCEPTED")).toBe(countOf(before, "南岗区人民政府", "ACCEPTED") + 1);

    // The summary equals a count of the complaints themselves.
    const total = accepted.reduce((s, r) => s + r.count, 0);
    const from = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
    expect(total).toBe(await db.complaint.count({ where: { receivedAt: { gte: from, lt: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000) } } }));
  });

  it("shows each actor only its own territory", async () => {
    const street = await actorFor("street.clerk");
    const district = await actorFor("district.leader");
    const company = await actorFor("company.clerk");
    expect((await complaintYearCounts(street, year)).every((r) => r.districtName === "南岗区人民政府")).toBe(true);
    expect((await complaintYearCounts(district, year)).every((r) => r.districtName === "南岗区人民政府")).toBe(true);
    const streetTotal = (await complaintYearCounts(street, year)).reduce((s, r) => s + r.count, 0);
    const districtTotal = (await complaintYearCounts(district, year)).reduce((s, r) => s + r.count, 0);
    expect(streetTotal).toBeLessThanOrEqual(districtTotal);
    // A company sees the complaints it held, counted from the complaints themselves.
    const held = await db.complaintHolder.findMany({ where: { orgId: company.orgId }, select: { complaintId: true }, distinct: ["complaintId"] });
    expect((await complaintYearCounts(company, year)).reduce((s, r) => s + r.count, 0)).toBeLessThanOrEqual(held.length);
  });
});
