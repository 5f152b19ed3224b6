import type { RouteName } from '@/lib/api-client';

/** Answer times per route and what was sent, for the report at the end of a run. */
export class Stats {
  readonly times = new Map<RouteName, number[]>();
  readonly failures = new Map<RouteName, number>();
  readonly sample: string[] = [];
  items = 0;
  requests = 0;
  startedAt = performance.now();
  endedAt = 0;

  answer = ({ route, status, ms }: { route: RouteName; status: number; ms: number }) => {
    this.requests++;
    const list = this.times.get(route) ?? [];
    list.push(ms);
    this.times.set(route, list);
    if (status >= 400 || status === 0) this.failures.set(route, (this.failures.get(route) ?? 0) + 1);
  };

  fail(message: string) {
    if (this.sample.length < 10) this.sample.push(message);
  }

  summary() {
    const seconds = ((this.endedAt || performance.now()) - this.startedAt) / 1000;
    const routes = [...this.times].map(([route, ms]) => ({
      route, requests: ms.length, failures: this.failures.get(route) ?? 0, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95),
    })).sort((a, b) => b.requests - a.requests);
    return { seconds, items: this.items, requests: this.requests, itemsPerSecond: this.items / Math.max(seconds, 1e-3), requestsPerSecond: this.requests / Math.max(seconds, 1e-3), routes };
  }
}

export function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export type Summary = ReturnType<Stats['summary']>;

export function formatSummary(s: Summary): string {
  const lines = [
    `Sent ${s.items} platform events in ${s.requests} requests over ${s.seconds.toFixed(1)} s: ${s.itemsPerSecond.toFixed(1)} events/s, ${s.requestsPerSecond.toFixed(1)} requests/s.`,
    'route                         requests  failed   p50 ms   p95 ms',
    ...s.routes.map((r) => `${r.route.padEnd(30)}${String(r.requests).padStart(8)}${String(r.failures).padStart(8)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}`),
  ];
  return lines.join('\n');
}
