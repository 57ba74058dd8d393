"use client";
// The trend chart loads after the page (recharts is ~100 kB): the page's first load stays small,
// the table beside the chart holds the same numbers meanwhile (docs/decisions/045).
import dynamic from "next/dynamic";
import type { TrendLabels, TrendRow } from "@/components/assessment/trend-chart";

const Chart = dynamic(() => import("@/components/assessment/trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded bg-slate-50" aria-hidden="true" />,
});

export function LazyTrendChart(props: { data: TrendRow[]; threshold: number; labels: TrendLabels }) {
  return <Chart {...props} />;
}
