import { getTranslations } from 'next-intl/server';
import type { SettingChange } from '@/lib/model/settings-diff';

/**
 * The pre-check thresholds and risk weights a standards version changes (they are versioned with
 * it), as a table of before and after beside the categories' diff. Nothing when none changed.
 */
export async function SettingsChanges({ changes, names }: { changes: SettingChange[]; names: Record<string, string> }) {
  if (!changes.length) return null;
  const t = await getTranslations('model.settingsChanges');
  const s = await getTranslations('model.settings');
  const where = (c: SettingChange) => c.scope === 'default' ? s('default')
    : c.scope === 'kind' ? t('kind', { kind: t(`kinds.${c.key}` as 'kinds.post') })
      : c.scope === 'category' ? t('category', { category: names[c.key] ?? c.key })
        : s('weights');
  const what = (c: SettingChange) => c.scope === 'risk' ? s(`factor_${c.setting}`) : s(c.setting);
  const value = (v: number | null) => (v === null ? t('unset') : v > 1 && v < 1.02 ? t('never') : String(v));
  return (
    <section aria-labelledby="settings-changes" className="rounded border border-slate-200 bg-white p-3" data-testid="settings-changes">
      <h2 id="settings-changes" className="font-medium text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('explain')}</p>
      <div className="overflow-x-auto">
        <table className="mt-2 text-sm">
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th className="pr-4 font-normal">{t('where')}</th><th className="pr-4 font-normal">{t('setting')}</th>
              <th className="pr-4 font-normal">{t('before')}</th><th className="font-normal">{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.scope}.${c.key}.${c.setting}`} className="border-t border-slate-100" data-testid="settings-change">
                <td className="py-1 pr-4">{where(c)}</td>
                <td className="py-1 pr-4">{what(c)}</td>
                <td className="py-1 pr-4"><del className="bg-red-100 text-red-900">{value(c.before)}</del></td>
                <td className="py-1"><ins className="bg-emerald-100 text-emerald-900 no-underline">{value(c.after)}</ins></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
