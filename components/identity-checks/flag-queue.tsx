import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { OpenFlag } from '@/lib/identity-checks/queries';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import { FlagActions } from './flag-actions';

// Names come from the platform and may be crafted to mislead: plain text, wrapped, never markup.
function Name({ handle, displayName, fallback }: { handle: string; displayName: string; fallback: string }) {
  if (!handle && !displayName) return <span className="text-slate-500">{fallback}</span>;
  return (
    <span className="block whitespace-pre-wrap break-words">
      <span className="font-medium">{displayName}</span>
      {handle && <span className="block text-xs text-slate-600">{handle}</span>}
    </span>
  );
}

export async function FlagQueue({ flags }: { flags: OpenFlag[] }) {
  const [t, format] = await Promise.all([getTranslations('agencies.identity'), getFormatter()]);
  if (flags.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <Table caption={t('title')}>
      <THead>
        <Th>{t('raised')}</Th>
        <Th>{t('account')}</Th>
        <Th>{t('oldName')}</Th>
        <Th>{t('newName')}</Th>
        <Th>{t('matched')}</Th>
        <Th className="min-w-72">{t('actions')}</Th>
      </THead>
      <TBody>
        {flags.map((f) => (
          <tr key={f.id} data-testid="identity-flag">
            <Td className="text-xs text-slate-600">{format.dateTime(f.raisedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
            <Td><Link className="font-mono text-xs text-brand-700 hover:underline break-all" href={`/accounts/${encodeURIComponent(f.accountId)}`}>{f.accountId}</Link></Td>
            <Td className="max-w-48"><Name handle={f.oldHandle} displayName={f.oldDisplayName} fallback={t('noOldName')} /></Td>
            <Td className="max-w-48"><Name handle={f.newHandle} displayName={f.newDisplayName} fallback="" /></Td>
            <Td className="max-w-56">
              <span className="block whitespace-pre-wrap break-words font-medium">{f.matchedName}</span>
              <span className="block text-xs text-slate-600">{t(`roles.${f.matchedRole}`)} · {t('matchedIn')}{' '}
                <Link className="text-brand-700 hover:underline break-words" href={`/incidents/${f.incidentId}`}>{f.incidentTitle}</Link>
              </span>
            </Td>
            <Td><FlagActions flagId={f.id} accountId={f.accountId} /></Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
