import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("overdue by a number of days is printed by one message only (超期 N 天, components/ui/overdue-badge)", () => {
    const zh = messagesFor("zh-CN");
    const printing = keys(zh).filter((key) => {
      const value = String(key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh));
      return /(超期|逾期)[^{}]*\{days\}/.test(value);
    });
    expect(printing).toEqual(["common.overdueDays"]);
  });

  it("Chinese and English have exactly the same keys", () => {
    const zh = keys(messagesFor("zh-CN")).sort();
    const en = keys(messagesFor("en")).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const flat = keys(messagesFor(locale));
      for (const key of flat) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messagesFor(locale));
        expect(String(value).trim(), `${locale} ${key}`).not.toBe("");
      }
    }
  });

  it("placeholders match between the languages", () => {
    const zh = messagesFor("zh-CN");
    const en = messagesFor("en");
    for (const key of keys(zh)) {
      const get = (m: unknown) => String(key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m));
      const vars = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
      expect(vars(get(en)), key).toEqual(vars(get(zh)));
    }
  });
});
