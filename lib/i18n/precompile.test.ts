// The build precompiles every catalog with icu-minify and formats with use-intl's format-only
// runtime (next.config.mjs, decision 084); tests and scripts format the raw strings with
// intl-messageformat. Both must print the same text for every message in both languages.
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters, type RichTranslationValues } from "use-intl/core";
import formatRuntime from "use-intl/format-message";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** A value for every argument a message names; a select gets its first branch's key. */
function sampleValues(message: string): RichTranslationValues {
  const values: RichTranslationValues = {};
  for (const m of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+)\s*(?:,\s*(\w+))?)?/g)) {
    const [, name, kind, firstBranch] = m;
    if (!name) continue;
    values[name] = kind === "select" ? firstBranch! : kind === "plural" || kind === "number" ? 3 : `«${name}»`;
  }
  for (const tag of message.matchAll(/<(\w+)>/g)) values[tag[1]!] = (chunks: unknown) => `[${String(chunks)}]`;
  return values;
}

describe("precompiled catalogs", () => {
  for (const locale of LOCALES) {
    it(`print the same text as the runtime parser (${locale})`, () => {
      const options = { cache: _createCache(), formatters: _createIntlFormatters(_createCache()), locale, timeZone: "Asia/Shanghai" };
      const differ: string[] = [];
      const all = leaves(messagesFor(locale));
      for (const [key, message] of all) {
        const values = sampleValues(message);
        const expected = String(formatRuntime(key, message, values, options));
        const actual = String(formatPrecompiled(key, compile(message) as never, values, options));
        if (actual !== expected) differ.push(`${key}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
      expect(all.length).toBeGreaterThan(1000);
      expect(differ).toEqual([]);
    });
  }

  it("a message read directly by the error page stays plain text after precompiling", () => {
    for (const locale of LOCALES) {
      const errors = messagesFor(locale).errorPage as Record<string, unknown>;
      for (const key of ["errorTitle", "errorBody", "referenceLabel", "retry", "backHome"]) expect(typeof compile(String(errors[key])), `${locale} ${key}`).toBe("string");
    }
  });
});
