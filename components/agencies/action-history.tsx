import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AgencyActionRow } from '@/lib/agencies/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import { DecideForm } from './decide-form';

const tones = { proposed: 'amber', rejected: 'neutral', active: 'red', reversed: 'blue' } as const;

/** Every action against the agency, newest first; supervisors decide proposals and reverse actions here. */
export async function ActionHistory({ actions, meId, canDecide }: { actions: AgencyActionRow[]; meId: string; canDecide: boolean }) {
  const [t, format] = await Promise.all([getTranslations('agencies'), getFormatter()]);
  return (
    <section className="space-y-2">
      <h2 className="font-semibold text-slate-900">{t('actions.title')}</h2>
      {actions.length === 0 ? <EmptyState>{t('actions.empty')}</EmptyState> : (
        <Table caption={t('actions.title')}>
          <THead>
            <Th>{t('actions.type')}</Th>
            <Th>{t('actions.status')}</Th>
            <Th>{t('actions.reason')}</Th>
            <Th>{t('actions.incident')}</Th>
            <Th>{t('actions.proposed')}</Th>
            <Th className="min-w-64">{t('actions.decision')}</Th>
          </THead>
          <TBody>
            {actions.map((a) => (
              <tr key={a.id} id={`action-${a.id}`} className="scroll-mt-20 target:bg-amber-50">
                <Td className="font-medium">{t(`types.${a.type}`)}</Td>
                <Td><Badge tone={tones[a.status]}>{t(`statuses.${a.status}`)}</Badge></Td>
                <Td className="max-w-sm whitespace-pre-wrap break-words">{a.reason}</Td>
                <Td>{a.incidentId && <Link className="text-brand-700 hover:underline break-words" href={`/incidents/${a.incidentId}`}>{a.incidentTitle}</Link>}</Td>
                <Td className="text-xs text-slate-600">{t('actions.proposedBy', { name: a.proposedByName, when: format.dateTime(a.proposedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</Td>
                <Td className="text-sm">
                  {a.decidedByName && a.decisionReason && <p className="whitespace-pre-wrap break-words">{t('actions.decidedBy', { name: a.decidedByName, reason: a.decisionReason })}</p>}
                  {a.reversedByName && a.reversalReason && <p className="whitespace-pre-wrap break-words">{t('actions.reversedBy', { name: a.reversedByName, reason: a.reversalReason })}</p>}
                  {canDecide && a.status === 'proposed' && (a.proposedBy === meId
                    ? <p className="text-xs text-slate-600">{t('decide.yours')}</p>
                    : <DecideForm actionId={a.id} mode="decide" />)}
                  {canDecide && a.status === 'active' && <DecideForm actionId={a.id} mode="reverse" />}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
