import { describe, expect, it } from 'vitest';
import { defaultPrecheckSettings, type PrecheckSettings } from './precheck-settings';
import { compareSettings } from './settings-diff';

const base = defaultPrecheckSettings;
const edit = (f: (s: PrecheckSettings) => void) => { const s = structuredClone(base); f(s); return s; };

describe('compareSettings', () => {
  it('finds nothing between equal settings', () => {
    expect(compareSettings(base, structuredClone(base))).toEqual([]);
  });

  it('names each changed threshold and weight, with both values, in a stable order', () => {
    const after = edit((s) => {
      s.risk.incident = 30;
      s.thresholds.byCategory.insult = { remind: 0.4 };
      s.thresholds.default.hold = 0.75;
      delete s.thresholds.byKind.bullet;
      s.thresholds.byCategory.self_harm = { hold: 0.5 };
    });
    expect(compareSettings(base, after)).toEqual([
      { scope: 'default', key: null, setting: 'hold', before: 0.8, after: 0.75 },
      { scope: 'kind', key: 'bullet', setting: 'hold', before: 1.01, after: null },
      { scope: 'category', key: 'insult', setting: 'remind', before: null, after: 0.4 },
      { scope: 'category', key: 'self_harm', setting: 'hold', before: 0.6, after: 0.5 },
      { scope: 'risk', key: null, setting: 'incident', before: 10, after: 30 },
    ]);
  });
});
