import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { apiLocale, problem, problemForError } from "@/lib/api/problem";

describe("problem details (RFC 9457)", () => {
  it("gives field errors as JSON pointers with Chinese messages by default", () => {
    const p = problemForError(new AppError("validation", { fieldErrors: { areaId: ["integration.areaUnknown"], "a.b": ["required"] } }), "zh-CN");
    expect(p).toMatchObject({ type: "/api/v1/docs#problem-validation", title: "提交的内容有误", status: 422 });
    expect(p!.errors).toEqual([
      { pointer: "#/areaId", detail: "居住区不存在、已停用或不在本系统的工作范围内" },
      { pointer: "#/a/b", detail: "此项必填" },
    ]);
  });

  it("maps expected failures to their status and leaves unexpected ones to the caller", () => {
    expect(problemForError(new AppError("notFound"), "zh-CN")!.status).toBe(404);
    expect(problemForError(new AppError("orderConflict"), "zh-CN")).toMatchObject({ status: 409, title: "工单号冲突" });
    expect(problemForError(new AppError("invalidTransition"), "zh-CN")!.status).toBe(409);
    expect(problemForError(new Error("boom"), "zh-CN")).toBeNull();
  });

  it("speaks English when asked first, Chinese otherwise, and fills parameters", () => {
    expect(apiLocale("en-US,en;q=0.9")).toBe("en");
    expect(apiLocale("zh-CN,en;q=0.5")).toBe("zh-CN");
    expect(apiLocale(null)).toBe("zh-CN");
    expect(problem("rateLimited", "en", { params: { limit: 5, retryAfter: 30 } }).detail).toContain("retry in 30 seconds");
    expect(problem("rateLimited", "zh-CN", { params: { limit: 5, retryAfter: 30 } }).detail).toContain("30 秒后重试");
  });
});
