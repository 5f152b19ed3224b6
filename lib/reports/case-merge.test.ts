import { describe, expect, it } from 'vitest';
import { mergeCase, type JoiningReport } from './case-merge';
import { computePriority, explainPriority } from './priority';

const at = (hour: number) => new Date(Date.UTC(2025, 5, 1, hour));
const insult = { categoryId: 'insult', severity: 2, selfHarm: false, sortOrder: 1 };
const threat = { categoryId: 'threat', severity: 4, selfHarm: false, sortOrder: 7 };
const selfHarm = { categoryId: 'self_harm', severity: 4, selfHarm: true, sortOrder: 8 };
const none = { categoryId: null, severity: 1, selfHarm: false, sortOrder: Number.MAX_SAFE_INTEGER };

const joining = (reporter: string, over: Partial<JoiningReport> = {}): JoiningReport => ({
  reporterAccountId: reporter, involvesMinor: false, dueAt: at(20), targetAccountId: null, ...insult, ...over,
});

describe('folding reports into a case', () => {
  it('opens a case from the first reports', () => {
    const c = mergeCase(null, [joining('a', { targetAccountId: 'victim' }), joining('b', { ...threat, dueAt: at(12) })]);
    expect(c).toMatchObject({ categoryId: 'threat', severity: 4, reportCount: 2, reporterCount: 2, dueAt: at(12), targetAccountId: 'victim' });
    expect(c.priority).toBe(computePriority({ involvesMinor: false, selfHarm: false, severity: 4, distinctReporters: 2 }));
  });

  it('counts distinct reporters, not reports', () => {
    const first = mergeCase(null, [joining('a'), joining('a')]);
    expect(first).toMatchObject({ reportCount: 2, reporterCount: 1 });
    const again = mergeCase(first, [joining('a')], new Set(['a']));
    expect(again).toMatchObject({ reportCount: 3, reporterCount: 1, priority: first.priority });
    const other = mergeCase(again, [joining('b'), joining('a')], new Set(['a']));
    expect(other.reporterCount).toBe(2);
    expect(other.priority).toBeGreaterThan(again.priority);
  });

  it('puts a minor first and never moves the due time later', () => {
    const adult = mergeCase(null, [joining('a', { dueAt: at(10) })]);
    const minor = mergeCase(adult, [joining('b', { involvesMinor: true, dueAt: at(13) })]);
    expect(minor.dueAt).toEqual(at(10));
    expect(explainPriority(minor.priority).involvesMinor).toBe(true);
    const earlier = mergeCase(adult, [joining('c', { involvesMinor: true, dueAt: at(3) })]);
    expect(earlier.dueAt).toEqual(at(3));
  });

  it('keeps the most severe category, the earlier one on a tie, and any self-harm flag', () => {
    const c = mergeCase(null, [joining('a', threat), joining('b', selfHarm)]);
    expect(c).toMatchObject({ categoryId: 'threat', selfHarm: true, severity: 4 });
    const milder = mergeCase(c, [joining('c', insult)]);
    expect(milder).toMatchObject({ categoryId: 'threat', severity: 4, selfHarm: true });
  });

  it('gives an uncategorised case the first category reported on it', () => {
    const bare = mergeCase(null, [joining('a', none)]);
    expect(bare).toMatchObject({ categoryId: null, severity: 1 });
    expect(mergeCase(bare, [joining('b', { categoryId: 'derision', severity: 1, sortOrder: 2 })]).categoryId).toBe('derision');
  });
});
