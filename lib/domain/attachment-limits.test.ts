import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD, MAX_UPLOAD_BODY_BYTES } from "@/lib/domain/attachment";

function bytes(size: string | number | undefined): number {
  if (typeof size === "number") return size;
  const m = /^(\d+)\s*mb$/i.exec(size ?? "");
  if (!m) throw new Error(`unreadable size ${size}`);
  return Number(m[1]) * 1024 * 1024;
}

describe("the request body limits match the attachment rule", () => {
  it("a form with the most files of the largest size fits both limits: the proxy's and the server actions'", async () => {
    const configFile = "../../next.config.mjs";
    const nextConfig = ((await import(/* @vite-ignore */ configFile)) as { default: unknown }).default;
    const rule = MAX_ATTACHMENTS_PER_UPLOAD * MAX_ATTACHMENT_BYTES;
    expect(rule).toBe(25 * 1024 * 1024);
    expect(MAX_UPLOAD_BODY_BYTES).toBeGreaterThan(rule);
    const experimental = (nextConfig as { experimental?: { serverActions?: { bodySizeLimit?: string }; proxyClientMaxBodySize?: string | number } }).experimental;
    expect(bytes(experimental?.serverActions?.bodySizeLimit)).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(bytes(experimental?.proxyClientMaxBodySize)).toBe(MAX_UPLOAD_BODY_BYTES);
  });
});
