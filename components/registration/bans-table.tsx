import { getFormatter, getTranslations } from 'next-intl/server';
import { AccountName } from '@/components/referrals/account-name';
import { EmptyState, Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { BanRow } from '@/lib/registration/queries';

/** Bans the platform's registration checks are refused by now; the identity itself is never shown (it is not kept). */
export async function RegistrationBansTable({ rows }: { rows: BanRow[] }) {
  const [t, format] = await Promise.all([getTranslations('referrals.bans'), getFormatter()]);
  return (
    <section aria-labelledby="bans-title" className="space-y-2">
      <h2 id="bans-title" className="text-base font-semibold text-slate-900">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('description')}</p>
      {rows.length === 0 ? <EmptyState>{t('empty')}</EmptyState> : (
        <Table caption={t('title')}>
          <THead><Th>{t('account')}</Th><Th>{t('since')}</Th><Th>{t('until')}</Th></THead>
          <TBody>
            {rows.map((b) => (
              <tr key={b.id}>
                <Td><AccountName id={b.accountId} handle={b.handle} displayName={b.displayName} /></Td>
                <Td className="whitespace-nowrap text-slate-600">{format.dateTime(b.createdAt, { dateStyle: 'medium' })}</Td>
                <Td className="whitespace-nowrap">{b.until ? format.dateTime(b.until, { dateStyle: 'medium' }) : t('permanent')}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
