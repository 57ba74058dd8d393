import { describe, expect, it } from "vitest";
import { DUTY_MATRIX } from "@/prisma/reference-data";
import { responsibleParty, suggestCategories, type AreaLinks, type DirectoryOrg, type DutyLine, type RoutingKeyword } from "@/lib/domain/routing";

// The seeded duty matrix, with ids by position, as the routing code sees it from the database.
const lines: DutyLine[] = DUTY_MATRIX.map((d, i) => ({
  id: i + 1, code: d.code, name: d.name, policyText: d.policyText, responsibleKind: d.responsibleKind,
  responsibleSector: d.responsibleSector ?? null, responsibleOrgId: null, propertyScope: d.propertyScope ?? false,
}));
const keywords: RoutingKeyword[] = DUTY_MATRIX.flatMap((d, i) => d.keywords.map((term) => ({ categoryId: i + 1, term, weight: 1 })));
const codeOf = (id: number | undefined) => lines.find((l) => l.id === id)?.code;
const line = (code: string) => lines.find((l) => l.code === code)!;

function suggested(description: string): string | undefined {
  return codeOf(suggestCategories(description, keywords)[0]?.categoryId);
}

/**
 * Sample complaints written from the policy's own list (§二), one or more per duty line, in the
 * words residents use on the phone. Each must be suggested the line the policy names.
 */
const SAMPLES: [string, string][] = [
  // The examples
  ["12319转来：海城花园3号楼电梯经常停运，昨天又困人半小时", "ELEVATOR_BOILER"],
  ["楼下饭店每晚在门口露天烧烤，烟熏火燎", "ENFORCEMENT_STREET_ORDER"],
  ["一楼住户在楼前私搭乱建仓房，占了消防车道旁的空地", "ENFORCEMENT_CONSTRUCTION"],
  ["楼上噪音很大，每天夜里跺脚、拖椅子", "INDOOR_NOISE"],
  ["物业公司乱收费，物业费比合同约定的高", "PRICE"],
  ["家里暖气不热，室温只有十二度", "UTILITY_HEATING"],
  // §二(一)(二) property management supervision
  ["业主大会已决定更换物业，原物业公司拒绝交接", "PROPERTY_SUPERVISION"],
  ["小区维修资金使用不公开，要求区里监管", "PROPERTY_SUPERVISION"],
  // §二(三) planning
  ["物业管理用房被开发商改成商铺卖了", "PLANNING_PREMISES"],
  // §二(四) construction quality
  ["新房还在保修期内，墙体裂缝越来越大，开发商不管", "CONSTRUCTION_QUALITY"],
  ["外墙脱落砸坏了楼下的车，房屋质量有问题", "CONSTRUCTION_QUALITY"],
  // §二(五) self-governance
  ["社区居委会选举不公开，居民不知情", "SELF_GOVERNANCE"],
  // §二(六) public security
  ["车棚里的电动车被盗了两辆，监控损坏没人修", "PUBLIC_SECURITY"],
  ["邻居养烈性犬不拴绳，前天狗咬人了", "PUBLIC_SECURITY"],
  ["楼上邻居装修噪音从早到晚，周末也不停", "INDOOR_NOISE"],
  ["邻居在楼道里飞线充电，还存放汽油，很危险", "HAZARDOUS_STORAGE"],
  ["消防通道被车堵住，小区乱停车严重", "PARKING_FIRE"],
  // §二(七) city management
  ["小区垃圾堆放多日无人清运，臭气熏天", "SANITATION_GREENING"],
  ["小区门口的户外广告牌摇摇欲坠", "OUTDOOR_ADVERTISING"],
  // §二(八) urban-management law enforcement
  ["有人在绿地里种菜，破坏绿地", "ENFORCEMENT_STREET_ORDER"],
  ["冬天有住户散烧原煤，黑烟呛人", "ENFORCEMENT_STREET_ORDER"],
  ["有人在墙上乱涂乱画、贴小广告", "ENFORCEMENT_STREET_ORDER"],
  ["一楼业主装修砸墙，破坏承重墙", "ENFORCEMENT_CONSTRUCTION"],
  ["物业擅自把共用部位出租给别人经营", "ENFORCEMENT_COMMON_PARTS"],
  ["原物业公司撤离时拒不移交物业档案", "ENFORCEMENT_COMMON_PARTS"],
  ["小区里开了露天经营性停车场，夜里货车很吵", "ENFORCEMENT_NOISY_BUSINESS"],
  // §二(九) environment
  ["附近工地夜间施工噪音扰民", "ENVIRONMENT"],
  ["楼下饭店油烟直排到居民窗户", "ENVIRONMENT"],
  // §二(十) prices
  ["二次供水费的收费标准一直不公示", "PRICE"],
  // §二(十一) market regulation
  ["一楼住宅改为经营性用房开饭店，没有征得业主同意", "MARKET_REGISTRATION"],
  // §二(十二) quality supervision
  ["电梯维保公司不按时维护保养，电梯故障频繁", "ELEVATOR_BOILER"],
  ["小区锅炉房的锅炉年久失修，担心锅炉安全", "ELEVATOR_BOILER"],
  // §二(十三) health
  ["自来水发黄浑浊，饮用水水质差", "HEALTH"],
  ["小区出现多例传染病，要求消毒", "HEALTH"],
  // §二(十四) public-service units
  ["整栋楼停水两天，也没有提前通知", "UTILITY_WATER"],
  ["小区经常停电，电压不稳", "UTILITY_POWER"],
  ["楼道里有煤气味，怀疑燃气泄漏", "UTILITY_GAS"],
  ["信报箱损坏，邮件经常丢失", "UTILITY_POST"],
  ["宽带经常断网，手机信号差", "UTILITY_TELECOM"],
  ["有线电视没信号，机顶盒也坏了", "UTILITY_CABLE_TV"],
  // §三(一) within property management: the property company is pressed
  ["楼道卫生没人打扫，物业不作为", "PROPERTY_SERVICE"],
  ["单元门门禁坏了一个月，物业维修不及时", "PROPERTY_SERVICE"],
];

describe("routing suggestion from the description", () => {
  it("has at least 30 samples from the policy's list, covering every duty line but OTHER", () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(SAMPLES.map(([, code]) => code));
    for (const d of DUTY_MATRIX) if (d.code !== "OTHER") expect(covered, d.code).toContain(d.code);
  });

  it.each(SAMPLES)("%s → %s", (description, code) => {
    expect(suggested(description)).toBe(code);
  });

  it("shows the words that matched, so the suggestion can be explained", () => {
    const [top] = suggestCategories("3号楼电梯困人，电梯维保不到位", keywords);
    expect(codeOf(top?.categoryId)).toBe("ELEVATOR_BOILER");
    expect(top?.terms).toEqual(expect.arrayContaining(["电梯困人", "电梯维保"]));
  });

  it("lets the longest match win where words overlap (暖气不热 is one phrase, not 暖气 + 不热)", () => {
    const [top] = suggestCategories("暖气不热", keywords);
    expect(top?.terms).toEqual(["暖气不热"]);
    // 楼上噪音 (indoor noise → police) beats the shorter environmental words inside it
    expect(suggestCategories("楼上噪音", [...keywords, { categoryId: line("ENVIRONMENT").id, term: "噪音", weight: 1 }])[0]?.categoryId).toBe(line("INDOOR_NOISE").id);
  });

  it("ranks several categories by score and returns at most the limit", () => {
    const result = suggestCategories("楼下烧烤摊点油烟大", keywords, 2);
    expect(result.map((s) => codeOf(s.categoryId))).toEqual(["ENFORCEMENT_STREET_ORDER", "ENVIRONMENT"]);
    expect(result[0]!.score).toBeGreaterThan(result[1]!.score);
  });

  it("ignores punctuation, spaces and full-width characters", () => {
    expect(suggested("电 梯，困 人！")).toBe("ELEVATOR_BOILER");
    expect(suggested("ＡＢＣ暖气不热")).toBe("UTILITY_HEATING");
  });

  it("suggests nothing for text without any known word, or empty text", () => {
    expect(suggestCategories("请尽快处理", keywords)).toEqual([]);
    expect(suggestCategories("", keywords)).toEqual([]);
  });

  it("weights let an administrator prefer one word's category", () => {
    const kw: RoutingKeyword[] = [{ categoryId: 1, term: "噪音", weight: 1 }, { categoryId: 2, term: "扰民", weight: 3 }];
    expect(suggestCategories("噪音扰民", kw)[0]?.categoryId).toBe(2);
  });

  it("reads edited keyword data, not code: a new word routes at once", () => {
    expect(suggested("共享单车堆满了小区门口")).toBeUndefined();
    const extra = [...keywords, { categoryId: line("SANITATION_GREENING").id, term: "共享单车", weight: 1 }];
    expect(codeOf(suggestCategories("共享单车堆满了小区门口", extra)[0]?.categoryId)).toBe("SANITATION_GREENING");
  });
});

describe("responsible party from the duty matrix", () => {
  const area: AreaLinks = { id: 7, districtId: 100, streetId: 200, communityId: 300, propertyCompanyId: 400, policeStationId: 500, ownersCommitteeId: 600 };
  const directory: DirectoryOrg[] = [
    { id: 1, kind: "HOUSING_BUREAU", sector: null, districtId: null },
    { id: 11, kind: "CITY_DEPARTMENT", sector: "QUALITY", districtId: null },
    { id: 12, kind: "CITY_DEPARTMENT", sector: "URBAN_ENFORCEMENT", districtId: null },
    { id: 13, kind: "CITY_DEPARTMENT", sector: "PRICE", districtId: null },
    { id: 21, kind: "UTILITY", sector: "HEATING", districtId: null },
    { id: 31, kind: "DISTRICT_PROPERTY_OFFICE", sector: null, districtId: 999 },
    { id: 32, kind: "DISTRICT_PROPERTY_OFFICE", sector: null, districtId: 100 },
  ];

  it("elevators go to quality supervision, with the policy's words as the reason", () => {
    const p = responsibleParty(line("ELEVATOR_BOILER"), area, directory);
    expect(p).toMatchObject({ orgId: 11, mode: "TRANSFER", missing: null });
    expect(p.duty.policyText).toContain("电梯");
  });

  it("barbecue goes to urban-management law enforcement; fees to price supervision; heating to the heating unit", () => {
    expect(responsibleParty(line("ENFORCEMENT_STREET_ORDER"), area, directory).orgId).toBe(12);
    expect(responsibleParty(line("PRICE"), area, directory).orgId).toBe(13);
    expect(responsibleParty(line("UTILITY_HEATING"), area, directory).orgId).toBe(21);
  });

  it("noise between residents goes to the area's police station", () => {
    expect(responsibleParty(line("INDOOR_NOISE"), area, directory)).toMatchObject({ orgId: 500, mode: "TRANSFER" });
  });

  it("property-scope matters go to the area's property company, which the office presses", () => {
    expect(responsibleParty(line("PROPERTY_SERVICE"), area, directory)).toMatchObject({ orgId: 400, mode: "PRESS", missing: null });
    const noCompany = responsibleParty(line("PROPERTY_SERVICE"), { ...area, propertyCompanyId: null }, directory);
    expect(noCompany).toMatchObject({ orgId: null, mode: "PRESS", missing: "noPropertyCompany" });
  });

  it("supervision of property management goes to the area's own district property office", () => {
    expect(responsibleParty(line("PROPERTY_SUPERVISION"), area, directory).orgId).toBe(32);
  });

  it("a line pinned to one organisation goes there", () => {
    expect(responsibleParty({ ...line("PRICE"), responsibleOrgId: 77 }, area, directory).orgId).toBe(77);
  });

  it("resolves kinds through the area (community, street, district, owners' committee) and the bureau", () => {
    const kind = (responsibleKind: string) => responsibleParty({ ...line("OTHER"), responsibleKind }, area, directory).orgId;
    expect(kind("COMMUNITY_COMMITTEE")).toBe(300);
    expect(kind("STREET_OFFICE")).toBe(200);
    expect(kind("DISTRICT_GOVERNMENT")).toBe(100);
    expect(kind("OWNERS_COMMITTEE")).toBe(600);
    expect(kind("HOUSING_BUREAU")).toBe(1);
    expect(kind("PROPERTY_COMPANY")).toBe(400);
  });

  it("says why nobody could be proposed", () => {
    expect(responsibleParty(line("INDOOR_NOISE"), { ...area, policeStationId: null }, directory).missing).toBe("noPoliceStation");
    expect(responsibleParty(line("UTILITY_GAS"), area, directory)).toMatchObject({ orgId: null, missing: "noOrganisation" });
    expect(responsibleParty({ ...line("OTHER"), responsibleKind: "OWNERS_COMMITTEE" }, { ...area, ownersCommitteeId: null }, directory).missing).toBe("noOwnersCommittee");
  });
});
