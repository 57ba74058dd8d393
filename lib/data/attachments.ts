// Files attached to records, stored under DATA_DIR/uploads (content-addressed). Access always
// goes through the owning record: each feature registers how to check that the actor may see
// a record of its kind (ATTACHMENT_OWNERS), and a file is served only if that check passes.
import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir, uploadQuotaBytes, UPLOAD_QUOTA_WINDOW_MS } from "@/lib/config";
import { db, type Tx } from "@/lib/db";
import { attachmentProblem, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD, safeFileName, sniffType } from "@/lib/domain/attachment";
import { onRollback } from "@/lib/data/submissions";
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

export type PreparedFile = { fileName: string; mimeType: string; size: number; sha256: string; storagePath: string; bytes: Buffer; field: string };

/**
 * Checks uploaded files (number, size, type from the first bytes) and hashes them, in memory:
 * nothing is written to disk here. The files are stored by recordAttachments, inside the
 * transaction, after the data function has checked the actor's right and scope (docs/decisions/050).
 * Throws a validation error naming `field` when a file is refused.
 */
export async function prepareFiles(files: readonly File[], field = "attachments"): Promise<PreparedFile[]> {
  const real = files.filter((f) => f && typeof f === "object" && "arrayBuffer" in f && f.size > 0);
  if (real.length > MAX_ATTACHMENTS_PER_UPLOAD) throw new AppError("validation", { fieldErrors: { [field]: ["attachment.tooMany"] } });
  // Refuse on the sizes the client declared before reading anything.
  if (real.some((f) => f.size > MAX_ATTACHMENT_BYTES)) throw new AppError("validation", { fieldErrors: { [field]: ["attachment.tooLarge"] } });
  const prepared: PreparedFile[] = [];
  for (const file of real) {
    const bytes = Buffer.from(await file.arrayBuffer());
    const problem = attachmentProblem(bytes.length, bytes.subarray(0, 16));
    if (problem) throw new AppError("validation", { fieldErrors: { [field]: [problem] } });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const storagePath = path.join(sha256.slice(0, 2), sha256);
    prepared.push({ fileName: safeFileName(file.name), mimeType: sniffType(bytes.subarray(0, 16))!, size: bytes.length, sha256, storagePath, bytes, field });
  }
  return prepared;
}

/** Writes a file unless a copy is there already; true when this call created it. */
async function storeFile(file: PreparedFile): Promise<boolean> {
  const target = path.join(uploadsDir(), file.storagePath);
  try {
    await fs.access(target);
    return false;
  } catch {
    // not there yet
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, file.bytes, { flag: "wx" });
  await fs.rename(temporary, target);
  return true;
}

/** Removes a stored file when no attachment row refers to it (after a rollback, or a sweep). */
async function removeIfUnreferenced(storagePath: string): Promise<boolean> {
  const used = await db.attachment.count({ where: { storagePath } });
  if (used > 0) return false;
  await fs.rm(path.join(uploadsDir(), storagePath), { force: true });
  return true;
}

/**
 * Records prepared files against a record and stores them, inside the caller's writeTransaction,
 * after its checks: a user's uploads within a day must stay under the quota (UPLOAD_QUOTA_MB);
 * files this transaction stored are removed again if it rolls back.
 */
export async function recordAttachments(tx: Tx, actor: Actor, entityType: string, entityId: number, files: readonly PreparedFile[]): Promise<void> {
  if (files.length === 0) return;
  const field = files[0]!.field;
  const since = new Date(Date.now() - UPLOAD_QUOTA_WINDOW_MS);
  const used = await tx.attachment.aggregate({ where: { uploadedById: actor.userId, createdAt: { gte: since } }, _sum: { size: true } });
  const adding = files.reduce((sum, f) => sum + f.size, 0);
  if ((used._sum.size ?? 0) + adding > uploadQuotaBytes()) throw new AppError("validation", { fieldErrors: { [field]: ["attachment.quota"] } });
  for (const file of files) {
    if (await storeFile(file)) onRollback(() => removeIfUnreferenced(file.storagePath).then(() => undefined));
  }
  await tx.attachment.createMany({
    data: files.map((f) => ({ fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storagePath: f.storagePath, entityType, entityId, uploadedById: actor.userId })),
  });
}

/**
 * Removes stored files that no attachment row refers to and that are older than an hour (left by
 * a crash between storing and committing, or by versions before issue 11). `npm start` runs it
 * before the server starts. Returns how many were removed.
 */
export async function removeOrphanUploads(): Promise<number> {
  const root = uploadsDir();
  let entries: string[];
  try {
    entries = await fs.readdir(root, { recursive: true });
  } catch {
    return 0;
  }
  const cutoff = Date.now() - 3600 * 1000;
  let removed = 0;
  for (const relative of entries) {
    const full = path.join(root, relative);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat?.isFile() || stat.mtimeMs > cutoff) continue;
    if (relative.endsWith(".tmp")) {
      await fs.rm(full, { force: true });
      removed++;
    } else if (await removeIfUnreferenced(relative)) removed++;
  }
  return removed;
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
