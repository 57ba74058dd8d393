// Reference data production needs: the duty matrix from the policy (哈政综〔2010〕37号 §二),
// the default deadline rules and the holiday calendar. Seeded idempotently on every start;
// an administrator's later edits are never overwritten (rows are only created when missing).
import { builtinCalendar } from "../lib/domain/builtin-calendar.ts";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";

export type DutySeed = {
  code: string;
  name: string;
  nameEn: string;
  policyText: string;
  responsibleKind: string;
  responsibleSector?: string;
  propertyScope?: boolean;
  keywords: string[];
};

/** The duty matrix, one line per duty of §二, in the policy's own words. */
export const DUTY_MATRIX: readonly DutySeed[] = [
  {
    code: "PROPERTY_SERVICE",
    name: "物业服务",
    nameEn: "Property services",
    policyText: "属于物业管理范围的，及时督促物业服务企业予以解决（三(一)）；物业服务企业负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "PROPERTY_COMPANY",
    propertyScope: true,
    keywords: ["物业服务", "物业不作为", "楼道卫生", "楼道", "保洁不到位", "单元门", "门禁", "维修不及时", "公共设施损坏", "路灯不亮", "楼道灯", "屋顶漏水", "公共部位维修", "小区卫生", "物业人员"],
  },
  {
    code: "PROPERTY_SUPERVISION",
    name: "物业管理活动监管",
    nameEn: "Supervision of property management",
    policyText: "区物业主管部门具体负责本行政区域内物业管理活动的指导、监督和管理工作；市住房保障和房产管理部门负责全市居住区物业管理活动的指导、监督和管理工作（二(一)(二)）。",
    responsibleKind: "DISTRICT_PROPERTY_OFFICE",
    keywords: ["物业公司资质", "物业交接", "物业撤离", "弃管", "业主大会", "选聘物业", "更换物业", "物业合同", "维修资金", "物业企业违规"],
  },
  {
    code: "PLANNING_PREMISES",
    name: "物业管理用房配置",
    nameEn: "Property-management premises in planning approvals",
    policyText: "城乡规划部门负责依法审核物业管理用房按规定标准配置情况，并在批准的规划图纸中明确标注位置和面积（二(三)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "PLANNING",
    keywords: ["物业管理用房", "物业用房", "规划图纸", "用房面积", "配套用房"],
  },
  {
    code: "CONSTRUCTION_QUALITY",
    name: "房屋工程质量与保修",
    nameEn: "Housing construction quality and warranty",
    policyText: "城乡建设部门负责加强居住区房屋工程质量验收和庭院配套建设的监督管理；督促建设单位严格落实工程质量保修责任制……及时处理居民有关保修期内房屋工程质量和庭院配套建设方面的信访投诉（二(四)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "CONSTRUCTION",
    keywords: ["工程质量", "房屋质量", "保修期", "保修", "墙体裂缝", "裂缝", "开发商", "庭院配套", "外墙脱落", "墙皮脱落", "防水", "渗水", "质量问题"],
  },
  {
    code: "SELF_GOVERNANCE",
    name: "居民自治",
    nameEn: "Residents' self-governance",
    policyText: "民政部门负责指导社区居民委员会完善居民自治（二(五)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "CIVIL_AFFAIRS",
    keywords: ["居民自治", "居委会选举", "居民委员会", "社区自治", "居民公约"],
  },
  {
    code: "PUBLIC_SECURITY",
    name: "治安防范",
    nameEn: "Security and crime prevention",
    policyText: "公安部门负责做好居住区治安防范工作，加强防盗、防抢、安全监控、区域保安、流动人口、犬类豢养等工作的监督检查（二(六)）。",
    responsibleKind: "POLICE_STATION",
    keywords: ["被盗", "盗窃", "偷窃", "小偷", "抢劫", "安全监控", "监控损坏", "保安", "流动人口", "出租屋", "养犬", "犬类", "遛狗", "狗咬人", "烈性犬", "狗叫"],
  },
  {
    code: "INDOOR_NOISE",
    name: "居民室内环境噪声",
    nameEn: "Indoor noise between residents",
    policyText: "公安部门依法查处居民室内环境噪声……等违法行为（二(六)）。",
    responsibleKind: "POLICE_STATION",
    keywords: ["楼上噪音", "楼上噪声", "楼上吵闹", "邻居噪音", "邻居吵闹", "室内噪声", "深夜吵闹", "跺脚", "装修噪音", "音响声音大"],
  },
  {
    code: "HAZARDOUS_STORAGE",
    name: "违规存放危险物品",
    nameEn: "Hazardous or flammable storage",
    policyText: "公安部门依法查处违规存放有毒有害、易燃易爆物品等违法行为（二(六)）。",
    responsibleKind: "POLICE_STATION",
    keywords: ["易燃易爆", "有毒有害", "存放汽油", "液化气罐", "煤气罐", "危险品", "电动车充电", "飞线充电"],
  },
  {
    code: "PARKING_FIRE",
    name: "车辆停放与消防秩序",
    nameEn: "Parking order and fire safety",
    policyText: "公安部门指导物业服务企业做好车辆停放、防火救火、抢险救灾等工作，维持物业管理区域治安秩序（二(六)）。",
    responsibleKind: "POLICE_STATION",
    keywords: ["乱停车", "乱停乱放", "停车秩序", "车辆停放", "消防通道", "堵塞通道", "占用消防", "火灾隐患", "着火"],
  },
  {
    code: "SANITATION_GREENING",
    name: "环境卫生与绿化",
    nameEn: "Sanitation, refuse and greening",
    policyText: "城管部门负责加强居住区环境卫生和绿化工作的监督管理，指导物业服务企业做好居民生活垃圾收集、环境保洁及绿化养护工作（二(七)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "CITY_MANAGEMENT",
    keywords: ["垃圾", "垃圾清运", "垃圾堆放", "生活垃圾", "环境卫生", "绿化养护", "树木修剪", "草坪", "积雪", "清雪"],
  },
  {
    code: "OUTDOOR_ADVERTISING",
    name: "户外广告与牌匾",
    nameEn: "Outdoor advertising and signboards",
    policyText: "城管部门做好物业管理区域内户外广告、牌匾的设置审批和监督管理工作（二(七)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "CITY_MANAGEMENT",
    keywords: ["户外广告", "广告牌", "牌匾", "招牌", "灯箱", "条幅"],
  },
  {
    code: "ENFORCEMENT_STREET_ORDER",
    name: "毁绿、摊点、烧烤、散烧、涂画",
    nameEn: "Green-space damage, stalls, barbecue, coal burning, graffiti",
    policyText: "城管行政执法部门依法严格查处居住区内破坏绿地，乱设摊点，烧烤物品，散烧原煤，乱涂乱画……等各类违法违规行为（二(八)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "URBAN_ENFORCEMENT",
    keywords: ["破坏绿地", "毁绿", "占绿", "种菜", "乱设摊点", "摊点", "摆摊", "占道经营", "烧烤", "露天烧烤", "散烧原煤", "烧煤", "烧原煤", "乱涂乱画", "小广告", "涂鸦"],
  },
  {
    code: "ENFORCEMENT_CONSTRUCTION",
    name: "私搭滥建、破坏承重结构",
    nameEn: "Illegal construction, damage to load-bearing structure",
    policyText: "城管行政执法部门依法严格查处……私搭滥建，破坏房屋承重结构或主体结构……等各类违法违规行为（二(八)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "URBAN_ENFORCEMENT",
    keywords: ["私搭乱建", "私搭滥建", "违章建筑", "违建", "乱搭乱建", "搭建", "阳光房", "承重墙", "承重结构", "主体结构", "拆墙", "砸墙"],
  },
  {
    code: "ENFORCEMENT_COMMON_PARTS",
    name: "擅自经营共用部位、挖占道路、拒交档案",
    nameEn: "Unauthorised use of common parts, digging roads, withholding archives",
    policyText: "城管行政执法部门依法严格查处……擅自利用物业共用部位或共用设施设备进行经营，擅自占用挖掘物业管理区域内道路场地，拒不移交物业档案资料……等各类违法违规行为（二(八)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "URBAN_ENFORCEMENT",
    keywords: ["共用部位", "共用设施", "占用楼道经营", "挖掘道路", "占用道路", "占用场地", "物业档案", "拒不移交", "档案资料"],
  },
  {
    code: "ENFORCEMENT_NOISY_BUSINESS",
    name: "露天停车场、配货点、加工场点",
    nameEn: "Noisy open-air parking lots, freight points, workshops",
    policyText: "城管行政执法部门依法严格查处……在居住区内开办产生噪声、振动的露天经营性停车场、空车配货点、加工场点，未采取防治措施或采取防治措施后仍达不到环保要求等各类违法违规行为（二(八)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "URBAN_ENFORCEMENT",
    keywords: ["露天停车场", "经营性停车场", "配货点", "空车配货", "加工场", "加工点", "作坊", "振动"],
  },
  {
    code: "ENVIRONMENT",
    name: "烟尘污染、噪声扰民",
    nameEn: "Smoke and dust pollution, environmental noise",
    policyText: "环保部门负责加强居住区环境保护监督管理，按照职能分工依法查处烟尘污染、噪声扰民等违法违规行为（二(九)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "ENVIRONMENT",
    keywords: ["烟尘", "粉尘", "扬尘", "油烟", "黑烟", "冒黑烟", "噪声扰民", "施工噪音", "夜间施工", "废气", "异味", "污染"],
  },
  {
    code: "PRICE",
    name: "公共服务收费与价格",
    nameEn: "Service fees and prices",
    policyText: "价格监管部门负责加强居住区公共服务收费的指导、监督和管理工作，全面推行价格公示制度，依法查处各类违价行为（二(十)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "PRICE",
    keywords: ["物业费", "乱收费", "收费标准", "多收费", "涨价", "价格公示", "收费公示", "停车费", "二次供水费", "违价", "费用过高"],
  },
  {
    code: "MARKET_REGISTRATION",
    name: "住宅改为经营性用房",
    nameEn: "Converting homes to business use",
    policyText: "工商部门负责居住区内企业和个体工商户注册登记审核；对……未经有利害关系的业主同意，擅自将住宅改变为经营性用房的，不予登记注册（二(十一)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "MARKET",
    keywords: ["住改商", "改为经营", "经营性用房", "营业执照", "开饭店", "开店", "底商", "商铺", "注册登记"],
  },
  {
    code: "ELEVATOR_BOILER",
    name: "电梯、锅炉安全",
    nameEn: "Elevator and boiler safety",
    policyText: "质量技术监督部门负责加强电梯、锅炉的安全监察、检验检测工作，监督物业服务企业推广、使用电梯远程监控系统，并委托具有专业资质的公司进行电梯维护保养，保证电梯正常安全运行（二(十二)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "QUALITY",
    keywords: ["电梯", "电梯故障", "电梯困人", "困人", "电梯停运", "电梯维保", "维护保养", "远程监控", "锅炉", "锅炉安全", "特种设备"],
  },
  {
    code: "HEALTH",
    name: "传染病、食品卫生、饮用水",
    nameEn: "Infectious disease, food hygiene, drinking water",
    policyText: "卫生部门负责加强居住区传染病防治和食品卫生、生活饮用水的监督、检验、监测等工作（二(十三)）。",
    responsibleKind: "CITY_DEPARTMENT",
    responsibleSector: "HEALTH",
    keywords: ["传染病", "疫情", "消毒", "食品卫生", "食物中毒", "饮用水", "水质", "水质差", "水发黄", "自来水发黄", "水浑浊", "二次供水水箱", "鼠害", "蟑螂"],
  },
  {
    code: "UTILITY_WATER",
    name: "供排水",
    nameEn: "Water supply and drainage",
    policyText: "供排水单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）；依法承担物业管理区域相关管线和设施设备的维护责任（三(三)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "WATER",
    keywords: ["停水", "水压低", "水压小", "没水", "水管", "爆管", "管道破裂", "排水", "下水道", "下水", "污水", "井盖", "返水", "化粪池"],
  },
  {
    code: "UTILITY_POWER",
    name: "供电",
    nameEn: "Power supply",
    policyText: "供电单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "POWER",
    keywords: ["停电", "断电", "没电", "电压不稳", "电压低", "供电", "电表", "变压器", "跳闸"],
  },
  {
    code: "UTILITY_GAS",
    name: "供气",
    nameEn: "Gas supply",
    policyText: "供气单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "GAS",
    keywords: ["燃气", "天然气", "停气", "漏气", "燃气泄漏", "燃气管道", "燃气表", "煤气味"],
  },
  {
    code: "UTILITY_HEATING",
    name: "供热",
    nameEn: "Heating",
    policyText: "供热单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "HEATING",
    keywords: ["暖气", "暖气不热", "不热", "供暖", "供热", "采暖", "室温低", "室温不达标", "暖气漏水", "停热", "热费"],
  },
  {
    code: "UTILITY_POST",
    name: "邮政",
    nameEn: "Postal service",
    policyText: "邮政单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "POST",
    keywords: ["邮件", "信件", "信报箱", "邮政", "包裹丢失", "投递"],
  },
  {
    code: "UTILITY_TELECOM",
    name: "通信",
    nameEn: "Telecommunications",
    policyText: "通信单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "TELECOM",
    keywords: ["宽带", "网络信号", "手机信号", "信号差", "电话线", "光缆", "通信线路", "飞线"],
  },
  {
    code: "UTILITY_CABLE_TV",
    name: "有线电视",
    nameEn: "Cable television",
    policyText: "有线电视单位负责按照职责分工做好居住区内的公共服务工作（二(十四)）。",
    responsibleKind: "UTILITY",
    responsibleSector: "CABLE_TV",
    keywords: ["有线电视", "电视信号", "机顶盒", "电视没信号", "数字电视"],
  },
  {
    code: "OTHER",
    name: "其他事项",
    nameEn: "Other matters",
    policyText: "居住区管理工作涉及的其他未尽事宜，相关行政管理部门和单位要按照法律、法规及有关规定和职能分工做好具体落实工作（二）。",
    responsibleKind: "DISTRICT_PROPERTY_OFFICE",
    keywords: [],
  },
];

/** Default deadline rules (domain.md, "Deadlines worth knowing"); administrators may change them. */
export const DEADLINE_RULES: readonly { code: string; days: number; dayType: "CALENDAR" | "WORKING" }[] = [
  { code: "COMPLAINT_ACCEPT", days: 15, dayType: "CALENDAR" },
  { code: "COMPLAINT_HANDLE", days: 60, dayType: "CALENDAR" },
  { code: "COMPLAINT_EXTENSION", days: 30, dayType: "CALENDAR" },
  { code: "ESCALATION_ACCEPT", days: 5, dayType: "WORKING" },
  { code: "REFERRAL_FEEDBACK", days: 15, dayType: "WORKING" },
  { code: "RESOLUTION_DEFAULT", days: 15, dayType: "WORKING" },
  // Every waiting state has its own deadline (docs/decisions/060).
  { code: "COMPLAINT_REASSIGN", days: 3, dayType: "WORKING" },
  { code: "COMPLAINT_REPLY", days: 5, dayType: "WORKING" },
  { code: "COMPLAINT_CLOSE", days: 5, dayType: "WORKING" },
  { code: "REFERRAL_REREFER", days: 3, dayType: "WORKING" },
  { code: "REFERRAL_ACKNOWLEDGE", days: 5, dayType: "WORKING" },
  { code: "DISPUTE_CONVENE", days: 10, dayType: "WORKING" },
  { code: "DISPUTE_RECONVENE", days: 10, dayType: "WORKING" },
  { code: "DISPUTE_FOLLOW_UP", days: 5, dayType: "WORKING" },
  { code: "MEETING_MINUTES", days: 3, dayType: "WORKING" },
];

/** The built-in calendar: public holidays and moved working days (调休) from chinese-days. */
export { builtinCalendar };

/** Creates what is missing; never overwrites an administrator's edits. */
export async function seedReferenceData(db: PrismaClient): Promise<void> {
  const existing = new Set((await db.dutyCategory.findMany({ select: { code: true } })).map((d) => d.code));
  for (const [i, duty] of DUTY_MATRIX.entries()) {
    if (existing.has(duty.code)) continue;
    await db.dutyCategory.create({
      data: {
        code: duty.code, name: duty.name, nameEn: duty.nameEn, policyText: duty.policyText, responsibleKind: duty.responsibleKind,
        responsibleSector: duty.responsibleSector ?? null, propertyScope: duty.propertyScope ?? false, sortOrder: (i + 1) * 10,
        keywords: { create: duty.keywords.map((term) => ({ term })) },
      },
    });
  }
  await syncUneditedKeywords(db);
  for (const rule of DEADLINE_RULES) {
    await db.deadlineRule.upsert({ where: { code: rule.code }, create: rule, update: {} });
  }
  const known = new Set((await db.calendarDay.findMany({ select: { date: true } })).map((d) => d.date));
  const missing = builtinCalendar().filter((d) => !known.has(d.date));
  if (missing.length > 0) await db.calendarDay.createMany({ data: missing.map((d) => ({ ...d, source: "builtin" })) });
}

/**
 * Routing words of duty lines no administrator has edited (version 1) follow DUTY_MATRIX, so
 * refinements of the seeded words reach existing databases. A line an administrator edited is
 * theirs: its words are never touched again.
 */
export async function syncUneditedKeywords(db: PrismaClient): Promise<void> {
  const rows = await db.dutyCategory.findMany({ where: { version: 1 }, select: { id: true, code: true, keywords: { select: { term: true } } } });
  for (const row of rows) {
    const seed = DUTY_MATRIX.find((d) => d.code === row.code);
    if (!seed) continue;
    const have = new Set(row.keywords.map((k) => k.term));
    const want = new Set(seed.keywords);
    const extra = [...have].filter((t) => !want.has(t));
    const missing = [...want].filter((t) => !have.has(t));
    if (extra.length > 0) await db.routingKeyword.deleteMany({ where: { categoryId: row.id, term: { in: extra } } });
    if (missing.length > 0) await db.routingKeyword.createMany({ data: missing.map((term) => ({ categoryId: row.id, term })) });
  }
}
