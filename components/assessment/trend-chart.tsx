"use client";
// The unit's month-by-month rates against the city's satisfaction rate (recharts; this client
// component is imported by the unit page only, so the chart library loads there alone). The
// series' names come translated from the page: no message runtime ships with the chart.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendRow = { month: string; satisfaction: number | null; onTime: number | null; resolution: number | null; citySatisfaction: number | null };
export type TrendLabels = Record<"satisfaction" | "onTime" | "resolution" | "citySatisfaction", string>;

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function TrendChart({ data, threshold, labels }: { data: TrendRow[]; threshold: number; labels: TrendLabels }) {
  const rows = data.map((d) => ({ ...d, satisfaction: round(d.satisfaction), onTime: round(d.onTime), resolution: round(d.resolution), citySatisfaction: round(d.citySatisfaction), threshold }));
  return (
    <div className="h-72 w-full" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} unit="%" width={48} />
          <Tooltip formatter={(v) => (v === null || v === undefined ? "—" : `${String(v)}%`)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="satisfaction" name={labels.satisfaction} stroke="#1d4ed8" strokeWidth={2} connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="onTime" name={labels.onTime} stroke="#15803d" strokeWidth={2} connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="resolution" name={labels.resolution} stroke="#b45309" strokeWidth={2} connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="citySatisfaction" name={labels.citySatisfaction} stroke="#64748b" strokeDasharray="5 4" connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="threshold" name={`${threshold}%`} stroke="#dc2626" strokeDasharray="2 4" dot={false} isAnimationActive={false} legendType="none" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
