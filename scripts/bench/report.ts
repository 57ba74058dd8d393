// The benchmark's one table: every measurement with its p50/p95/p99, target and verdict.
import type { Measurement } from "./datalayer.ts";

export type TableRow = { group: string; name: string; actor: string; p50: string; p95: string; p99: string; extra: string; target: string; ok: string };

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "–");

export function tableRows(measurements: readonly Measurement[]): TableRow[] {
  return measurements.map((m) => ({
    group: m.group,
    name: m.name,
    actor: m.actor,
    p50: ms(m.summary.p50),
    p95: ms(m.summary.p95),
    p99: ms(m.summary.p99),
    extra: m.note ?? "",
    target: m.target === null ? "" : m.group === "write" ? `≥ ${m.target}/s` : m.group === "page" || m.group === "ttfb" ? `≤ ${m.target}× base` : `≤ ${m.target} ms`,
    ok: m.ok === null ? "" : m.ok ? "ok" : "MISS",
  }));
}

function width(s: string): number {
  // CJK characters take two columns in a terminal.
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A plain-text table (also valid Markdown) for the terminal and the README. */
export function formatTable(rows: readonly TableRow[]): string {
  const head: TableRow = { group: "group", name: "measurement", actor: "as", p50: "p50 ms", p95: "p95 ms", p99: "p99 ms", extra: "notes", target: "target", ok: "" };
  const keys = Object.keys(head) as (keyof TableRow)[];
  const all = [head, ...rows];
  const widths = keys.map((k) => Math.max(...all.map((r) => width(r[k]))));
  const line = (r: TableRow) => `| ${keys.map((k, i) => r[k] + " ".repeat(widths[i]! - width(r[k]))).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
