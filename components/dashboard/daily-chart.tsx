'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type DailyPoint = { label: string; received: number; handled: number };

/**
 * The per-day bars. Screen readers get the summary in `label` and the table beside the chart,
 * so the drawing itself is hidden from them rather than read out bar by bar.
 */
export function DailyChart({ data, label, names }: { data: DailyPoint[]; label: string; names: { received: string; handled: string } }) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full" data-testid="daily-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#475569' }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="received" name={names.received} fill="#2563eb" isAnimationActive={false} />
          <Bar dataKey="handled" name={names.handled} fill="#059669" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
