import { describe, expect, it } from "vitest";
import { createOrganisation, updateOrganisation } from "@/lib/data/organisations";
import { db } from "@/lib/db";
import { actorFor, idOf } from "@/lib/testing/actors";

const base = { code: null, sector: null, contactPerson: "", phone: "", address: "", email: "" };

describe("organisation administration", () => {
  it("derives the district and street of a new organisation from its parent, and audits it", async () => {
    const admin = await actorFor("admin");
    const street = await idOf("organisation", "花园街道办事处");
    const id = await createOrganisation(admin, { ...base, kind: "COMMUNITY_COMMITTEE", name: "单元测试社区居民委员会", parentId: street });
    const org = await db.organisation.findUniqueOrThrow({ where: { id } });
    const streetOrg = await db.organisation.findUniqueOrThrow({ where: { id: street } });
    expect(org.streetId).toBe(street);
    expect(org.districtId).toBe(streetOrg.districtId);
    expect(await db.auditLog.count({ where: { action: "admin.organisation.create", entityId: String(id) } })).toBe(1);
  });

  it("refuses a parent of the wrong kind and writes nothing", async () => {
    const admin = await actorFor("admin");
    const before = await db.organisation.count();
    const company = await idOf("organisation", "龙江物业服务有限公司");
    await expect(createOrganisation(admin, { ...base, kind: "STREET_OFFICE", name: "错误街道", parentId: company })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { parentId: ["parentKind"] },
    });
    expect(await db.organisation.count()).toBe(before);
  });

  it("moving a community to another street moves its owners' committees too", async () => {
    const admin = await actorFor("admin");
    const community = await db.organisation.findFirstOrThrow({ where: { name: "海城社区居民委员会" } });
    const target = await idOf("organisation", "大成街道办事处");
    await updateOrganisation(admin, community.id, { ...base, kind: "COMMUNITY_COMMITTEE", name: community.name, parentId: target, version: community.version });
    const child = await db.organisation.findFirstOrThrow({ where: { parentId: community.id } });
    expect(child.streetId).toBe(target);
    const back = await db.organisation.findUniqueOrThrow({ where: { id: community.id } });
    await updateOrganisation(admin, community.id, { ...base, kind: "COMMUNITY_COMMITTEE", name: community.name, parentId: community.parentId, version: back.version });
  });

  it("a non-administrator cannot create organisations", async () => {
    const leader = await actorFor("bureau.leader");
    await expect(createOrganisation(leader, { ...base, kind: "PROPERTY_COMPANY", name: "越权公司", parentId: null })).rejects.toMatchObject({ code: "notFound" });
    expect(await db.organisation.count({ where: { name: "越权公司" } })).toBe(0);
  });
});
