import { describe, expect, it } from "vitest";
import { afterSignInPath, sameOriginPath } from "@/lib/domain/safe-redirect";

describe("redirect after sign-in: same-origin paths only", () => {
  it.each([
    ["/duties", "/duties"],
    ["/complaints?status=OPEN&cursor=5", "/complaints?status=OPEN&cursor=5"],
    ["/meetings/3#minutes", "/meetings/3#minutes"],
    ["/a/../b", "/b"],
  ])("%s → %s", (input, expected) => {
    expect(sameOriginPath(input)).toBe(expected);
  });

  it.each([
    "/\\evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    " //evil.example",
    "evil.example",
    "",
  ])("%j leaves the site or is not a path: the home page instead", (input) => {
    expect(sameOriginPath(input)).toBe("/");
  });

  it("after signing in, never back to the sign-in page", () => {
    expect(afterSignInPath("/sign-in?callbackUrl=%2Fx")).toBe("/");
    expect(afterSignInPath("/sign-in")).toBe("/");
    expect(afterSignInPath("/\\evil.example")).toBe("/");
    expect(afterSignInPath("/sign-in-help")).toBe("/sign-in-help");
    expect(sameOriginPath("/sign-in?expired=1")).toBe("/sign-in?expired=1");
  });

  it("takes the first value of a repeated parameter and ignores non-strings", () => {
    expect(sameOriginPath(["/areas", "//evil.example"])).toBe("/areas");
    expect(sameOriginPath(undefined)).toBe("/");
    expect(sameOriginPath(42)).toBe("/");
  });
});
