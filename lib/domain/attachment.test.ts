import { describe, expect, it } from "vitest";
import { attachmentProblem, MAX_ATTACHMENT_BYTES, safeFileName, sniffType } from "@/lib/domain/attachment";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const pdf = new TextEncoder().encode("%PDF-1.7\n");
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const exe = new TextEncoder().encode("MZ\x90\x00");

describe("attachments", () => {
  it("recognises images and PDFs by their first bytes", () => {
    expect(sniffType(png)).toBe("image/png");
    expect(sniffType(pdf)).toBe("application/pdf");
    expect(sniffType(jpeg)).toBe("image/jpeg");
    expect(sniffType(exe)).toBeNull();
  });

  it("refuses empty, oversized and wrong-type files", () => {
    expect(attachmentProblem(0, png)).toBe("attachment.empty");
    expect(attachmentProblem(MAX_ATTACHMENT_BYTES + 1, png)).toBe("attachment.tooLarge");
    expect(attachmentProblem(100, exe)).toBe("attachment.wrongType");
    expect(attachmentProblem(100, pdf)).toBeNull();
  });

  it("cleans file names", () => {
    expect(safeFileName("../../etc/passwd")).toBe(".._.._etc_passwd");
    expect(safeFileName("现场照片 1.jpg")).toBe("现场照片 1.jpg");
    expect(safeFileName("   ")).toBe("file");
  });
});
