import { beforeAll, describe, expect, it } from "vitest";
import { deviceAfterSignIn, isRecognised, readDevice } from "@/lib/device-cookie";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
});

describe("device cookie", () => {
  it("recognises the users who signed in from this browser, and keeps the device id", () => {
    const first = deviceAfterSignIn(null, "street.clerk");
    const device = readDevice(first);
    expect(isRecognised(device, "Street.Clerk")).toBe(true);
    expect(isRecognised(device, "police.clerk")).toBe(false);
    const second = readDevice(deviceAfterSignIn(device, "police.clerk"));
    expect(second?.id).toBe(device?.id);
    expect(isRecognised(second, "street.clerk")).toBe(true);
    expect(isRecognised(second, "police.clerk")).toBe(true);
  });

  it("holds no user name in clear", () => {
    expect(Buffer.from(deviceAfterSignIn(null, "street.clerk").split(".")[0]!, "base64url").toString()).not.toContain("street");
  });

  it("a cookie that was changed or made up is no device at all", () => {
    const value = deviceAfterSignIn(null, "street.clerk");
    const [payload, signature] = value.split(".");
    const forged = Buffer.from(JSON.stringify({ id: "x", users: ["anything"] })).toString("base64url");
    expect(readDevice(`${forged}.${signature}`)).toBeNull();
    expect(readDevice(`${payload}.${signature!.slice(1)}A`)).toBeNull();
    expect(readDevice("garbage")).toBeNull();
    expect(readDevice(undefined)).toBeNull();
  });
});
