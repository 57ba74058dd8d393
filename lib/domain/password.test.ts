import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/domain/password";

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
});
