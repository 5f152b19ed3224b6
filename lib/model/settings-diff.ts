import { precheckKinds, type PrecheckSettings, type Thresholds } from './precheck-settings';
import { riskFactorNames, type RiskFactorName } from './risk';

/**
 * One changed number of the model settings between two standards versions: a threshold of the
 * default, of a kind or of a category, or a risk weight. null: not set there (a kind or category then
 * follows the default). Shown in the standards diff beside the categories' changes.
 */
export type SettingChange =
  | { scope: 'default'; key: null; setting: keyof Thresholds; before: number | null; after: number | null }
  | { scope: 'kind' | 'category'; key: string; setting: keyof Thresholds; before: number | null; after: number | null }
  | { scope: 'risk'; key: null; setting: RiskFactorName; before: number | null; after: number | null };

const levels = ['remind', 'hold', 'block'] as const;

/** What `after` changes against `before`, in a stable order: default, kinds, categories, risk weights. */
export function compareSettings(before: PrecheckSettings, after: PrecheckSettings): SettingChange[] {
  const out: SettingChange[] = [];
  const differ = (a: number | undefined, b: number | undefined) => (a ?? null) !== (b ?? null);
  for (const l of levels) {
    if (differ(before.thresholds.default[l], after.thresholds.default[l])) {
      out.push({ scope: 'default', key: null, setting: l, before: before.thresholds.default[l], after: after.thresholds.default[l] });
    }
  }
  const overrides = (scope: 'kind' | 'category', keys: string[], a: Record<string, Partial<Thresholds> | undefined>, b: Record<string, Partial<Thresholds> | undefined>) => {
    for (const key of keys) {
      for (const l of levels) {
        if (differ(a[key]?.[l], b[key]?.[l])) out.push({ scope, key, setting: l, before: a[key]?.[l] ?? null, after: b[key]?.[l] ?? null });
      }
    }
  };
  overrides('kind', [...precheckKinds], before.thresholds.byKind, after.thresholds.byKind);
  const categories = [...new Set([...Object.keys(before.thresholds.byCategory), ...Object.keys(after.thresholds.byCategory)])].sort();
  overrides('category', categories, before.thresholds.byCategory, after.thresholds.byCategory);
  for (const f of riskFactorNames) {
    if (differ(before.risk[f], after.risk[f])) out.push({ scope: 'risk', key: null, setting: f, before: before.risk[f] ?? null, after: after.risk[f] ?? null });
  }
  return out;
}
