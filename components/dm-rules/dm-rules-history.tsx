import { getFormatter, getTranslations } from 'next-intl/server';
import type { DmRuleVersion } from '@/db/schema';
import { Table, TBody, THead, Td, Th } from '@/components/ui/table';

/** Every saved version of the limits, newest (in force) first. */
export async function DmRulesHistory({ rows }: { rows: DmRuleVersion[] }) {
  const [t, format] = await Promise.all([getTranslations('protection.dmRules'), getFormatter()]);
  return (
    <Table caption={t('historyTitle')}>
      <THead>
        <Th>{t('column.version')}</Th>
        <Th>{t('column.sender')}</Th>
        <Th>{t('column.recipient')}</Th>
        <Th>{t('column.stricter')}</Th>
        <Th>{t('column.saved')}</Th>
      </THead>
      <TBody>
        {rows.map((r, i) => (
          <tr key={r.version}>
            <Td>v{r.version}{i === 0 && <span className="ml-1 text-xs text-emerald-700">{t('inForce')}</span>}</Td>
            <Td>{t('perWindow', { n: r.senderLimit, minutes: r.senderWindowMinutes })}</Td>
            <Td>{t('perWindow', { n: r.recipientLimit, minutes: r.recipientWindowMinutes })}</Td>
            <Td>{t('stricter', { days: r.newAccountDays, sender: r.newSenderLimit, minor: r.minorRecipientLimit })}</Td>
            <Td><span className="whitespace-nowrap">{format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>{r.note && <span className="block break-words text-xs text-slate-500">{r.note}</span>}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
