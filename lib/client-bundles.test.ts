// Keeps forms out of the pages' first-load scripts (docs/decisions/092): a server file (a page or
// a server component) must import a component that uses react-hook-form from its feature's
// `lazy.tsx`, never directly, or its route grows by about 20 kB gzipped.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

const all = [...files("app"), ...files("components")];
const text = new Map(all.map((f) => [f, fs.readFileSync(path.join(root, f), "utf8")]));
const isClient = (f: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(text.get(f)!);
/** `@/components/x/y` → the file it names, if it is one of ours. */
const resolve = (spec: string) => ["", ".tsx", ".ts"].map((ext) => spec.replace(/^@\//, "") + ext).find((f) => text.has(f));
const imports = (f: string) => [...text.get(f)!.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"(@\/[^"]+)"/gm)].map((m) => resolve(m[1]!)).filter((x): x is string => Boolean(x));

/** Client files that bring react-hook-form, directly or through another client file they import. */
function formFiles(): Set<string> {
  const forms = new Set(all.filter((f) => /^import\s+(?!type\b)[^;]*?from\s+"react-hook-form"/m.test(text.get(f)!)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of all) {
      if (isClient(f) && !forms.has(f) && !f.endsWith("/lazy.tsx") && imports(f).some((i) => forms.has(i))) {
        forms.add(f);
        grew = true;
      }
    }
  }
  return forms;
}

describe("client bundles", () => {
  it("finds the forms (the rule below would pass vacuously otherwise)", () => {
    const forms = formFiles();
    expect(forms.has("components/complaints/register-form.tsx")).toBe(true);
    expect(forms.has("components/auth/sign-in-form.tsx")).toBe(true);
  });

  it("server files import forms only through a lazy.tsx", () => {
    const forms = formFiles();
    const offenders = all.filter((f) => !isClient(f)).flatMap((f) => imports(f).filter((i) => forms.has(i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });
});
