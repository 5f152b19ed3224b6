import { getFormatter, getTranslations } from 'next-intl/server';
import type { ApiKeyListItem } from '@/lib/apikeys/queries';
import { Badge } from '@/components/ui/badge';
import { RevokeButton } from './revoke-button';

export async function ApiKeyTable({ keys }: { keys: ApiKeyListItem[] }) {
  const t = await getTranslations('admin.apiKeys.list');
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="api-keys-title" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="api-keys-title" className="border-b border-slate-200 px-4 py-3 font-medium text-slate-900">{t('title')}</h2>
      {keys.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t('name')}</th>
                <th scope="col" className="px-3 py-2">{t('prefix')}</th>
                <th scope="col" className="px-3 py-2">{t('created')}</th>
                <th scope="col" className="px-3 py-2">{t('lastUsed')}</th>
                <th scope="col" className="px-3 py-2">{t('status')}</th>
                <th scope="col" className="px-3 py-2">{t('actions')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {keys.map((k) => (
                <tr key={k.id} className="align-top" data-testid={`api-key-row-${k.prefix}`}>
                  <td className="px-3 py-2 font-medium text-slate-900">{k.name}</td>
                  <td className="px-3 py-2 font-mono">{k.prefix}…</td>
                  <td className="px-3 py-2 text-slate-700">
                    {when(k.createdAt)}
                    {k.createdBy && <div className="text-xs text-slate-500">{t('createdBy', { name: k.createdBy })}</div>}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{k.lastUsedAt ? when(k.lastUsedAt) : t('never')}</td>
                  <td className="px-3 py-2">
                    {k.revokedAt ? <Badge>{t('revoked', { date: when(k.revokedAt) })}</Badge> : <Badge tone="green">{t('active')}</Badge>}
                  </td>
                  <td className="px-3 py-2">{!k.revokedAt && <RevokeButton id={k.id} name={k.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
