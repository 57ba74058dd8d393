// What may be attached to a record: images and PDFs, limited in size and number. The type is
// decided from the file's first bytes, not from its name or the browser's claim.
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_UPLOAD = 5;
/**
 * The largest request body the server reads: the most files of the largest size and 2 MiB for
 * the form's fields and the multipart framing. next.config.mjs sets both body limits (the
 * proxy's copy of the body and the server actions') to this; a unit test holds them equal.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENTS_PER_UPLOAD * MAX_ATTACHMENT_BYTES + 2 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  "image/jpeg": { ext: "jpg", magic: [[0xff, 0xd8, 0xff]] },
  "image/png": { ext: "png", magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  "application/pdf": { ext: "pdf", magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

/** The content type from the file's first bytes, or null when it is not an allowed type. */
export function sniffType(head: Uint8Array): AttachmentMime | null {
  for (const [mime, spec] of Object.entries(ATTACHMENT_TYPES) as [AttachmentMime, (typeof ATTACHMENT_TYPES)[AttachmentMime]][]) {
    if (spec.magic.some((sig) => sig.every((b, i) => head[i] === b))) return mime;
  }
  return null;
}

export type AttachmentProblem = "attachment.tooLarge" | "attachment.wrongType" | "attachment.empty" | "attachment.tooMany";

/** Checks one upload; returns a validation message key or null. */
export function attachmentProblem(size: number, head: Uint8Array): AttachmentProblem | null {
  if (size === 0) return "attachment.empty";
  if (size > MAX_ATTACHMENT_BYTES) return "attachment.tooLarge";
  if (!sniffType(head)) return "attachment.wrongType";
  return null;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return (cleaned || "file").slice(-120);
}
