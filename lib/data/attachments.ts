// Files attached to records, stored under DATA_DIR/uploads (content-addressed). Access always
// goes through the owning record: each feature registers how to check that the actor may see
// a record of its kind (ATTACHMENT_OWNERS), and a file is served only if that check passes.
import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/config";
import type { Tx } from "@/lib/db";
import { attachmentProblem, MAX_ATTACHMENTS_PER_UPLOAD, safeFileName, sniffType } from "@/lib/domain/attachment";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/scope";
import { findRow, findRows } from "@/lib/data/read";

/** entityType → may this actor see that record? Features add their record kinds here. */
const ATTACHMENT_OWNERS: Record<string, (actor: Actor, entityId: number) => Promise<boolean>> = {};

export function registerAttachmentOwner(entityType: string, canSee: (actor: Actor, entityId: number) => Promise<boolean>): void {
  ATTACHMENT_OWNERS[entityType] = canSee;
}

export type AttachmentRow = { id: number; fileName: string; mimeType: string; size: number; createdAt: Date };

function uploadsDir(): string {
  return path.join(dataDir(), "uploads");
}

export type PreparedFile = { fileName: string; mimeType: string; size: number; sha256: string; storagePath: string };

/**
 * Checks and stores uploaded files before the database transaction that records them. Files
 * are content-addressed, so a transaction that fails leaves only an unreferenced copy behind.
 * Throws a validation error naming `field` when a file is refused; nothing is stored then.
 */
export async function prepareFiles(files: readonly File[], field = "attachments"): Promise<PreparedFile[]> {
  const real = files.filter((f) => f && typeof f === "object" && "arrayBuffer" in f && f.size > 0);
  if (real.length > MAX_ATTACHMENTS_PER_UPLOAD) throw new AppError("validation", { fieldErrors: { [field]: ["attachment.tooMany"] } });
  const buffers: { file: File; bytes: Buffer }[] = [];
  for (const file of real) {
    const bytes = Buffer.from(await file.arrayBuffer());
    const problem = attachmentProblem(bytes.length, bytes.subarray(0, 16));
    if (problem) throw new AppError("validation", { fieldErrors: { [field]: [problem] } });
    buffers.push({ file, bytes });
  }
  const prepared: PreparedFile[] = [];
  for (const { file, bytes } of buffers) {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const relative = path.join(sha256.slice(0, 2), sha256);
    const target = path.join(uploadsDir(), relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, bytes, { flag: "w" });
    prepared.push({ fileName: safeFileName(file.name), mimeType: sniffType(bytes.subarray(0, 16))!, size: bytes.length, sha256, storagePath: relative });
  }
  return prepared;
}

/** Records prepared files against a record, inside the caller's transaction. */
export async function recordAttachments(tx: Tx, actor: Actor, entityType: string, entityId: number, files: readonly PreparedFile[]): Promise<void> {
  if (files.length === 0) return;
  await tx.attachment.createMany({ data: files.map((f) => ({ ...f, entityType, entityId, uploadedById: actor.userId })) });
}

/** The attachments of a record the caller has already loaded in scope. */
export async function listAttachments(entityType: string, entityIds: readonly number[]): Promise<(AttachmentRow & { entityId: number })[]> {
  if (entityIds.length === 0) return [];
  return findRows("Attachment", {
    where: { entityType, entityId: { in: [...entityIds] } },
    select: ["id", "fileName", "mimeType", "size", "createdAt", "entityId"],
    orderBy: [["id", "asc"]],
  });
}

/** A file to download, if the actor may see the record it belongs to. */
export async function attachmentForDownload(actor: Actor, id: number): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await findRow("Attachment", { where: { id }, select: ["entityType", "entityId", "fileName", "mimeType", "storagePath"] });
  const canSee = row ? ATTACHMENT_OWNERS[row.entityType] : undefined;
  if (!row || !canSee || !(await canSee(actor, row.entityId))) throw notFound();
  const bytes = await fs.readFile(path.join(uploadsDir(), row.storagePath));
  return { fileName: row.fileName, mimeType: row.mimeType, bytes };
}
