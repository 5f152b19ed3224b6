import { describe, expect, it } from 'vitest';
import { bottomOfBand, computePriority } from '@/lib/reports/priority';
import { reporterRecord } from './accuracy';

describe('a reporter\'s record', () => {
  it('is the share of decided reports that led to action', () => {
    expect(reporterRecord(['remove', 'fold', 'warn', 'not_violation', null, 'escalate'])).toEqual({
      total: 6, decided: 4, actioned: 3, pending: 2, accuracy: 0.75,
    });
  });
  it('has no accuracy until a report is decided', () => {
    expect(reporterRecord([]).accuracy).toBeNull();
    expect(reporterRecord([null, 'escalate']).accuracy).toBeNull();
    expect(reporterRecord(['not_violation']).accuracy).toBe(0);
  });
});

describe('a muted reporter\'s case', () => {
  it('sinks to the bottom of its band and never below a lower band', () => {
    const minor = computePriority({ involvesMinor: true, selfHarm: false, severity: 4, distinctReporters: 9, risk: 80 });
    const plain = computePriority({ involvesMinor: false, selfHarm: true, severity: 4, distinctReporters: 9, risk: 99 });
    expect(bottomOfBand(minor)).toBe(1_000_000_000);
    expect(bottomOfBand(minor)).toBeGreaterThan(plain);
    expect(bottomOfBand(plain)).toBe(100_000_000);
    expect(bottomOfBand(computePriority({ involvesMinor: false, selfHarm: false, severity: 4, distinctReporters: 3 }))).toBe(0);
  });
});
