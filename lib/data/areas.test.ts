import { describe, expect, it } from "vitest";
import { getArea, listAreas, updateArea } from "@/lib/data/areas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, idOf } from "@/lib/testing/actors";

describe("residential areas in scope", () => {
  it("a street clerk lists only its street's areas, whatever filter it sends", async () => {
    const clerk = await actorFor("street.clerk");
    const all = await listAreas(clerk, {}, { size: 100 });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows.every((a) => a.streetId === clerk.streetId)).toBe(true);
    const otherDistrict = await idOf("organisation", "道里区人民政府");
    const escaped = await listAreas(clerk, { districtId: otherDistrict }, { size: 100 });
    expect(escaped.rows).toEqual([]);
  });

  it("another street's area is not found, and so is a missing one", async () => {
    const clerk = await actorFor("street.clerk");
    await expect(getArea(clerk, await idOf("residentialArea", "兆麟公园小区"))).rejects.toMatchObject({ code: "notFound" });
    await expect(getArea(clerk, 999_999)).rejects.toBeInstanceOf(AppError);
    expect((await getArea(clerk, await idOf("residentialArea", "海城花园小区"))).name).toBe("海城花园小区");
  });

  it("a property company sees its areas in two districts", async () => {
    const company = await actorFor("company.clerk");
    const page = await listAreas(company, {}, { size: 100 });
    const districts = new Set(page.rows.map((a) => a.districtId));
    expect(districts.size).toBe(2);
    expect(page.rows.every((a) => a.propertyCompanyId === company.orgId)).toBe(true);
  });

  it("keyset pages cover every area once", async () => {
    const bureau = await actorFor("bureau.clerk");
    const first = await listAreas(bureau, {}, { size: 5 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listAreas(bureau, {}, { size: 5, cursor: first.nextCursor! });
    const ids = [...first.rows, ...second.rows].map((a) => a.id);
    expect(new Set(ids).size).toBe(10);
  });

  it("an edit with a stale version is refused as a conflict and writes nothing", async () => {
    const admin = await actorFor("admin");
    const id = await idOf("residentialArea", "安顺小区");
    const area = await db.residentialArea.findUniqueOrThrow({ where: { id } });
    const data = {
      name: "安顺小区", address: area.address, communityId: area.communityId, propertyCompanyId: area.propertyCompanyId,
      policeStationId: area.policeStationId, ownersCommitteeId: area.ownersCommitteeId, households: 451,
    };
    await updateArea(admin, id, { ...data, version: area.version });
    await expect(updateArea(admin, id, { ...data, households: 999, version: area.version })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.residentialArea.findUniqueOrThrow({ where: { id } })).households).toBe(451);
  });

  it("only administrators may edit areas", async () => {
    const leader = await actorFor("street.leader");
    const id = await idOf("residentialArea", "海城花园小区");
    const area = await db.residentialArea.findUniqueOrThrow({ where: { id } });
    await expect(
      updateArea(leader, id, { name: "改名", address: "", communityId: area.communityId, propertyCompanyId: null, policeStationId: null, ownersCommitteeId: null, households: 1, version: area.version }),
    ).rejects.toMatchObject({ code: "notFound" });
    expect((await db.residentialArea.findUniqueOrThrow({ where: { id } })).name).toBe("海城花园小区");
  });
});
