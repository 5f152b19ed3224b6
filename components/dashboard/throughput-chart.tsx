'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ThroughputPoint = { name: string; decided: number; escalated: number };

/** Stacked bars per staff member; as with the daily chart, the table carries the figures for screen readers. */
export function ThroughputChart({ data, label, names }: { data: ThroughputPoint[]; label: string; names: { decided: string; escalated: string } }) {
  // A bar per person, so the height follows the team's size instead of squeezing a large team.
  const height = Math.max(160, data.length * 32 + 60);
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height }} data-testid="throughput-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12, fill: '#475569' }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="decided" name={names.decided} stackId="d" fill="#059669" isAnimationActive={false} />
          <Bar dataKey="escalated" name={names.escalated} stackId="d" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
