// Generates the benchmark's city into its own SQLite file: the real migrations first (so the
// schema is exactly the app's), the reference data through the app's seeding code, then the
// organisation tree, users and ten years of matters in bulk with raw better-sqlite3 statements
// in large transactions. Secondary indexes and the full-text triggers are dropped during the
// load and re-created from their own definitions afterwards (faster than maintaining them row
// by row), and the FTS5 indexes are rebuilt, so the file ends with the migrations' schema.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_MIN_VOLUME, INDICATOR_CODES, INDICATORS } from "../../lib/domain/assessment.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { seedReferenceData } from "../../prisma/reference-data.ts";
import { CITY_DEPARTMENTS, readDivisions, UTILITIES } from "../../prisma/demo-city.ts";
import { createRng, shuffled, zipfSampler, type Rng } from "./rng.ts";
import { citySize, type CitySize } from "./stats.ts";

export const BENCH_PASSWORD = "Bench@2026";
const DAY = 86_400_000;
const YEARS = 10;

/** Who the benchmark acts as (user ids in the generated file). */
export type BenchUsers = { street: BenchUser; district: BenchUser; bureau: BenchUser; company: BenchUser };
export type BenchUser = { userId: number; username: string; orgId: number };
export type BenchMeta = {
  file: string;
  scale: number;
  seed: number;
  size: CitySize;
  rows: Record<string, number>;
  seconds: { migrate: number; load: number; indexes: number; total: number };
  users: BenchUsers;
  /** Search terms that occur in the generated text. */
  terms: { short: string; long: string };
  now: string;
  /** The migrations the file was made with (a later one makes it stale for --reuse). */
  migrations?: string[];
};

/** The database's DateTime text, as the Prisma better-sqlite3 adapter writes it. */
function dt(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}
/** Calendar date in Asia/Shanghai (UTC+8, no daylight saving). */
function day(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂兰", "建华", "志强", "海燕"];
const OPENINGS = ["居民来电反映", "业主来访称", "住户反映", "热线转来诉求：", "居民代表反映", "多名业主联名反映"];
const PLACES = ["3号楼", "5单元", "小区东门", "地下车库", "北侧绿地", "12号楼楼道", "小区广场", "锅炉房附近", "沿街商铺", "2号楼顶层"];
const SITUATIONS = ["已持续两周", "多次反映未解决", "影响老人出行", "夜间尤为严重", "存在安全隐患", "居民意见很大", "物业称无能为力", "入冬以来一直如此"];
const REQUESTS = ["请尽快处理。", "希望有关部门督促解决。", "要求给予答复。", "请派人现场查看。", "希望彻底整改。"];
const DISPUTE_TOPICS = ["物业费调价争议", "停车位分配纠纷", "供热不达标纠纷", "电梯更新资金分摊", "私搭滥建拆除", "物业交接纠纷", "维修资金使用争议", "噪音扰民纠纷"];

type Org = { id: number; kind: string; districtId: number | null; streetId: number | null };
type Area = { id: number; communityId: number; streetId: number; districtId: number; companyId: number; policeId: number; name: string };
type Duty = { id: number; code: string; responsibleKind: string; responsibleSector: string | null; keywords: string[] };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(command, args, { stdio: ["ignore", "pipe", "pipe"], env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The migrations, applied by the same command the app uses, to a fresh file. */
function migrate(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: `file:${file}` });
}

async function referenceData(file: string): Promise<void> {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
  try {
    await seedReferenceData(client);
  } finally {
    await client.$disconnect();
  }
}

/** Tables loaded in bulk: their secondary indexes are dropped during the load. */
const BULK_TABLES = [
  "Organisation", "ResidentialArea", "User", "Complaint", "ComplaintHolder", "ComplaintEvent", "Dispute", "DisputeArea", "DisputeUnit",
  "DisputeEvent", "JointMeeting", "MeetingInvitation", "AgendaItem", "Attendance", "Resolution", "ResolutionProgress", "Escalation",
  "EnforcementReferral", "ReferralEvent", "Notification",
];

export async function generate(file: string, scale: number, seed: number, log: (m: string) => void): Promise<BenchMeta> {
  const started = Date.now();
  const size = citySize(scale);
  log(`generating ${file} (scale ${scale}, seed ${seed}): ${size.complaints} complaints, ${size.disputes} disputes, ${size.meetings} meetings, ${size.referrals} referrals`);
  migrate(file);
  await referenceData(file);
  const migrated = Date.now();

  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("temp_store = MEMORY");

  // Drop what slows a bulk load; keep the definitions to restore them verbatim.
  const placeholders = BULK_TABLES.map(() => "?").join(",");
  const indexes = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders})`)
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%fts%' OR name LIKE '%year_count%' OR name LIKE '%day_measure%' OR name LIKE '%data_version%')`)
    .all() as { name: string; sql: string }[];
  for (const i of indexes) sqlite.exec(`DROP INDEX "${i.name}"`);
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);

  const rng = createRng(seed);
  const now = Date.UTC(2026, 10, 27, 2, 0, 0);
  const start = now - YEARS * 365 * DAY;
  const rows: Record<string, number> = {};
  const count = (table: string, n = 1) => (rows[table] = (rows[table] ?? 0) + n);

  const duties = (sqlite.prepare(`SELECT id, code, name, responsibleKind, responsibleSector FROM "DutyCategory" ORDER BY sortOrder`).all() as (Omit<Duty, "keywords"> & { name: string })[]).map((d) => {
    const terms = (sqlite.prepare(`SELECT term FROM "RoutingKeyword" WHERE categoryId = ?`).all(d.id) as { term: string }[]).map((k) => k.term);
    return { ...d, keywords: terms.length > 0 ? terms : [d.name] };
  });

  const tx = <T>(fn: () => T): T => sqlite.transaction(fn)();
  const stamp = dt(now);

  // ─── Organisation tree ───
  const insOrg = sqlite.prepare(
    `INSERT INTO "Organisation" (kind, name, code, sector, parentId, districtId, streetId, active, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
  );
  const org = (kind: string, name: string, parent: Org | null, code: string | null = null, sector: string | null = null): Org => {
    const districtId = kind === "DISTRICT_GOVERNMENT" || !parent ? null : parent.kind === "DISTRICT_GOVERNMENT" ? parent.id : parent.districtId;
    const streetId = kind === "STREET_OFFICE" || !parent ? null : parent.kind === "STREET_OFFICE" ? parent.id : parent.streetId;
    const id = Number(insOrg.run(kind, name, code, sector, parent?.id ?? null, districtId, streetId, stamp, stamp).lastInsertRowid);
    count("Organisation");
    return { id, kind, districtId, streetId };
  };

  const divisions = readDivisions();
  const built = tx(() => {
    const bureau = org("HOUSING_BUREAU", "哈尔滨市住房保障和房产管理局", null);
    const departments = new Map(CITY_DEPARTMENTS.map((d) => [d.sector, org("CITY_DEPARTMENT", d.name, null, null, d.sector)]));
    const utilities = new Map(UTILITIES.map((u) => [u.sector, org("UTILITY", u.name.replace("（演示）", ""), null, null, u.sector)]));
    const districtRows = divisions.filter((d) => d.level === "district").slice(0, size.districts);
    const districts = districtRows.map((d) => ({ gov: org("DISTRICT_GOVERNMENT", `${d.name}人民政府`, null, d.code), office: null as Org | null, code: d.code, name: d.name }));
    for (const d of districts) d.office = org("DISTRICT_PROPERTY_OFFICE", `${d.name}物业管理办公室`, d.gov);
    const streetNames = districts.map((d) => divisions.filter((s) => s.level === "street" && s.parentCode === d.code));
    const streets: { org: Org; police: Org; district: number; name: string }[] = [];
    for (let i = 0; i < size.streets; i++) {
      const di = i % districts.length;
      const d = districts[di]!;
      const real = streetNames[di]![Math.floor(i / districts.length)];
      const name = real ? real.name : `${d.name}第${Math.floor(i / districts.length) + 1}街道`;
      const s = org("STREET_OFFICE", `${name}办事处`, d.gov, real?.code ?? null);
      const police = org("POLICE_STATION", `${name.replace(/街道$/, "")}派出所`, s);
      streets.push({ org: s, police, district: di, name });
    }
    const communities: { org: Org; street: (typeof streets)[number] }[] = [];
    for (let i = 0; i < size.communities; i++) {
      const street = streets[i % streets.length]!;
      communities.push({ org: org("COMMUNITY_COMMITTEE", `${street.name.replace(/街道$/, "")}第${Math.floor(i / streets.length) + 1}社区居民委员会`, street.org), street });
    }
    const companies: Org[] = [];
    for (let i = 0; i < size.companies; i++) companies.push(org("PROPERTY_COMPANY", `${rng.pick(["龙江", "冰城", "松江", "金河湾", "北方", "恒泰", "万嘉", "鑫源", "华府", "远东"])}第${i + 1}物业服务有限公司`, null));
    const companyOf = zipfSampler(companies.length, 0.6, rng);
    const insArea = sqlite.prepare(
      `INSERT INTO "ResidentialArea" (name, address, communityId, streetId, districtId, propertyCompanyId, policeStationId, ownersCommitteeId, households, active, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
    );
    const areas: Area[] = [];
    for (let i = 0; i < size.areas; i++) {
      const c = communities[i % communities.length]!;
      const name = `${rng.pick(["阳光", "幸福", "和平", "松花江", "中央", "学府", "花园", "丽景", "锦绣", "新城"])}${rng.pick(["家园", "小区", "嘉园", "公寓", "花园", "名苑"])}${i + 1}期`;
      const owners = rng.chance(0.4) ? org("OWNERS_COMMITTEE", `${name}业主委员会`, c.org) : null;
      const company = companies[companyOf()]!;
      const id = Number(insArea.run(name, `${c.street.name}${i + 1}号`, c.org.id, c.street.org.id, districts[c.street.district]!.gov.id, company.id, c.street.police.id, owners?.id ?? null, rng.int(200, 3000), stamp, stamp).lastInsertRowid);
      count("ResidentialArea");
      areas.push({ id, communityId: c.org.id, streetId: c.street.org.id, districtId: districts[c.street.district]!.gov.id, companyId: company.id, policeId: c.street.police.id, name });
    }
    return { bureau, departments, utilities, districts, streets, communities, companies, areas };
  });
  const { bureau, departments, utilities, districts, streets, companies, areas } = built;
  const officeOfDistrict = new Map(districts.map((d) => [d.gov.id, d.office!]));

  // ─── Users: a clerk and a leader for every office, department, utility and police station; a clerk per company ───
  const hash = bcrypt.hashSync(BENCH_PASSWORD, 10);
  const insUser = sqlite.prepare(
    `INSERT INTO "User" (username, name, orgId, role, passwordHash, active, mustChangePassword, sessionVersion, passwordChangedAt, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, 0, 1, ?, 1, ?, ?)`,
  );
  const userOf = new Map<string, BenchUser>();
  tx(() => {
    const user = (o: Org, role: string) => {
      const username = `b${o.id}.${role.toLowerCase()}`;
      const id = Number(insUser.run(username, `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, o.id, role, hash, stamp, stamp, stamp).lastInsertRowid);
      count("User");
      userOf.set(`${o.id}:${role}`, { userId: id, username, orgId: o.id });
    };
    const staffed = [bureau, ...departments.values(), ...utilities.values(), ...districts.flatMap((d) => [d.gov, d.office!]), ...streets.flatMap((s) => [s.org, s.police])];
    for (const o of staffed) {
      user(o, "CLERK");
      user(o, "LEADER");
    }
    user(bureau, "ADMIN");
    for (const c of companies) user(c, "CLERK");
  });
  const clerkOf = (orgId: number) => userOf.get(`${orgId}:CLERK`)!;

  /** The party the duty matrix makes responsible for a category in an area. */
  const handlerFor = (duty: Duty, area: Area): number => {
    switch (duty.responsibleKind) {
      case "PROPERTY_COMPANY":
        return area.companyId;
      case "DISTRICT_PROPERTY_OFFICE":
        return officeOfDistrict.get(area.districtId)!.id;
      case "POLICE_STATION":
        return area.policeId;
      case "UTILITY":
        return (utilities.get(duty.responsibleSector ?? "") ?? bureau).id;
      default:
        return (departments.get(duty.responsibleSector ?? "") ?? bureau).id;
    }
  };

  // Hot areas: Zipf over a shuffled order, so the hot ones are spread over the city.
  const areaOrder = shuffled(areas, rng);
  const areaPick = zipfSampler(areas.length, 0.7, rng);
  const dutyPick = zipfSampler(duties.length, 0.8, rng);
  const describe = (duty: Duty, area: Area, r: Rng) =>
    `${r.pick(OPENINGS)}${area.name}${r.pick(PLACES)}${r.pick(duty.keywords)}问题，${r.pick(duty.keywords)}${r.pick(SITUATIONS)}，${r.pick(REQUESTS)}`;
  const phone = (r: Rng) => `1${r.pick(["38", "39", "35", "37", "58", "86", "89"])}${String(r.int(0, 99_999_999)).padStart(8, "0")}`;
  /** Registration times spread over ten years, in order (ids ascend with time), growing volume. */
  const timeAt = (i: number, n: number) => start + Math.floor(Math.sqrt((i + rng.next()) / n) * (now - start - DAY));

  // ─── Complaints with their holders and timeline ───
  const CHANNELS = ["VISIT", "MAYOR_HOTLINE", "HOTLINE_12319", "HOTLINE_12345", "MEDIA", "LETTER", "ONLINE", "OTHER"];
  const channelPick = zipfSampler(CHANNELS.length, 1.1, rng);
  const insComplaint = sqlite.prepare(
    `INSERT INTO "Complaint" (id, ref, channel, channelRef, receivedAt, residentName, residentPhone, areaId, streetId, districtId, categoryId, description, aboutOrgId,
      registeredOrgId, registeredById, handlerOrgId, status, handOverCount, pressCount, acceptDueDate, handleDueDate, currentDueDate, acceptedAt, proposedOrgId, proposedMode,
      matchedDutyCode, result, handledAt, replyMethod, repliedAt, closedAt, duplicateOfId, version, createdAt, updatedAt)
     VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insHolder = sqlite.prepare(`INSERT INTO "ComplaintHolder" (complaintId, seq, orgId, since, until, endedAs) VALUES (?, ?, ?, ?, ?, ?)`);
  const insCEvent = sqlite.prepare(
    `INSERT INTO "ComplaintEvent" (complaintId, at, kind, actorUserId, actorOrgId, actorName, actorOrgName, toOrgId, toOrgName, note) VALUES (?, ?, ?, ?, ?, '', '', ?, '', ?)`,
  );
  const refSeq = new Map<string, number>();
  const nextRef = (prefix: string, ms: number) => {
    const key = `${prefix}-${day(ms).slice(0, 4)}`;
    const n = (refSeq.get(key) ?? 0) + 1;
    refSeq.set(key, n);
    return `${key}-${String(n).padStart(6, "0")}`;
  };
  const BATCH = 20_000;
  for (let from = 0; from < size.complaints; from += BATCH) {
    tx(() => {
      for (let i = from; i < Math.min(size.complaints, from + BATCH); i++) {
        const id = i + 1;
        const at = timeAt(i, size.complaints);
        const area = areaOrder[areaPick()]!;
        const duty = duties[dutyPick()]!;
        const age = now - at;
        const byOffice = rng.chance(0.1);
        const registeredOrgId = byOffice ? officeOfDistrict.get(area.districtId)!.id : area.streetId;
        const registeredBy = clerkOf(registeredOrgId).userId;
        const assignee = handlerFor(duty, area);
        let status: string;
        const x = rng.next();
        if (age > 120 * DAY) status = x < 0.86 ? "CLOSED" : x < 0.91 ? "NOT_ACCEPTED" : x < 0.94 ? "DUPLICATE" : x < 0.97 ? "REPLIED" : "HANDLED";
        else if (age > 30 * DAY) status = x < 0.5 ? "CLOSED" : x < 0.6 ? "REPLIED" : x < 0.7 ? "HANDLED" : x < 0.85 ? "IN_PROGRESS" : x < 0.93 ? "ASSIGNED" : "RETURNED";
        else status = x < 0.15 ? "REGISTERED" : x < 0.25 ? "ACCEPTED" : x < 0.5 ? "ASSIGNED" : x < 0.75 ? "IN_PROGRESS" : x < 0.85 ? "HANDLED" : x < 0.92 ? "REPLIED" : "CLOSED";
        const assigned = !["REGISTERED", "ACCEPTED", "NOT_ACCEPTED", "DUPLICATE"].includes(status);
        const holding = status === "ASSIGNED" || status === "IN_PROGRESS";
        const acceptDue = day(at + 15 * DAY);
        const handleDue = assigned || status === "ACCEPTED" ? day(at + 75 * DAY) : null;
        const open = ["REGISTERED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED"].includes(status);
        const currentDue = !open ? null : status === "REGISTERED" ? acceptDue : handleDue;
        const acceptedAt = assigned || status === "ACCEPTED" ? at + rng.int(1, 5) * DAY : null;
        const handledAt = ["HANDLED", "REPLIED", "CLOSED"].includes(status) && assigned ? at + rng.int(10, 60) * DAY : null;
        const repliedAt = handledAt && status !== "HANDLED" ? handledAt + rng.int(1, 5) * DAY : null;
        const closedAt = status === "CLOSED" && repliedAt ? repliedAt + rng.int(1, 10) * DAY : status === "NOT_ACCEPTED" || status === "DUPLICATE" ? at + DAY : null;
        const clampMs = (ms: number | null) => (ms === null ? null : dt(Math.min(ms, now)));
        insComplaint.run(
          id, nextRef("TS", at), CHANNELS[channelPick()]!, dt(at), `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, phone(rng), area.id, area.streetId, area.districtId, duty.id,
          describe(duty, area, rng), duty.responsibleKind === "PROPERTY_COMPANY" && rng.chance(0.1) ? area.companyId : null,
          registeredOrgId, registeredBy, holding ? assignee : registeredOrgId, status, status === "RETURNED" ? 1 : 0, acceptDue, handleDue, currentDue, clampMs(acceptedAt),
          assignee, duty.responsibleKind === "PROPERTY_COMPANY" ? "PRESS" : "TRANSFER", duty.code,
          handledAt ? "已现场处理，问题解决。" : "", clampMs(handledAt), repliedAt ? "PHONE" : null, clampMs(repliedAt), clampMs(closedAt),
          // A duplicate points at an earlier complaint (realistic statistics for the query planner).
          status === "DUPLICATE" && id > 1 ? Math.max(1, id - rng.int(1, 200)) : null, dt(at), dt(Math.min(closedAt ?? at, now)),
        );
        count("Complaint");
        insCEvent.run(id, dt(at), "REGISTERED", registeredBy, registeredOrgId, null, "");
        count("ComplaintEvent");
        if (assigned) {
          const since = Math.min(acceptedAt ?? at, now);
          insHolder.run(id, 1, assignee, dt(since), holding ? null : clampMs(handledAt ?? since + DAY), holding ? null : status === "RETURNED" ? "RETURNED" : "HANDLED");
          count("ComplaintHolder");
          insCEvent.run(id, dt(since), "ASSIGNED", registeredBy, registeredOrgId, assignee, "");
          count("ComplaintEvent");
        }
        if (closedAt) {
          insCEvent.run(id, clampMs(closedAt), status === "CLOSED" ? "CLOSED" : status, registeredBy, registeredOrgId, null, "");
          count("ComplaintEvent");
        }
      }
    });
    if ((from / BATCH) % 10 === 9) log(`  complaints ${Math.min(size.complaints, from + BATCH)} / ${size.complaints} (${((Date.now() - migrated) / 1000).toFixed(0)} s)`);
  }

  // ─── Disputes ───
  const insDispute = sqlite.prepare(
    `INSERT INTO "Dispute" (id, ref, title, description, parties, urgency, level, status, ownerOrgId, registeredByOrgId, registeredById, originStreetId, originDistrictId, crossDistrict, version, createdAt, updatedAt, resolvedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insDArea = sqlite.prepare(`INSERT INTO "DisputeArea" (disputeId, areaId, districtId, streetId) VALUES (?, ?, ?, ?)`);
  const insDUnit = sqlite.prepare(`INSERT INTO "DisputeUnit" (disputeId, orgId) VALUES (?, ?)`);
  const insDEvent = sqlite.prepare(`INSERT INTO "DisputeEvent" (disputeId, type, at, actorUserId, actorName, actorOrgId, actorOrgName, note, data) VALUES (?, ?, ?, ?, '', ?, '', '', '{}')`);
  const insEscalation = sqlite.prepare(
    `INSERT INTO "Escalation" (disputeId, fromLevel, toLevel, fromOrgId, toOrgId, reason, status, dueDate, createdById, createdByName, createdAt, version) VALUES (?, ?, ?, ?, ?, '街道联席会议未能解决', ?, ?, ?, '', ?, 1)`,
  );
  type DisputeGen = { id: number; at: number; level: string; ownerOrgId: number; area: Area; units: number[]; status: string };
  const disputes: DisputeGen[] = [];
  const unitPool = [...departments.values(), ...utilities.values()].map((o) => o.id);
  tx(() => {
    for (let i = 0; i < size.disputes; i++) {
      const id = i + 1;
      const at = timeAt(i, size.disputes);
      const area = areaOrder[areaPick()]!;
      const other = rng.chance(0.05) ? areaOrder[areaPick()]! : null;
      const cross = other !== null && other.districtId !== area.districtId;
      const level = cross ? "CITY" : rng.chance(0.15) ? "DISTRICT" : "STREET";
      const ownerOrgId = level === "CITY" ? bureau.id : level === "DISTRICT" ? area.districtId : area.streetId;
      const old = now - at > 180 * DAY;
      const status = old ? (rng.chance(0.9) ? "RESOLVED" : "IMPLEMENTING") : rng.pick(["PENDING_MEETING", "SCHEDULED", "UNRESOLVED", "IMPLEMENTING", "RESOLVED", "ESCALATED"]);
      const topic = rng.pick(DISPUTE_TOPICS);
      const registeredBy = clerkOf(area.streetId).userId;
      insDispute.run(
        id, `JF-${day(at).slice(0, 4)}-${String(id).padStart(5, "0")}`, `${area.name}${topic}`, `${area.name}${topic}，涉及${rng.pick(duties).keywords[0]}等问题，需多部门协调。`,
        "业主代表；物业服务企业", rng.pick(["NORMAL", "NORMAL", "NORMAL", "URGENT", "CRITICAL"]), level, status, ownerOrgId, area.streetId, registeredBy, area.streetId, area.districtId,
        cross ? 1 : 0, dt(at), dt(at), status === "RESOLVED" ? dt(Math.min(at + 40 * DAY, now)) : null,
      );
      count("Dispute");
      insDArea.run(id, area.id, area.districtId, area.streetId);
      count("DisputeArea");
      if (other && other.id !== area.id) {
        insDArea.run(id, other.id, other.districtId, other.streetId);
        count("DisputeArea");
      }
      const units = [...new Set([rng.pick(unitPool), rng.pick(unitPool), area.companyId])];
      for (const u of units) insDUnit.run(id, u);
      count("DisputeUnit", units.length);
      insDEvent.run(id, "created", dt(at), registeredBy, area.streetId);
      count("DisputeEvent");
      if (level !== "STREET") {
        const toOrgId = level === "CITY" ? bureau.id : area.districtId;
        insEscalation.run(id, level === "CITY" ? "DISTRICT" : "STREET", level, level === "CITY" ? area.districtId : area.streetId, toOrgId, status === "ESCALATED" ? "PENDING" : "ACCEPTED", day(at + 20 * DAY), registeredBy, dt(at + DAY));
        count("Escalation");
        insDEvent.run(id, "escalated", dt(Math.min(at + DAY, now)), registeredBy, area.streetId);
        count("DisputeEvent");
      }
      disputes.push({ id, at, level, ownerOrgId, area, units, status });
    }
  });

  // ─── Joint meetings: invitations, attendance, agenda (disputes), minutes and resolutions ───
  const insMeeting = sqlite.prepare(
    `INSERT INTO "JointMeeting" (id, ref, level, convenerOrgId, districtId, title, startsAt, endsAt, place, chair, status, minutesStatus, summary, heldAt, finalizedAt, finalizedByName, createdById, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 1, ?, ?)`,
  );
  const insInvite = sqlite.prepare(`INSERT INTO "MeetingInvitation" (meetingId, orgId, status, attendeeNames, respondedAt, createdAt) VALUES (?, ?, ?, ?, ?, ?)`);
  const insAttend = sqlite.prepare(`INSERT INTO "Attendance" (meetingId, orgId, personName, position, capacity, signedAt) VALUES (?, ?, ?, '', ?, ?)`);
  const insAgenda = sqlite.prepare(`INSERT INTO "AgendaItem" (id, meetingId, "order", disputeId, title, minutes, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insResolution = sqlite.prepare(
    `INSERT INTO "Resolution" (meetingId, agendaItemId, disputeId, responsibleOrgId, description, dueDate, status, doneAt, confirmedAt, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insProgress = sqlite.prepare(`INSERT INTO "ResolutionProgress" (resolutionId, kind, note, actorUserId, actorName, actorOrgId, at) VALUES (?, ?, '', ?, '', ?, ?)`);
  const perMeeting = size.resolutions / size.meetings;
  let agendaId = 0;
  let resolutionsLeft = size.resolutions;
  tx(() => {
    for (let i = 0; i < size.meetings; i++) {
      const id = i + 1;
      // Each meeting takes up one to three disputes registered before it.
      const d = disputes[Math.min(disputes.length - 1, Math.floor(((i + rng.next()) / size.meetings) * disputes.length))]!;
      const startsAt = Math.min(d.at + rng.int(3, 20) * DAY, now + 20 * DAY);
      const upcoming = startsAt > now;
      const status = upcoming ? "SCHEDULED" : rng.chance(0.04) ? "CANCELLED" : "HELD";
      const convenerOrgId = d.ownerOrgId;
      const createdBy = clerkOf(convenerOrgId).userId;
      const title = `${d.area.name}矛盾纠纷联席会议`;
      insMeeting.run(
        id, `LX-${day(startsAt).slice(0, 4)}-${String(id).padStart(5, "0")}`, d.level, convenerOrgId, d.level === "CITY" ? null : d.area.districtId, title, dt(startsAt), dt(startsAt + 2 * 3_600_000),
        `${d.area.name}会议室`, "主持人", status, status === "HELD" ? "FINAL" : "DRAFT", status === "HELD" ? "会议听取各方意见，形成议定事项。" : "",
        status === "HELD" ? dt(startsAt) : null, status === "HELD" ? dt(startsAt + DAY) : null, createdBy, dt(startsAt - 5 * DAY), dt(startsAt),
      );
      count("JointMeeting");
      const invitees = [...new Set([...d.units, d.area.communityId, d.area.policeId])];
      for (const o of invitees) {
        insInvite.run(id, o, upcoming ? rng.pick(["PENDING", "CONFIRMED"]) : "CONFIRMED", "代表一人", upcoming ? null : dt(startsAt - 2 * DAY), dt(startsAt - 5 * DAY));
        if (status === "HELD") {
          insAttend.run(id, o, `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, "ATTENDING", dt(startsAt));
          count("Attendance");
        }
      }
      count("MeetingInvitation", invitees.length);
      const agenda = [d, ...(rng.chance(0.3) ? [disputes[Math.max(0, d.id - 2)]!] : [])];
      const n = status !== "HELD" ? 0 : i === size.meetings - 1 ? resolutionsLeft : Math.min(resolutionsLeft, Math.max(0, Math.round(perMeeting + (rng.next() - 0.5) * 4)));
      resolutionsLeft -= n;
      agenda.forEach((a, order) => {
        agendaId++;
        insAgenda.run(agendaId, id, order + 1, a.id, `${a.area.name}纠纷`, status === "HELD" ? "各方陈述意见，会议议定如下。" : "", status === "HELD" ? rng.pick(["RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED"]) : null);
        count("AgendaItem");
      });
      for (let k = 0; k < n && status === "HELD"; k++) {
        const a = agenda[k % agenda.length]!;
        const responsible = rng.pick([...a.units, a.area.communityId]);
        const due = startsAt + rng.int(7, 60) * DAY;
        const done = due < now - 30 * DAY ? "CONFIRMED" : rng.pick(["OPEN", "IN_PROGRESS", "DONE", "CONFIRMED"]);
        const rid = Number(
          insResolution.run(id, agendaId - agenda.length + 1 + (k % agenda.length), a.id, responsible, `${rng.pick(["负责", "督促", "协调"])}${a.area.name}${rng.pick(duties).keywords[0]}整改`, day(due), done,
            done === "DONE" || done === "CONFIRMED" ? dt(Math.min(due, now)) : null, done === "CONFIRMED" ? dt(Math.min(due + DAY, now)) : null, dt(startsAt), dt(startsAt)).lastInsertRowid,
        );
        count("Resolution");
        if (done !== "OPEN") {
          insProgress.run(rid, done === "IN_PROGRESS" ? "PROGRESS" : "DONE", createdBy, responsible, dt(Math.min(due, now)));
          count("ResolutionProgress");
        }
      }
    }
  });
  if (resolutionsLeft > 0) rows.ResolutionShortfall = resolutionsLeft;

  // ─── Enforcement referrals ───
  const enforcementDuties = duties.filter((d) => d.responsibleKind === "CITY_DEPARTMENT" || d.responsibleKind === "POLICE_STATION");
  const insReferral = sqlite.prepare(
    `INSERT INTO "EnforcementReferral" (id, ref, referringOrgId, referredById, areaId, streetId, districtId, location, findings, categoryId, departmentOrgId, proposedOrgId, status, referredAt, feedbackDueDate,
      currentDueDate, acceptedAt, measures, outcomeAt, acknowledgedAt, closedAt, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insREvent = sqlite.prepare(`INSERT INTO "ReferralEvent" (referralId, at, kind, actorUserId, actorOrgId, actorName, actorOrgName, toOrgId, toOrgName, note) VALUES (?, ?, ?, ?, ?, '', '', ?, '', '')`);
  for (let from = 0; from < size.referrals; from += BATCH) {
    tx(() => {
      for (let i = from; i < Math.min(size.referrals, from + BATCH); i++) {
        const id = i + 1;
        const at = timeAt(i, size.referrals);
        const area = areaOrder[areaPick()]!;
        const duty = rng.pick(enforcementDuties);
        const dept = handlerFor(duty, area);
        const referringOrgId = rng.chance(0.85) ? area.streetId : officeOfDistrict.get(area.districtId)!.id;
        const by = clerkOf(referringOrgId).userId;
        const old = now - at > 90 * DAY;
        const status = old ? (rng.chance(0.95) ? "CLOSED" : "OUTCOME_REPORTED") : rng.pick(["REFERRED", "INVESTIGATING", "OUTCOME_REPORTED", "CLOSED", "RETURNED"]);
        const due = day(at + 30 * DAY);
        const outcome = status === "OUTCOME_REPORTED" || status === "CLOSED" ? Math.min(at + rng.int(5, 25) * DAY, now) : null;
        insReferral.run(
          id, nextRef("ZF", at), referringOrgId, by, area.id, area.streetId, area.districtId, `${area.name}${rng.pick(PLACES)}`, describe(duty, area, rng), duty.id, dept, dept, status, dt(at), due,
          status === "CLOSED" ? null : due, status === "REFERRED" || status === "RETURNED" ? null : dt(Math.min(at + DAY, now)), outcome ? "责令限期改正" : "", outcome ? dt(outcome) : null,
          status === "CLOSED" && outcome ? dt(Math.min(outcome + DAY, now)) : null, status === "CLOSED" && outcome ? dt(Math.min(outcome + DAY, now)) : null, dt(at), dt(at),
        );
        count("EnforcementReferral");
        insREvent.run(id, dt(at), "REFERRED", by, referringOrgId, dept);
        count("ReferralEvent");
        if (outcome) {
          insREvent.run(id, dt(outcome), "OUTCOME_REPORTED", clerkOf(dept)?.userId ?? by, dept, null);
          count("ReferralEvent");
        }
      }
    });
  }

  // ─── Inbox notifications: a few hundred unread per busy organisation ───
  const insNote = sqlite.prepare(`INSERT INTO "Notification" (orgId, type, entityType, entityId, message, params, createdAt, readAt) VALUES (?, 'complaint.assign', 'Complaint', ?, 'complaint.assigned', '{}', ?, ?)`);
  tx(() => {
    const n = Math.max(100, Math.round(size.complaints / 5));
    for (let i = 0; i < n; i++) {
      const c = rng.int(1, size.complaints);
      const at = timeAt(i, n);
      insNote.run(rng.chance(0.5) ? areaOrder[areaPick()]!.streetId : rng.pick(unitPool), c, dt(at), now - at > 30 * DAY ? dt(at + DAY) : null);
    }
    count("Notification", n);
    // The message's parameters as the app writes them (lib/data/complaints.ts: ref, area, due).
    sqlite.exec(`UPDATE "Notification" SET params = json_object('ref', c.ref, 'area', a.name, 'due', COALESCE(c."handleDueDate", ''))
      FROM "Complaint" c JOIN "ResidentialArea" a ON a.id = c."areaId" WHERE c.id = "Notification"."entityId"`);
  });
  const loaded = Date.now();
  log(`  rows loaded in ${((loaded - migrated) / 1000).toFixed(1)} s; re-creating ${indexes.length} indexes and the search indexes…`);

  for (const i of indexes) sqlite.exec(i.sql);
  for (const fts of ["ComplaintFts", "ReferralFts"]) sqlite.exec(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
  for (const t of triggers) sqlite.exec(t.sql);
  // The yearly summary, as the migration's backfill computes it.
  sqlite.exec(`DELETE FROM "ComplaintYearCount"`);
  sqlite.exec(`INSERT INTO "ComplaintYearCount" ("year", "districtId", "streetId", "status", "count")
    SELECT CAST(strftime('%Y', "receivedAt", '+8 hours') AS INTEGER), "districtId", "streetId", "status", COUNT(*) FROM "Complaint" GROUP BY 1, 2, 3, 4`);
  // The daily assessment measures, with the migration's own backfill statement.
  const dayMeasures = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..", "prisma", "migrations", "20261205111247_complaint_day_measures", "migration.sql"), "utf8");
  sqlite.exec(`DELETE FROM "ComplaintDayMeasure"`);
  sqlite.exec(dayMeasures.slice(dayMeasures.indexOf("-- Existing complaints.")));
  // One assessment period, the last twelve months with the default indicators, as the bureau
  // would define it (issue 5), so the assessment pages rank the whole city.
  const definer = userOf.get(`${bureau.id}:LEADER`)!;
  const period = sqlite
    .prepare(`INSERT INTO "AssessmentPeriod" (name, fromDate, toDate, minVolume, threshold, createdById, createdByName, createdByOrgId, updatedAt) VALUES (?, ?, ?, ?, 85, ?, ?, ?, ?)`)
    .run("近十二个月居住区管理联动工作考核", day(now - 365 * DAY), day(now), DEFAULT_MIN_VOLUME, definer.userId, definer.username, bureau.id, dt(now));
  const insIndicator = sqlite.prepare(`INSERT INTO "AssessmentIndicator" (periodId, code, weight) VALUES (?, ?, ?)`);
  for (const code of INDICATOR_CODES) insIndicator.run(period.lastInsertRowid, code, INDICATORS[code].defaultWeight);
  sqlite.exec("ANALYZE");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  const done = Date.now();

  // Bench actors: the busiest street's clerk, its district's leader, the bureau's leader, a busy company's clerk.
  const ro = new Database(file, { readonly: true });
  const hotStreet = (ro.prepare(`SELECT streetId AS id FROM "Complaint" GROUP BY streetId ORDER BY COUNT(*) DESC LIMIT 1`).get() as { id: number }).id;
  const hotCompany = (ro.prepare(`SELECT orgId AS id FROM "ComplaintHolder" h JOIN "Organisation" o ON o.id = h.orgId WHERE o.kind = 'PROPERTY_COMPANY' GROUP BY orgId ORDER BY COUNT(*) DESC LIMIT 1`).get() as { id: number } | undefined)?.id ?? companies[0]!.id;
  const districtOfStreet = (ro.prepare(`SELECT districtId FROM "Organisation" WHERE id = ?`).get(hotStreet) as { districtId: number }).districtId;
  ro.close();
  const users: BenchUsers = {
    street: clerkOf(hotStreet),
    district: userOf.get(`${districtOfStreet}:LEADER`)!,
    bureau: userOf.get(`${bureau.id}:LEADER`)!,
    company: clerkOf(hotCompany),
  };
  const longTerm = duties.find((d) => d.code === "PROPERTY_SERVICE")?.keywords.find((k) => Array.from(k).length === 4) ?? "楼道卫生";
  return {
    file, scale, seed, size, rows, users, terms: { short: "漏水", long: longTerm }, now: new Date(now).toISOString(),
    seconds: { migrate: (migrated - started) / 1000, load: (loaded - migrated) / 1000, indexes: (done - loaded) / 1000, total: (done - started) / 1000 },
  };
}
