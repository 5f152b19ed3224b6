import { describe, expect, it } from 'vitest';
import { decideCheck, FLAG_THRESHOLD, LOOKUP_THRESHOLD, probeOf } from './content-check';

const v = (score: number, categoryId = 'insult', selfHarm = false) => ({ score, categoryId, selfHarm });

describe('content check decision', () => {
  it('flags when the nearest violation is close enough and no legitimate example is closer', () => {
    expect(decideCheck(v(0.8), null)).toEqual({ flagged: true, categoryId: 'insult', selfHarm: false, score: 0.8, nearestExampleId: null });
    expect(decideCheck({ ...v(0.8), id: 'ex-1' }, null)).toMatchObject({ flagged: true, nearestExampleId: 'ex-1' });
    expect(decideCheck(v(0.8), v(0.5, 'x'))).toMatchObject({ flagged: true, categoryId: 'insult' });
  });
  it('lets a text through when the violation example is too far', () => {
    expect(decideCheck(v(FLAG_THRESHOLD - 0.01), null)).toEqual({ flagged: false, categoryId: null, selfHarm: false, score: FLAG_THRESHOLD - 0.01 });
    expect(decideCheck(null, null)).toEqual({ flagged: false, categoryId: null, selfHarm: false, score: null });
  });
  it('lets a text through when a not-a-violation example is as close or closer', () => {
    expect(decideCheck(v(0.7), v(0.7)).flagged).toBe(false);
    expect(decideCheck(v(0.7), v(0.9)).flagged).toBe(false);
  });
  it('carries the self-harm flag of the category it matched', () => {
    expect(decideCheck(v(0.9, 'self_harm', true), null)).toMatchObject({ flagged: true, categoryId: 'self_harm', selfHarm: true });
  });
  it('flags exactly at the threshold; lookups never miss a candidate that could decide', () => {
    expect(decideCheck(v(FLAG_THRESHOLD), null).flagged).toBe(true);
    expect(LOOKUP_THRESHOLD).toBeLessThanOrEqual(FLAG_THRESHOLD);
  });
  it('normalises full-width text and keeps the opening', () => {
    expect(probeOf('  ＡＢＣ  ')).toBe('ABC');
    expect(probeOf('x'.repeat(1000))).toHaveLength(300);
  });
});
