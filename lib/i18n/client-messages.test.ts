// The root layout gives client components no messages (decision 045: next-intl's client runtime
// is not in every page's first load). So every server component that renders a client component
// using next-intl's hooks (directly or through other client components) must wrap it in
// <ClientMessages>; otherwise that page fails at run time with "no intl context".
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "app", "components", "lib"], { cwd: root, encoding: "utf8" })
  .split("\n").filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && fs.existsSync(path.join(root, f)));
const source = new Map(files.map((f) => [f, fs.readFileSync(path.join(root, f), "utf8")]));
const directive = (f: string, d: string) => source.get(f)!.trimStart().startsWith(`"${d}"`);

function resolve(spec: string): string | undefined {
  const base = spec.replace(/^@\//, "");
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((e) => base + e).find((f) => source.has(f));
}
function imports(f: string): string[] {
  return [...source.get(f)!.matchAll(/^import (?!type )[\s\S]*?from "(@\/[^"]+)";/gm)].flatMap((m) => resolve(m[1]!) ?? []);
}
const memo = new Map<string, boolean>();
function usesIntlHooks(f: string, seen = new Set<string>()): boolean {
  if (memo.has(f)) return memo.get(f)!;
  if (seen.has(f) || directive(f, "use server")) return false;
  seen.add(f);
  const s = source.get(f)!;
  const result = (/from "next-intl"/.test(s) && /\buse(Translations|Formatter|Locale|Messages|Now|TimeZone)\(/.test(s)) || imports(f).some((i) => usesIntlHooks(i, seen));
  memo.set(f, result);
  return result;
}

describe("client messages", () => {
  it("every server component renders a translated client component inside <ClientMessages>", () => {
    const missing: string[] = [];
    for (const f of files.filter((file) => !directive(file, "use client"))) {
      const s = source.get(f)!;
      for (const m of s.matchAll(/^import (?!type )\{?([^};]*?)\}? from "(@\/[^"]+)";/gm)) {
        const target = resolve(m[2]!);
        if (!target || !directive(target, "use client") || !usesIntlHooks(target)) continue;
        const names = m[1]!.split(",").map((n) => n.trim()).filter((n) => n && !n.startsWith("type ")).map((n) => n.split(/\s+as\s+/).at(-1)!);
        for (const name of names) {
          for (const use of s.matchAll(new RegExp(`<${name}\\b`, "g"))) {
            const before = s.slice(0, use.index);
            const open = (before.match(/<ClientMessages\b/g) ?? []).length - (before.match(/<\/ClientMessages>/g) ?? []).length;
            if (open <= 0) missing.push(`${f}:${before.split("\n").length} <${name}>`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds what it looks for (the register form needs messages)", () => {
    expect(usesIntlHooks("components/complaints/register-form.tsx")).toBe(true);
    expect(usesIntlHooks("components/shell/error-view.tsx")).toBe(false);
  });
});
