'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '@/lib/alerts/queries';

type Props = {
  series: SeriesPoint[];
  baseline: number;
  beganMinute: number;
  detectedMinute: number;
  label: string;
  names: { rate: string; baseline: string; detected: string };
  formatMinute: (minute: number) => string;
};

/**
 * An alert's signals per minute around the surge, with its baseline and the minute it was detected.
 * Minutes without signals are drawn as 0. Screen readers get the summary in `label` instead of the drawing.
 */
export function AlertChart({ series, baseline, beganMinute, detectedMinute, label, names, formatMinute }: Props) {
  const counts = new Map(series.map((p) => [p.minute, p.count]));
  const from = Math.min(beganMinute - 30, series[0]?.minute ?? beganMinute);
  const to = Math.max(detectedMinute + 10, series[series.length - 1]?.minute ?? detectedMinute);
  const data = Array.from({ length: to - from + 1 }, (_, i) => ({ minute: from + i, rate: counts.get(from + i) ?? 0, baseline: Math.round(baseline * 100) / 100 }));
  return (
    <div role="img" aria-label={label} className="h-48 w-full" data-testid="alert-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="minute" type="number" domain={[from, to]} tickFormatter={formatMinute} tick={{ fontSize: 11, fill: '#475569' }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#475569' }} />
          <Tooltip labelFormatter={(m) => formatMinute(Number(m))} />
          <Line type="stepAfter" dataKey="rate" name={names.rate} stroke="#dc2626" dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="baseline" name={names.baseline} stroke="#2563eb" strokeDasharray="5 4" dot={false} isAnimationActive={false} />
          <ReferenceLine x={detectedMinute} stroke="#7c3aed" label={{ value: names.detected, position: 'insideTopLeft', fontSize: 11, fill: '#7c3aed' }} />
          <ReferenceLine x={beganMinute} stroke="#94a3b8" strokeDasharray="2 2" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
