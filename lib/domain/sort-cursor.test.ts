import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/domain/sort-cursor";

describe("sort cursors", () => {
  it("round-trip a sort value and an id", () => {
    expect(decodeCursor(encodeCursor("2026-11-30", 42), /^\d{4}-\d{2}-\d{2}$/)).toEqual({ key: "2026-11-30", id: 42 });
    expect(decodeCursor(encodeCursor(1764115200000, 7), /^\d{1,15}$/)).toEqual({ key: "1764115200000", id: 7 });
    expect(decodeCursor(encodeCursor("", 9), /^$/)).toEqual({ key: "", id: 9 });
  });
  it("refuse malformed cursors instead of guessing", () => {
    expect(decodeCursor(undefined, /.*/)).toBeNull();
    expect(decodeCursor("42", /.*/)).toBeNull();
    expect(decodeCursor("x~abc", /.*/)).toBeNull();
    expect(decodeCursor("2026-13~1", /^\d{4}-\d{2}-\d{2}$/)).toBeNull();
  });
});
