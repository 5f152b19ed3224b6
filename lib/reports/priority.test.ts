import { describe, expect, it } from 'vitest';
import { computeDueAt, computePriority, explainPriority, isOverdue, MINOR_DUE_MINUTES } from './priority';

const base = { involvesMinor: false, selfHarm: false, severity: 1, distinctReporters: 1 };

describe('queue priority', () => {
  it('puts any case involving a minor above every case that does not', () => {
    const minorLow = computePriority({ ...base, involvesMinor: true });
    const adultWorst = computePriority({ involvesMinor: false, selfHarm: true, severity: 4, distinctReporters: 999_999 });
    expect(minorLow).toBeGreaterThan(adultWorst);
  });

  it('puts self-harm content above any other risk among adults', () => {
    expect(computePriority({ ...base, selfHarm: true })).toBeGreaterThan(computePriority({ ...base, severity: 4, distinctReporters: 50_000 }));
  });

  it('orders by severity, then by distinct reporters', () => {
    expect(computePriority({ ...base, severity: 3 })).toBeGreaterThan(computePriority({ ...base, severity: 2, distinctReporters: 500 }));
    expect(computePriority({ ...base, distinctReporters: 7 })).toBeGreaterThan(computePriority({ ...base, distinctReporters: 6 }));
  });

  it('clamps out-of-range inputs instead of letting them jump tiers', () => {
    expect(computePriority({ ...base, distinctReporters: 10_000_000 })).toBeLessThan(computePriority({ ...base, severity: 2, distinctReporters: 0 }));
    expect(computePriority({ ...base, severity: 9 })).toBe(computePriority({ ...base, severity: 4 }));
    expect(computePriority({ ...base, severity: 0 })).toBe(computePriority({ ...base, severity: 1 }));
  });

  it('can be explained back into its factors', () => {
    const f = { involvesMinor: true, selfHarm: true, severity: 3, distinctReporters: 42 };
    expect(explainPriority(computePriority(f))).toEqual(f);
  });
});

describe('due times', () => {
  const received = new Date('2026-11-25T08:00:00Z');

  it('gives cases involving a minor one hour', () => {
    expect(computeDueAt(received, { involvesMinor: true, categoryDueMinutes: 24 * 60 })).toEqual(new Date(received.getTime() + MINOR_DUE_MINUTES * 60_000));
  });

  it('keeps a category deadline shorter than an hour even for minors', () => {
    expect(computeDueAt(received, { involvesMinor: true, categoryDueMinutes: 30 })).toEqual(new Date('2026-11-25T08:30:00Z'));
  });

  it('uses the category deadline otherwise, and a day without a category', () => {
    expect(computeDueAt(received, { involvesMinor: false, categoryDueMinutes: 120 })).toEqual(new Date('2026-11-25T10:00:00Z'));
    expect(computeDueAt(received, { involvesMinor: false })).toEqual(new Date('2026-11-26T08:00:00Z'));
  });

  it('marks a case overdue only after its due time', () => {
    const due = new Date('2026-11-25T09:00:00Z');
    expect(isOverdue(due, new Date('2026-11-25T08:59:59Z'))).toBe(false);
    expect(isOverdue(due, new Date('2026-11-25T09:00:01Z'))).toBe(true);
  });
});

describe('priority with a risk score', () => {
  it('keeps minors first, then self-harm, then orders by risk', async () => {
    const { computePriority } = await import('./priority');
    const p = (o: Partial<Parameters<typeof computePriority>[0]>) => computePriority({ involvesMinor: false, selfHarm: false, severity: 1, distinctReporters: 1, ...o });
    expect(p({ involvesMinor: true, risk: 0 })).toBeGreaterThan(p({ selfHarm: true, risk: 100 }));
    expect(p({ selfHarm: true, risk: 0 })).toBeGreaterThan(p({ risk: 100, distinctReporters: 10_000_000 }));
    expect(p({ risk: 60 })).toBeGreaterThan(p({ risk: 58.9, distinctReporters: 999_999 }));
    expect(explainPriority(p({ risk: 42, distinctReporters: 7 }))).toMatchObject({ severity: 42, distinctReporters: 7 });
    expect(p({ risk: 40, severity: 1 })).toBeGreaterThan(p({ risk: 30, severity: 4 }));
  });
});
