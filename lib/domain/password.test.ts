import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_BYTES, passwordProblem } from "@/lib/domain/password";

describe("password policy", () => {
  it.each([
    ["short", "tooShort"],
    ["Ab1!", "tooShort"],
    ["alllowercaseletters", "tooSimple"],
    ["lowercase123456", "tooSimple"],
    ["Lowercase123456", null],
    ["lowercase12345!", null],
    ["Liandong@2026", null],
  ])("%s → %s", (password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });

  it("refuses a password that contains the user name", () => {
    expect(passwordProblem("Street.Clerk#2026", "street.clerk")).toBe("containsUsername");
    expect(passwordProblem("Other#Pass2026", "street.clerk")).toBeNull();
  });

  it("refuses what bcrypt would cut off: more than 72 bytes of UTF-8", () => {
    expect(PASSWORD_MAX_BYTES).toBe(72);
    expect(passwordProblem(`Aa1#${"x".repeat(68)}`)).toBeNull(); // 72 bytes
    expect(passwordProblem(`Aa1#${"x".repeat(69)}`)).toBe("tooLong");
    // Each Chinese character is 3 bytes: 4 + 22 × 3 = 70 bytes pass, 4 + 23 × 3 = 73 do not (27 characters).
    expect(passwordProblem(`Aa1#${"长".repeat(22)}`)).toBeNull();
    expect(passwordProblem(`Aa1#${"长".repeat(23)}`)).toBe("tooLong");
  });
});
