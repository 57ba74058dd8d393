// The demo city: Harbin's nine districts and their real street offices (NBS division codes,
// shared/data/harbin-divisions.csv), with invented communities, police stations, residential
// areas, property companies, owners' committees and demo users. DEMO ONLY: seeded into an
// empty database, never into one that already holds organisations.
import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { placeInTree, type OrgKind } from "../lib/domain/organisation.ts";
import demoUsers from "./demo-users.json" with { type: "json" };

/** Printed by `npm start` and listed in the README. Demo only. */
export const DEMO_PASSWORD: string = demoUsers.password;

type Division = { code: string; name: string; level: string; parentCode: string };

export function readDivisions(): Division[] {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), "data", "harbin-divisions.csv");
  const lines = fs.readFileSync(file, "utf8").trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const [code = "", name = "", level = "", parentCode = ""] = line.split(",");
    return { code, name, level, parentCode };
  });
}

export const CITY_DEPARTMENTS: readonly { sector: string; name: string }[] = [
  { sector: "PLANNING", name: "哈尔滨市城乡规划局" },
  { sector: "CONSTRUCTION", name: "哈尔滨市城乡建设委员会" },
  { sector: "CIVIL_AFFAIRS", name: "哈尔滨市民政局" },
  { sector: "PUBLIC_SECURITY", name: "哈尔滨市公安局" },
  { sector: "CITY_MANAGEMENT", name: "哈尔滨市城市管理局" },
  { sector: "URBAN_ENFORCEMENT", name: "哈尔滨市城市管理行政执法局" },
  { sector: "ENVIRONMENT", name: "哈尔滨市环境保护局" },
  { sector: "PRICE", name: "哈尔滨市物价监督管理局" },
  { sector: "MARKET", name: "哈尔滨市工商行政管理局" },
  { sector: "QUALITY", name: "哈尔滨市质量技术监督局" },
  { sector: "HEALTH", name: "哈尔滨市卫生局" },
];

export const UTILITIES: readonly { sector: string; name: string }[] = [
  { sector: "WATER", name: "哈尔滨市供排水服务中心（演示）" },
  { sector: "POWER", name: "哈尔滨市供电服务中心（演示）" },
  { sector: "GAS", name: "哈尔滨市燃气服务中心（演示）" },
  { sector: "HEATING", name: "哈尔滨市热力服务中心（演示）" },
  { sector: "POST", name: "哈尔滨市邮政服务中心（演示）" },
  { sector: "TELECOM", name: "哈尔滨市通信服务中心（演示）" },
  { sector: "CABLE_TV", name: "哈尔滨市有线电视服务中心（演示）" },
];

/** Invented property companies; 龙江 manages areas in 南岗区 and 道里区. */
export const PROPERTY_COMPANIES = ["龙江物业服务有限公司", "冰城物业管理有限公司", "松江家园物业服务有限公司", "金河湾物业服务有限公司", "北方恒泰物业管理有限公司"] as const;

type AreaSeed = { name: string; company: (typeof PROPERTY_COMPANIES)[number]; households: number; ownersCommittee: boolean };
type CommunitySeed = { name: string; areas: AreaSeed[] };
type StreetSeed = { code: string; police: string; communities: CommunitySeed[] };

/** Six real street offices in three districts, each with invented communities and areas. */
export const DEMO_STREETS: readonly StreetSeed[] = [
  {
    code: "230103001", // 南岗区 花园街道
    police: "花园派出所",
    communities: [
      { name: "海城社区", areas: [
        { name: "海城花园小区", company: "龙江物业服务有限公司", households: 1260, ownersCommittee: true },
        { name: "红军街小区", company: "冰城物业管理有限公司", households: 680, ownersCommittee: false },
      ] },
      { name: "邮政街社区", areas: [
        { name: "邮政家园", company: "龙江物业服务有限公司", households: 940, ownersCommittee: true },
        { name: "果戈里公寓", company: "松江家园物业服务有限公司", households: 410, ownersCommittee: false },
      ] },
    ],
  },
  {
    code: "230103005", // 南岗区 大成街道
    police: "大成派出所",
    communities: [
      { name: "大成社区", areas: [
        { name: "大成嘉园", company: "金河湾物业服务有限公司", households: 1520, ownersCommittee: true },
        { name: "建设小区", company: "冰城物业管理有限公司", households: 730, ownersCommittee: false },
      ] },
    ],
  },
  {
    code: "230102001", // 道里区 兆麟街道
    police: "兆麟派出所",
    communities: [
      { name: "兆麟社区", areas: [
        { name: "兆麟公园小区", company: "龙江物业服务有限公司", households: 860, ownersCommittee: true },
        { name: "中央大街公寓", company: "北方恒泰物业管理有限公司", households: 520, ownersCommittee: false },
      ] },
      { name: "友谊社区", areas: [
        { name: "友谊花园", company: "北方恒泰物业管理有限公司", households: 1100, ownersCommittee: true },
      ] },
    ],
  },
  {
    code: "230102002", // 道里区 新阳路街道
    police: "新阳路派出所",
    communities: [
      { name: "新阳社区", areas: [
        { name: "新阳嘉苑", company: "松江家园物业服务有限公司", households: 990, ownersCommittee: true },
        { name: "安顺小区", company: "冰城物业管理有限公司", households: 450, ownersCommittee: false },
      ] },
    ],
  },
  {
    code: "230104001", // 道外区 靖宇街道
    police: "靖宇派出所",
    communities: [
      { name: "靖宇社区", areas: [
        { name: "靖宇新城", company: "金河湾物业服务有限公司", households: 1340, ownersCommittee: true },
        { name: "景阳小区", company: "北方恒泰物业管理有限公司", households: 610, ownersCommittee: false },
      ] },
    ],
  },
  {
    code: "230104002", // 道外区 太古街道
    police: "太古派出所",
    communities: [
      { name: "太古社区", areas: [
        { name: "太古家园", company: "金河湾物业服务有限公司", households: 780, ownersCommittee: true },
        { name: "北十四道小区", company: "冰城物业管理有限公司", households: 390, ownersCommittee: false },
      ] },
    ],
  },
];

/** Demo sign-ins: one per organisation kind and role, plus a second street and district for access tests. */
export type DemoUser = { username: string; name: string; role: "CLERK" | "LEADER" | "ADMIN"; position: string; org: string };

export const DEMO_USERS: readonly DemoUser[] = demoUsers.users as DemoUser[];

type Created = { id: number; kind: OrgKind; parentId: number | null; districtId: number | null; streetId: number | null };

/** Builds the demo city into an empty database. Returns organisation ids by name. */
export async function seedDemoCity(db: PrismaClient): Promise<Map<string, Created>> {
  const byName = new Map<string, Created>();
  const phoneOf = (i: number) => `0451-${84600000 + i * 37}`;
  let counter = 0;

  async function org(kind: OrgKind, name: string, parent: Created | null, extra: { code?: string; sector?: string; address?: string; contactPerson?: string } = {}) {
    const place = placeInTree(kind, parent);
    counter += 1;
    const row = await db.organisation.create({
      data: {
        kind, name, parentId: parent?.id ?? null, ...place, code: extra.code ?? null, sector: extra.sector ?? null,
        phone: phoneOf(counter), address: extra.address ?? `哈尔滨市${name}`, contactPerson: extra.contactPerson ?? "",
      },
    });
    const created: Created = { id: row.id, kind, parentId: row.parentId, districtId: row.districtId, streetId: row.streetId };
    byName.set(name, created);
    return created;
  }

  await org("HOUSING_BUREAU", "哈尔滨市住房保障和房产管理局", null, { address: "哈尔滨市南岗区红军街" });
  for (const d of CITY_DEPARTMENTS) await org("CITY_DEPARTMENT", d.name, null, { sector: d.sector });
  for (const u of UTILITIES) await org("UTILITY", u.name, null, { sector: u.sector });

  const divisions = readDivisions();
  const districts = new Map<string, Created>();
  for (const d of divisions.filter((x) => x.level === "district")) {
    const gov = await org("DISTRICT_GOVERNMENT", `${d.name}人民政府`, null, { code: d.code });
    districts.set(d.code, gov);
    await org("DISTRICT_PROPERTY_OFFICE", `${d.name}物业管理办公室`, gov);
  }
  const streets = new Map<string, Created>();
  for (const s of divisions.filter((x) => x.level === "street")) {
    const district = districts.get(s.parentCode);
    if (!district) continue;
    streets.set(s.code, await org("STREET_OFFICE", `${s.name}办事处`, district, { code: s.code }));
  }

  const companies = new Map<string, Created>();
  for (const name of PROPERTY_COMPANIES) companies.set(name, await org("PROPERTY_COMPANY", name, null));

  for (const street of DEMO_STREETS) {
    const streetOrg = streets.get(street.code);
    if (!streetOrg) throw new Error(`Street ${street.code} missing from the divisions file`);
    const police = await org("POLICE_STATION", street.police, streetOrg);
    for (const c of street.communities) {
      const community = await org("COMMUNITY_COMMITTEE", `${c.name}居民委员会`, streetOrg);
      for (const a of c.areas) {
        const owners = a.ownersCommittee ? await org("OWNERS_COMMITTEE", `${a.name}业主委员会`, community) : null;
        await db.residentialArea.create({
          data: {
            name: a.name, address: `哈尔滨市${a.name}`, households: a.households, communityId: community.id,
            streetId: streetOrg.id, districtId: streetOrg.districtId!, propertyCompanyId: companies.get(a.company)!.id,
            policeStationId: police.id, ownersCommitteeId: owners?.id ?? null,
          },
        });
      }
    }
  }

  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);
  for (const u of DEMO_USERS) {
    const o = byName.get(u.org);
    if (!o) throw new Error(`Demo user ${u.username}: organisation ${u.org} missing`);
    await db.user.create({
      data: { username: u.username, name: u.name, role: u.role, position: u.position, orgId: o.id, passwordHash, phone: "" },
    });
  }
  return byName;
}
