import { describe, expect, it } from 'vitest';
import { defaultPrecheckSettings } from './precheck-settings';
import { previewThresholds, type OutcomeGroup } from './precheck-preview';

describe('threshold preview', () => {
  const groups: OutcomeGroup[] = [
    { kind: 'post', categoryId: 'insult', score: 0.6, decision: 'remind', count: 10 },
    { kind: 'post', categoryId: 'insult', score: 0.85, decision: 'hold', count: 3 },
    { kind: 'comment', categoryId: null, score: 0.1, decision: 'allow', count: 100 },
  ];
  it('counts nothing changed under the settings that decided them', () => {
    const p = previewThresholds(groups, defaultPrecheckSettings);
    expect(p).toMatchObject({ total: 113, changed: 0, proposed: { allow: 100, remind: 10, hold: 3, block: 0 } });
  });
  it('counts the items a stricter remind threshold would have changed', () => {
    const stricter = { ...defaultPrecheckSettings, thresholds: { ...defaultPrecheckSettings.thresholds, default: { remind: 0.7, hold: 0.8, block: 0.97 } } };
    const p = previewThresholds(groups, stricter);
    expect(p.changed).toBe(10);
    expect(p.proposed.allow).toBe(110);
    expect(p.actual.remind).toBe(10);
  });
});
