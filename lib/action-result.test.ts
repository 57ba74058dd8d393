import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput, recordId } from "@/lib/action-result";
import { AppError } from "@/lib/errors";

describe("parseInput: text that cannot be stored", () => {
  const schema = z.object({ title: z.string(), items: z.array(z.object({ note: z.string() })), n: z.number() });

  it("a lone UTF-16 surrogate in any text field is a message beside that field", () => {
    const result = parseInput(schema, { title: "ok", items: [{ note: "fine" }, { note: "bad\ud800" }], n: 1 });
    expect(result).toEqual({ ok: false, result: { ok: false, fieldErrors: { "items.1.note": ["invalidCharacters"] }, formError: "validation" } });
    expect(parseInput(schema, { title: "\udc00x", items: [], n: 1 })).toMatchObject({ ok: false, result: { fieldErrors: { title: ["invalidCharacters"] } } });
  });

  it("proper pairs (emoji, rare characters) are fine", () => {
    expect(parseInput(schema, { title: "小区😀𠮷", items: [], n: 1 })).toEqual({ ok: true, data: { title: "小区😀𠮷", items: [], n: 1 } });
  });
});

describe("recordId: ids from the client", () => {
  it.each([1, 42, 2147483647, "17"])("%j is an id", (v) => {
    expect(recordId(v)).toBe(Number(v));
  });

  it.each([1e308, 2147483648, 0, -1, 1.5, Number.NaN, "1e308", "0x10", "", null, undefined, {}])("%j is not found", (v) => {
    expect(() => recordId(v)).toThrowError(AppError);
  });
});
