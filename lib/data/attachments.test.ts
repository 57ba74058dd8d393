// Uploads on the test database (issue 11): files are checked in memory and stored only inside
// the write transaction, after the data function checked the actor; a transaction that fails
// leaves no file behind; a user's uploads within a day stay under the quota.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataDir } from "@/lib/config";
import { db } from "@/lib/db";
import { prepareFiles, recordAttachments, removeOrphanUploads } from "@/lib/data/attachments";
import { registerComplaint } from "@/lib/data/complaints";
import { writeTransaction } from "@/lib/data/submissions";
import { toCityDateTimeInput } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { actorFor, idOf } from "@/lib/testing/actors";
import type { RegisterComplaintData } from "@/lib/validation/complaint";

const uploads = () => path.join(dataDir(), "uploads");
function storedFiles(): number {
  if (!fs.existsSync(uploads())) return 0;
  return fs.readdirSync(uploads(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** A PNG-headed file of `bytes` bytes whose content is unique. */
function png(bytes: number, name = "photo.png"): File {
  const head = Buffer.from("89504e470d0a1a0a", "hex");
  return new File([Buffer.concat([head, Buffer.alloc(bytes - head.length, `${Math.random()}`)])], name, { type: "image/png" });
}

async function complaintData(): Promise<RegisterComplaintData> {
  const category = await db.dutyCategory.findUniqueOrThrow({ where: { code: "PROPERTY_SERVICE" }, select: { id: true } });
  return {
    channel: "VISIT", channelRef: "", receivedAt: toCityDateTimeInput(new Date()), residentName: "钱测试", residentPhone: "13812345678",
    areaId: await idOf("residentialArea", "海城花园小区"), categoryId: category.id, aboutOrgId: null,
    description: `数据层测试：楼道堆物，附件 ${Math.random()}`, duplicateOfId: null,
  } as RegisterComplaintData;
}

afterEach(() => {
  delete process.env.UPLOAD_QUOTA_MB;
});

describe("uploads: checked first, stored after", () => {
  it("preparing files writes nothing to disk", async () => {
    const before = storedFiles();
    const prepared = await prepareFiles([png(50_000), png(60_000)]);
    expect(prepared).toHaveLength(2);
    expect(storedFiles()).toBe(before);
  });

  it("a user without the right to register: refused, and no file stored", async () => {
    const police = await actorFor("police.clerk");
    const before = storedFiles();
    const prepared = await prepareFiles([png(80_000), png(80_000), png(80_000)]);
    await expect(registerComplaint(police, await complaintData(), prepared)).rejects.toMatchObject({ code: "notFound" });
    expect(storedFiles()).toBe(before);
  });

  it("an area outside the clerk's scope: refused, and no file stored", async () => {
    const other = await actorFor("zhaolin.clerk");
    const before = storedFiles();
    const prepared = await prepareFiles([png(80_000)]);
    await expect(registerComplaint(other, await complaintData(), prepared)).rejects.toBeInstanceOf(AppError);
    expect(storedFiles()).toBe(before);
  });

  it("an allowed registration stores its files and records them", async () => {
    const street = await actorFor("street.clerk");
    const before = storedFiles();
    const id = await registerComplaint(street, await complaintData(), await prepareFiles([png(70_000), png(70_000)]));
    expect(await db.attachment.count({ where: { entityType: "Complaint", entityId: id } })).toBe(2);
    expect(storedFiles()).toBe(before + 2);
  });

  it("a transaction that fails after storing removes the files it stored", async () => {
    const street = await actorFor("street.clerk");
    const before = storedFiles();
    const prepared = await prepareFiles([png(90_000), png(90_000)]);
    await expect(
      writeTransaction(async (tx) => {
        await recordAttachments(tx, street, "Complaint", 1, prepared);
        expect(storedFiles()).toBe(before + 2);
        throw new AppError("conflict");
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(storedFiles()).toBe(before);
  });

  it("a user's uploads within a day stay under the quota", async () => {
    process.env.UPLOAD_QUOTA_MB = "1";
    const clerk = await actorFor("street2.clerk");
    const first = await prepareFiles([png(700_000)]);
    await writeTransaction((tx) => recordAttachments(tx, clerk, "Complaint", 1, first));
    const before = storedFiles();
    const second = await prepareFiles([png(400_000)], "evidence");
    await expect(writeTransaction((tx) => recordAttachments(tx, clerk, "Complaint", 1, second))).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { evidence: ["attachment.quota"] },
    });
    expect(storedFiles()).toBe(before);
  });

  it("too many or too large files are refused before any is read", async () => {
    await expect(prepareFiles([1, 2, 3, 4, 5, 6].map(() => png(1000)))).rejects.toMatchObject({ fieldErrors: { attachments: ["attachment.tooMany"] } });
    await expect(prepareFiles([png(5 * 1024 * 1024 + 1)])).rejects.toMatchObject({ fieldErrors: { attachments: ["attachment.tooLarge"] } });
  });

  it("the sweep removes old files no attachment refers to, and keeps referenced ones", async () => {
    const orphan = path.join(uploads(), "zz", "orphan-test-file");
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, "left behind");
    const old = new Date(Date.now() - 2 * 3600 * 1000);
    fs.utimesSync(orphan, old, old);
    const kept = storedFiles() - 1;
    expect(await removeOrphanUploads()).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(storedFiles()).toBe(kept);
  });
});
