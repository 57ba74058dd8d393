import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { OPEN_STATUSES } from "@/lib/domain/complaint";
import { cityDate, toCityDateTimeInput } from "@/lib/domain/dates";
import { actorFor, idOf } from "@/lib/testing/actors";
import type { RegisterComplaintData } from "@/lib/validation/complaint";
import {
  acceptComplaint,
  assignComplaint,
  canSeeComplaint,
  complaintCounts,
  closeComplaint,
  countComplaints,
  decideExtension,
  findPossibleDuplicates,
  getComplaint,
  handleComplaint,
  listComplaints,
  notAcceptComplaint,
  pressComplaint,
  reassignComplaint,
  registerComplaint,
  replyComplaint,
  requestExtension,
  returnComplaint,
  startComplaint,
} from "@/lib/data/complaints";
import { previewRouting } from "@/lib/data/routing";

async function categoryId(code: string) {
  return (await db.dutyCategory.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

async function version(id: number) {
  return (await db.complaint.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

async function register(username: string, over: Partial<RegisterComplaintData> = {}) {
  const actor = await actorFor(username);
  const data: RegisterComplaintData = {
    channel: "HOTLINE_12319", channelRef: "", receivedAt: toCityDateTimeInput(new Date()), residentName: "赵测试", residentPhone: "13812345678",
    areaId: await idOf("residentialArea", "海城花园小区"), categoryId: await categoryId("ELEVATOR_BOILER"), aboutOrgId: null,
    description: `数据层测试：5号楼电梯困人 ${Math.random()}`, duplicateOfId: null, ...over,
  };
  return registerComplaint(actor, data, []);
}

describe("complaints data layer", () => {
  it("routes an elevator complaint to quality supervision and runs the whole lifecycle", async () => {
    const street = await actorFor("street.clerk");
    const dept = await actorFor("dept.clerk");
    const id = await register("street.clerk");
    let c = await getComplaint(street, id);
    expect(c.status).toBe("REGISTERED");
    expect(c.ref).toMatch(/^TS-\d{4}-\d{6}$/);
    expect(c.proposedOrg?.name).toBe("哈尔滨市质量技术监督局");
    expect(c.matchedDutyCode).toBe("ELEVATOR_BOILER");
    expect(c.currentDueDate).toBe(c.acceptDueDate);
    expect(c.allowed).toEqual(["accept", "notAccept"]);

    await acceptComplaint(street, id, c.version);
    c = await getComplaint(street, id);
    await assignComplaint(street, id, { orgId: c.proposedOrg!.id, overrideReason: "", version: c.version });
    // the department now sees it, with the resident in full (it is the current handler)
    c = await getComplaint(dept, id);
    expect(c.residentName).toBe("赵测试");
    expect(c.handOverCount).toBe(1);
    expect(c.allowed).toEqual(["start", "return", "requestExtension"]);
    await startComplaint(dept, id, c.version);
    await handleComplaint(dept, id, { result: "已责令维保单位维修，电梯恢复运行", version: await version(id) });
    // once handled, the department no longer holds it: masked
    expect((await getComplaint(dept, id)).residentPhone).toBe("138****5678");
    await replyComplaint(street, id, { method: "PHONE", repliedAt: toCityDateTimeInput(new Date()), note: "居民满意", version: await version(id) });
    await closeComplaint(street, id, await version(id));
    c = await getComplaint(street, id);
    expect(c.status).toBe("CLOSED");
    expect(c.currentDueDate).toBeNull();
    expect(c.holders.map((h) => [h.org.name, h.endedAs])).toEqual([["哈尔滨市质量技术监督局", "HANDLED"]]);
    expect(c.events.map((e) => e.kind)).toEqual(["REGISTERED", "ACCEPTED", "ASSIGNED", "STARTED", "HANDLED", "REPLIED", "CLOSED"]);
  });

  it("refuses a step out of order (invalidTransition) and a stale version (conflict)", async () => {
    const street = await actorFor("street.clerk");
    const id = await register("street.clerk");
    await expectCode(closeComplaint(street, id, await version(id)), "invalidTransition");
    await expectCode(acceptComplaint(street, id, (await version(id)) + 1), "conflict");
    // another street cannot even find it
    const other = await actorFor("street2.clerk");
    await expectCode(acceptComplaint(other, id, await version(id)), "notFound");
    expect(await canSeeComplaint(other, id)).toBe(false);
    expect((await db.complaint.findUniqueOrThrow({ where: { id } })).status).toBe("REGISTERED");
  });

  it("requires a reason to override the proposal, and counts every hand-over", async () => {
    const street = await actorFor("street.clerk");
    const id = await register("street.clerk");
    await acceptComplaint(street, id, await version(id));
    const enforcement = await idOf("organisation", "哈尔滨市城市管理行政执法局");
    await expectCode(assignComplaint(street, id, { orgId: enforcement, overrideReason: "", version: await version(id) }), "validation");
    await assignComplaint(street, id, { orgId: enforcement, overrideReason: "现场核实为违建问题", version: await version(id) });
    const enforcer = await actorFor("enforce.clerk");
    await returnComplaint(enforcer, id, { reason: "属电梯安全，非本局职责", version: await version(id) });
    let c = await getComplaint(street, id);
    expect(c.status).toBe("RETURNED");
    expect(c.allowed).toEqual(["reassign", "toDispute"]);
    await reassignComplaint(street, id, { orgId: c.proposedOrg!.id, reason: "按职责清单改派质监局", version: c.version });
    c = await getComplaint(street, id);
    expect(c.handOverCount).toBe(2);
    expect(c.holders.map((h) => [h.seq, h.endedAs])).toEqual([[1, "RETURNED"], [2, null]]);
    // the department that returned it keeps the record, but no longer sees who complained
    const back = await getComplaint(enforcer, id);
    expect(back.residentName).toBe("赵**");
    expect(back.allowed).toEqual([]);
  });

  it("never shows the resident to the organisation the complaint is about, even as handler", async () => {
    const street = await actorFor("street.clerk");
    const company = await actorFor("company.clerk");
    const longjiang = await idOf("organisation", "龙江物业服务有限公司");
    const id = await register("street.clerk", { categoryId: await categoryId("PROPERTY_SERVICE"), aboutOrgId: longjiang, description: "物业不作为，楼道卫生没人管" });
    let c = await getComplaint(street, id);
    expect(c.proposedOrg?.id).toBe(longjiang);
    expect(c.proposedMode).toBe("PRESS");
    await acceptComplaint(street, id, c.version);
    await assignComplaint(street, id, { orgId: longjiang, overrideReason: "", version: await version(id) });
    c = await getComplaint(company, id);
    expect(c.residentName).toBe("赵**");
    expect(c.residentPhone).toBe("138****5678");
    expect(c.residentIdentified).toBe(false);
    expect(c.attachments).toBeNull();
    const page = await listComplaints(company, { sort: "recent", q: undefined }, { size: 50 });
    const row = page.rows.find((r) => r.id === id);
    expect(row?.residentPhone).toBe("138****5678");
    // pressing is on the timeline and counted
    await pressComplaint(street, id, { note: "请本周内处理", version: await version(id) });
    c = await getComplaint(street, id);
    expect(c.pressCount).toBe(1);
    expect(c.events.at(-1)?.kind).toBe("PRESSED");
  });

  it("one extension: requested by the handler, decided by a leader of the registering office", async () => {
    const street = await actorFor("street.clerk");
    const leader = await actorFor("street.leader");
    const dept = await actorFor("dept.clerk");
    const id = await register("street.clerk");
    await acceptComplaint(street, id, await version(id));
    const quality = await idOf("organisation", "哈尔滨市质量技术监督局");
    await assignComplaint(street, id, { orgId: quality, overrideReason: "", version: await version(id) });
    await expectCode(requestExtension(dept, id, { days: 31, reason: "需检测", version: await version(id) }), "validation");
    await requestExtension(dept, id, { days: 30, reason: "需第三方检测", version: await version(id) });
    await expectCode(decideExtension(street, id, { approve: true, note: "", version: await version(id) }), "invalidTransition");
    const before = await getComplaint(street, id);
    await decideExtension(leader, id, { approve: true, note: "同意", version: before.version });
    const after = await getComplaint(street, id);
    expect(after.extensionStatus).toBe("APPROVED");
    expect(after.extendedDueDate! > before.handleDueDate!).toBe(true);
    expect(after.currentDueDate).toBe(after.extendedDueDate);
    expect(after.extensionApproverName).toBe(leader.name);
  });

  it("offers a similar open complaint as a duplicate; a linked duplicate takes the original's result", async () => {
    const street = await actorFor("street.clerk");
    const description = "数据层重复测试：8号楼电梯坏了一周没人修";
    const original = await register("street.clerk", { description });
    const candidates = await findPossibleDuplicates(street, { areaId: await idOf("residentialArea", "海城花园小区"), categoryId: await categoryId("ELEVATOR_BOILER"), description: "数据层重复测试：8号楼电梯坏了好几天没人修" });
    expect(candidates.map((c) => c.id)).toContain(original);
    const dup = await register("street.clerk", { description: "8号楼电梯坏了好几天", duplicateOfId: original });
    expect((await getComplaint(street, dup)).status).toBe("DUPLICATE");
    await acceptComplaint(street, original, await version(original));
    const quality = await idOf("organisation", "哈尔滨市质量技术监督局");
    await assignComplaint(street, original, { orgId: quality, overrideReason: "", version: await version(original) });
    const dept = await actorFor("dept.clerk");
    await startComplaint(dept, original, await version(original));
    await handleComplaint(dept, original, { result: "电梯已修复", version: await version(original) });
    const d = await getComplaint(street, dup);
    expect(d.status).toBe("HANDLED");
    expect(d.result).toBe("电梯已修复");
    expect(d.allowed).toEqual(["reply"]);
    // linking to a complaint that is no longer open is refused
    await expectCode(register("street.clerk", { duplicateOfId: original }), "validation");
  });

  it("not accepting a complaint needs a reason and ends it", async () => {
    const street = await actorFor("street.clerk");
    const id = await register("street.clerk");
    await notAcceptComplaint(street, id, { reason: "已通过诉讼途径解决", version: await version(id) });
    const c = await getComplaint(street, id);
    expect(c.status).toBe("NOT_ACCEPTED");
    expect(c.currentDueDate).toBeNull();
  });

  it("searches descriptions: long terms through the trigram index, short ones by substring", async () => {
    const street = await actorFor("street.clerk");
    const marker = `检索标记${Date.now() % 100000}`;
    const id = await register("street.clerk", { description: `${marker} 楼道堆放杂物` });
    const long = await listComplaints(street, { sort: "recent", q: marker }, { size: 10 });
    expect(long.rows.map((r) => r.id)).toEqual([id]);
    const short = await listComplaints(street, { sort: "recent", q: "杂物" }, { size: 50 });
    expect(short.rows.map((r) => r.id)).toContain(id);
    const both = await listComplaints(street, { sort: "recent", q: `${marker} 杂物` }, { size: 10 });
    expect(both.rows.map((r) => r.id)).toEqual([id]);
    const none = await listComplaints(street, { sort: "recent", q: `${marker} 锅炉` }, { size: 10 });
    expect(none.rows).toEqual([]);
    // another street's clerk does not find it
    const other = await listComplaints(await actorFor("street2.clerk"), { sort: "recent", q: marker }, { size: 10 });
    expect(other.rows).toEqual([]);
  });

  it("pages through a search newest first as the matches' own list: the same rows the count and the other orders find", async () => {
    const street = await actorFor("street.clerk");
    const marker = `分页检索${Date.now() % 100000}`;
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(await register("street.clerk", { description: `${marker} 第${i}件 屋面渗水` }));
    await notAcceptComplaint(street, ids[1]!, { reason: "已通过诉讼途径解决", version: await version(ids[1]!) });
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listComplaints(street, { sort: "recent", q: marker }, { cursor, size: 2 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expect(await countComplaints(street, { sort: "recent", q: marker })).toBe(5);
    const received = await listComplaints(street, { sort: "received", q: marker }, { size: 10 });
    expect(received.rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    // with a filter beside the search: only the matches that pass it, in the same order
    const open = await listComplaints(street, { sort: "recent", q: marker, status: "OPEN" }, { size: 10 });
    expect(open.rows.map((r) => r.id)).toEqual([...ids].reverse().filter((id) => id !== ids[1]));
    expect(await countComplaints(street, { sort: "recent", q: marker, status: "OPEN" })).toBe(4);
    // another street's clerk and the other district's government find none of them
    expect((await listComplaints(await actorFor("street2.clerk"), { sort: "recent", q: marker }, { size: 10 })).rows).toEqual([]);
    expect((await listComplaints(await actorFor("daoli.leader"), { sort: "recent", q: marker }, { size: 10 })).rows).toEqual([]);
    // the city sees them all
    expect((await listComplaints(await actorFor("bureau.leader"), { sort: "recent", q: marker }, { size: 10 })).rows.map((r) => r.id)).toEqual([...ids].reverse());
  });

  it("pages through a sorted list without repeating or skipping rows", async () => {
    const street = await actorFor("street.clerk");
    for (const sort of ["recent", "received", "due"] as const) {
      const all = await listComplaints(street, { sort }, { size: 1000 });
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listComplaints(street, { sort }, { cursor, size: 3 });
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toEqual(all.rows.map((r) => r.id));
    }
  });

  it("previews the routing from the words of a description", async () => {
    const street = await actorFor("street.clerk");
    const preview = await previewRouting(street, { areaId: await idOf("residentialArea", "海城花园小区"), categoryId: null, description: "家里暖气不热" });
    expect(preview.suggestions[0]).toMatchObject({ code: "UTILITY_HEATING", terms: expect.arrayContaining(["暖气不热"]) });
    expect(preview.proposal?.orgName).toBe("哈尔滨市热力服务中心（演示）");
  });
});

describe("an organisation's complaints, read through its holdings", () => {
  it("every page, in every order, is exactly the complaints it holds or held", async () => {
    const users = ["company.clerk", "police.clerk", "dept.clerk", "enforce.clerk", "utility.clerk", "community.clerk"];
    let seen = 0;
    for (const username of users) {
      const actor = await actorFor(username);
      expect(actor.scope.level).toBe("ORG");
      for (const sort of ["recent", "received", "due"] as const) {
        for (const status of [undefined, "OPEN"] as const) {
          const listed: number[] = [];
          let cursor: string | undefined;
          do {
            const page = await listComplaints(actor, { sort, status }, { cursor, size: 3 });
            listed.push(...page.rows.map((r) => r.id));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          const expected = await db.complaint.findMany({
            where: {
              AND: [{ holders: { some: { orgId: actor.orgId } } }, status ? { status: { in: [...OPEN_STATUSES] } } : {}, sort === "due" ? { currentDueDate: { not: null } } : {}],
            },
            select: { id: true },
            orderBy: sort === "recent" ? [{ id: "desc" }] : sort === "received" ? [{ receivedAt: "desc" }, { id: "desc" }] : [{ currentDueDate: "asc" }, { id: "asc" }],
          });
          expect(listed, `${username} ${sort} ${status ?? ""}`).toEqual(expected.map((e) => e.id));
          seen += listed.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("its header counts are Prisma's counts of the same complaints", async () => {
    for (const username of ["company.clerk", "police.clerk", "dept.clerk"]) {
      const actor = await actorFor(username);
      const held = { holders: { some: { orgId: actor.orgId } } };
      const counts = await complaintCounts(actor);
      expect(counts.open, username).toBe(await db.complaint.count({ where: { AND: [held, { status: { in: [...OPEN_STATUSES] } }] } }));
      expect(counts.overdue, username).toBe(await db.complaint.count({ where: { AND: [held, { currentDueDate: { lt: cityDate(new Date()) } }] } }));
    }
  });
});
