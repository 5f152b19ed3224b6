import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/incidents/action-button';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { revokeNameRule } from '@/lib/sections/actions';
import type { listRules } from '@/lib/sections/queries';

type Row = Awaited<ReturnType<typeof listRules>>[number];

export async function RulesTable({ rows, now }: { rows: Row[]; now: Date }) {
  const [t, f] = await Promise.all([getTranslations('sections'), getFormatter()]);
  if (!rows.length) return <EmptyState>{t('rules.empty')}</EmptyState>;
  return (
    <Table caption={t('rules.title')}>
      <THead>
        <Th>{t('rules.pattern')}</Th>
        <Th>{t('rules.kinds')}</Th>
        <Th>{t('rules.until')}</Th>
        <Th>{t('fields.status')}</Th>
        <Th className="text-right">{t('rules.suspended')}</Th>
        <Th>{t('rules.by')}</Th>
        <Th />
      </THead>
      <TBody>
        {rows.map(({ rule: r, createdByName, suspended }) => {
          const state = r.revokedAt ? 'revoked' : r.until <= now ? 'expired' : 'inForce';
          return (
            <tr key={r.id} data-testid="rule-row">
              <Td className="max-w-64">
                <code className="break-words whitespace-pre-wrap">{r.pattern}</code>
                <div className="text-xs text-slate-500">{t(`rules.match_${r.match}`)}{r.reason && ` · ${r.reason}`}</div>
              </Td>
              <Td>{r.kinds?.length ? r.kinds.map((k) => t(`kind.${k}`)).join(', ') : t('rules.allKinds')}</Td>
              <Td className="whitespace-nowrap">{f.dateTime(r.until, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
              <Td><Badge tone={state === 'inForce' ? 'purple' : 'neutral'}>{t(`rules.${state}`)}</Badge></Td>
              <Td className="text-right tabular-nums">{suspended}</Td>
              <Td>{createdByName}</Td>
              <Td>
                {/* An expired rule no longer refuses names, but the sections it marked stay suspended until reopened here. */}
                {(state === 'inForce' || (state === 'expired' && suspended > 0)) && (
                  <ActionButton action={revokeNameRule} input={{ ruleId: r.id }} label={state === 'inForce' ? t('rules.revoke') : t('rules.reopen')} />
                )}
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
