// The abort-reason fix, in a separate Node process with a collectable heap: a render's data that
// only an abort reason's unread stack reaches stays in memory without the fix and is freed with it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fix = path.resolve(__dirname, "abort-reasons.mjs");

/** How many of 20 "renders" (a large array each, aborted from a setImmediate callback) survive a full GC. */
function survivors(withFix: boolean, reason: "error" | "none"): number {
  const script = `
    import { installAbortReasonFix } from ${JSON.stringify(fix)};
    if (${withFix}) installAbortReasonFix();
    const controllers = (globalThis.keptSignals = []); // the signals live on, as Next's stores do
    const refs = [];
    for (let i = 0; i < 20; i++) {
      await new Promise((done) => setImmediate(() => {
        const rendered = new Array(50_000).fill(i);
        const controller = new AbortController();
        (function finish() { if (rendered.length) controller.abort(${reason === "error" ? 'new Error("This render completed")' : ""}); })();
        refs.push(new WeakRef(rendered));
        controllers.push(controller);
        done();
      }));
    }
    await new Promise((r) => setTimeout(r, 10));
    globalThis.gc(); await new Promise((r) => setTimeout(r, 10)); globalThis.gc();
    console.log(refs.filter((r) => r.deref() !== undefined).length);
  `;
  const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
  return Number(out.trim());
}

describe("abort reasons do not keep finished renders in memory", () => {
  it("without the fix, an Error's unread stack keeps each render; with it, none is kept", () => {
    expect(survivors(false, "error")).toBeGreaterThanOrEqual(19);
    expect(survivors(true, "error")).toBeLessThanOrEqual(1);
  });

  it("a bare abort() (Node's own AbortError) is covered too", () => {
    expect(survivors(true, "none")).toBeLessThanOrEqual(1);
  });

  it("the signal still reports the abort and its reason", async () => {
    const { installAbortReasonFix } = await import("./abort-reasons.mjs");
    installAbortReasonFix();
    const a = new AbortController();
    a.abort(new Error("why"));
    expect(a.signal.aborted).toBe(true);
    expect((a.signal.reason as Error).message).toBe("why");
    const b = new AbortController();
    b.abort();
    expect((b.signal.reason as DOMException).name).toBe("AbortError");
  });
});
